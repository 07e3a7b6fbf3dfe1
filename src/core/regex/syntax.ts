/**
 * Reads a JavaScript regular expression into a tree the linear-time matcher (linear-regex.ts) can run:
 * alternation, sequence, repetition, the four assertions `^ $ \b \B`, and single-character atoms.
 *
 * An atom (`a`, `.`, `\d`, `[^a-z]`, `\p{L}`) is not interpreted here: it is kept as its source and later
 * asked, one character at a time, through the JavaScript engine itself (a one-character test cannot
 * backtrack), so case folding, `\s`, `\w` and Unicode properties mean exactly what they mean in V8.
 *
 * What a linear-time matcher cannot do — backreferences and lookaround need backtracking — is refused
 * with a reason, as are the rare legacy forms whose meaning depends on the rest of the pattern. The
 * pattern must already be valid for `new RegExp(source, flags)`: that check comes first.
 */

export type RegexNode =
  | { type: 'empty' }
  | { type: 'atom'; source: string }
  | { type: 'seq'; items: RegexNode[] }
  | { type: 'alt'; options: RegexNode[] }
  | { type: 'repeat'; node: RegexNode; min: number; max: number }
  | { type: 'assert'; kind: 'start' | 'end' | 'word' | 'not-word' };

export type SyntaxResult = { ok: true; node: RegexNode } | { ok: false; reason: string };

class Unsupported extends Error {}

export function parseRegexSyntax(source: string, unicode: boolean): SyntaxResult {
  const reader = new Reader(source, unicode);
  try {
    const node = reader.alternation();
    if (reader.pos < source.length) throw new Unsupported(`unexpected "${source[reader.pos]}"`);
    return { ok: true, node };
  } catch (e) {
    if (e instanceof Unsupported) return { ok: false, reason: e.message };
    throw e;
  }
}

const QUANTIFIER = /^\{(\d+)(,(\d*))?\}/;

class Reader {
  pos = 0;
  constructor(
    private readonly src: string,
    private readonly unicode: boolean,
  ) {}

  alternation(): RegexNode {
    const options = [this.sequence()];
    while (this.src[this.pos] === '|') {
      this.pos++;
      options.push(this.sequence());
    }
    return options.length === 1 ? options[0]! : { type: 'alt', options };
  }

  private sequence(): RegexNode {
    const items: RegexNode[] = [];
    while (this.pos < this.src.length && this.src[this.pos] !== '|' && this.src[this.pos] !== ')') {
      const term = this.term();
      items.push(this.quantified(term));
    }
    if (items.length === 0) return { type: 'empty' };
    return items.length === 1 ? items[0]! : { type: 'seq', items };
  }

  private quantified(node: RegexNode): RegexNode {
    const c = this.src[this.pos];
    let min: number;
    let max: number;
    if (c === '*') [min, max] = [0, Infinity];
    else if (c === '+') [min, max] = [1, Infinity];
    else if (c === '?') [min, max] = [0, 1];
    else if (c === '{') {
      const q = QUANTIFIER.exec(this.src.slice(this.pos));
      if (!q) return node; // a literal "{" (valid only without the u flag, checked before)
      min = Number(q[1]);
      max = q[2] === undefined ? min : q[3] === '' ? Infinity : Number(q[3]);
      this.pos += q[0].length - 1;
    } else return node;
    this.pos++;
    if (this.src[this.pos] === '?') this.pos++; // lazy: the same set of matches for a yes/no test
    return { type: 'repeat', node, min, max };
  }

  private term(): RegexNode {
    const src = this.src;
    const c = src[this.pos]!;
    if (c === '^' || c === '$') {
      this.pos++;
      return { type: 'assert', kind: c === '^' ? 'start' : 'end' };
    }
    if (c === '(') return this.group();
    if (c === '[') return this.atom(this.classEnd());
    if (c === '\\') return this.escape();
    // One literal character: a whole code point with the u flag, else one UTF-16 unit.
    const width = this.unicode && (src.codePointAt(this.pos) ?? 0) > 0xffff ? 2 : 1;
    return this.atom(this.pos + width);
  }

  private atom(end: number): RegexNode {
    const source = this.src.slice(this.pos, end);
    this.pos = end;
    return { type: 'atom', source };
  }

  private group(): RegexNode {
    const rest = this.src.slice(this.pos, this.pos + 4);
    if (/^\(\?[=!]/.test(rest) || /^\(\?<[=!]/.test(rest))
      throw new Unsupported('lookahead and lookbehind ((?=…), (?!…), (?<=…), (?<!…)) are not supported');
    if (rest.startsWith('(?:')) this.pos += 3;
    else if (rest.startsWith('(?<')) this.pos = this.src.indexOf('>', this.pos) + 1;
    else if (rest.startsWith('(?'))
      throw new Unsupported('inline modifiers such as (?i:…) are not supported (use the /i flag)');
    else this.pos++;
    const inner = this.alternation();
    this.pos++; // ")"
    return inner;
  }

  /** The end of a character class: the first "]" that is not escaped (JavaScript has no other rule). */
  private classEnd(): number {
    let i = this.pos + 1;
    while (i < this.src.length && this.src[i] !== ']') i += this.src[i] === '\\' ? 2 : 1;
    return i + 1;
  }

  private escape(): RegexNode {
    const src = this.src;
    const next = src[this.pos + 1]!;
    if (next === 'b' || next === 'B') {
      this.pos += 2;
      return { type: 'assert', kind: next === 'b' ? 'word' : 'not-word' };
    }
    if (/[1-9]/.test(next)) throw new Unsupported('backreferences (\\1 …) are not supported');
    if (next === 'k') throw new Unsupported('backreferences (\\k<name>) are not supported');
    if (next === '0' && /[0-9]/.test(src[this.pos + 2] ?? ''))
      throw new Unsupported('octal escapes such as \\012 are not supported (use \\x0A)');
    const rest = src.slice(this.pos);
    const sized =
      (this.unicode && /^\\[pP]\{[^}]*\}/.exec(rest)) ||
      (this.unicode && /^\\u[dD][89abAB][0-9a-fA-F]{2}\\u[dD][c-fC-F][0-9a-fA-F]{2}/.exec(rest)) ||
      (this.unicode && /^\\u\{[0-9a-fA-F]+\}/.exec(rest)) ||
      /^\\u[0-9a-fA-F]{4}/.exec(rest) ||
      /^\\x[0-9a-fA-F]{2}/.exec(rest) ||
      /^\\c[a-zA-Z]/.exec(rest);
    if (sized) return this.atom(this.pos + sized[0].length);
    if (next === 'c') throw new Unsupported('\\c must be followed by a letter');
    return this.atom(this.pos + 2);
  }
}
