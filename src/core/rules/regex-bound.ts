/**
 * The longest text (in UTF-16 code units) a pattern can `test()` true on, or Infinity. Text rules are
 * mostly anchored patterns like /^Related news:?$/ that cannot match an element holding thousands of
 * characters; with this bound the engine skips such elements without running the pattern. Only a
 * pattern anchored at both ends (every top-level alternative `^…$`, no `m` flag) has a finite bound.
 * Over-estimating is always safe; anything not understood counts as unbounded.
 */
export function maxTextLength(source: string, flags: string): number {
  if (flags.includes('m')) return Infinity;
  try {
    const parser = new BoundParser(source, flags.includes('u') || flags.includes('v') ? 2 : 1);
    let bound = 0;
    for (;;) {
      const seq = parser.sequence();
      if (!seq.anchoredStart || !seq.anchoredEnd) return Infinity;
      bound = Math.max(bound, seq.length);
      if (!parser.skip('|')) break;
    }
    return parser.atEnd() ? bound : Infinity;
  } catch {
    return Infinity;
  }
}

/** The longest string a pattern can match (anchors aside), or Infinity. */
export function maxMatchLength(source: string, flags: string): number {
  try {
    const parser = new BoundParser(source, flags.includes('u') || flags.includes('v') ? 2 : 1);
    const bound = parser.alternation();
    return parser.atEnd() ? bound : Infinity;
  } catch {
    return Infinity;
  }
}

class BoundParser {
  private pos = 0;
  constructor(
    private readonly src: string,
    /** Code units one matched character can take: 2 with the u flag (astral code points). */
    private readonly unit: number,
  ) {}

  atEnd(): boolean {
    return this.pos >= this.src.length;
  }

  skip(c: string): boolean {
    if (this.src[this.pos] !== c) return false;
    this.pos++;
    return true;
  }

  alternation(): number {
    let best = this.sequence().length;
    while (this.skip('|')) best = Math.max(best, this.sequence().length);
    return best;
  }

  sequence(): { length: number; anchoredStart: boolean; anchoredEnd: boolean } {
    let length = 0;
    const anchoredStart = this.src[this.pos] === '^';
    let lastWasEnd = false;
    while (!this.atEnd() && this.src[this.pos] !== '|' && this.src[this.pos] !== ')') {
      const isEnd = this.src[this.pos] === '$';
      length += this.quantified(this.atom());
      lastWasEnd = isEnd;
    }
    return { length, anchoredStart, anchoredEnd: lastWasEnd };
  }

  private atom(): number {
    const c = this.src[this.pos]!;
    switch (c) {
      case '^':
      case '$':
        this.pos++;
        return 0;
      case '.':
        this.pos++;
        return this.unit;
      case '[':
        this.skipClass();
        return this.unit;
      case '\\':
        return this.escape();
      case '(': {
        this.pos++;
        let lookaround = false;
        if (this.src[this.pos] === '?') {
          const m = /^\?(:|=|!|<=|<!|<[A-Za-z_$][\w$]*>)/.exec(this.src.slice(this.pos));
          if (!m) throw new Error('group');
          lookaround = m[1] === '=' || m[1] === '!' || m[1] === '<=' || m[1] === '<!';
          this.pos += m[0].length;
        }
        const inner = this.alternation();
        if (this.src[this.pos] !== ')') throw new Error(') expected');
        this.pos++;
        return lookaround ? 0 : inner;
      }
      case '*':
      case '+':
      case '?':
      case '{':
        throw new Error('quantifier without atom');
      default:
        this.pos++;
        return this.unit;
    }
  }

  private escape(): number {
    const next = this.src[this.pos + 1];
    if (next === undefined) throw new Error('trailing backslash');
    if (next === 'b' || next === 'B') {
      this.pos += 2;
      return 0;
    }
    if (/[1-9k]/.test(next)) throw new Error('backreference');
    const m =
      /^\\(?:[pP]\{[^}]*\}|u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|c[A-Za-z]|0|[\s\S])/.exec(
        this.src.slice(this.pos),
      );
    this.pos += m![0].length;
    return this.unit;
  }

  private skipClass(): void {
    this.pos++; // [
    if (this.src[this.pos] === '^') this.pos++;
    if (this.src[this.pos] === ']') this.pos++;
    while (!this.atEnd() && this.src[this.pos] !== ']') this.pos += this.src[this.pos] === '\\' ? 2 : 1;
    if (this.atEnd()) throw new Error('] expected');
    this.pos++;
  }

  private quantified(atom: number): number {
    const c = this.src[this.pos];
    let max = 1;
    if (c === '*' || c === '+') {
      this.pos++;
      max = Infinity;
    } else if (c === '?') {
      this.pos++;
    } else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.pos));
      if (!m) return atom; // a literal "{"
      this.pos += m[0].length;
      max = m[2] === undefined ? Number(m[1]) : m[3] === '' ? Infinity : Number(m[3]);
    } else {
      return atom;
    }
    if (this.src[this.pos] === '?') this.pos++; // lazy
    if (atom === 0) return 0;
    return max === Infinity ? Infinity : atom * max;
  }
}
