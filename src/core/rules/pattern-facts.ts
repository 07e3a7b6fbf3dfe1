/**
 * What a text rule's pattern tells about the texts it can accept, read once from its source so the
 * matcher can skip an element without running the pattern:
 * - `maxTextLength`: the longest text (UTF-16 code units) it can `test()` true on, or Infinity. Text
 *   rules are mostly anchored patterns like /^Related news:?$/ that cannot match an element holding
 *   thousands of characters. Only a pattern anchored at both ends (every top-level alternative `^…$`,
 *   no `m` flag) has a finite bound.
 * - `prefixes`: a match always starts the text with one of these (in `filterCase` form), or null.
 * - `needs`: sets of strings; a match always contains one string of each set somewhere (for a pattern
 *   like /^[A-Z]{1,5} [\d.]+ (Increased|Decreased) By/ the prefix says little, the words a lot).
 *
 * Why: a browser compiles a regular expression on its first run, and the built-in patterns (long
 * case-insensitive Unicode alternations) cost a fresh page 100–200 ms to compile. With these facts
 * nearly every element is ruled out by a string comparison, and a pattern is compiled only on a page
 * that has a text it could match.
 *
 * Every fact may over-accept, never under-accept: anything not understood (a backreference, `\w`, a big
 * class, a letter whose case folding the comparison could miss) simply weakens the fact to null.
 */
export interface PatternFacts {
  /** null: unbounded (plain data, so the facts can be written into the build as JSON). */
  maxTextLength: number | null;
  prefixes: string[] | null;
  needs: string[][];
}

/** Characters per string kept; more would only make the lists longer. */
const MAX_PREFIX = 8;
/** Strings per set; a bigger set is cut to shorter strings (or dropped). */
const MAX_SET = 256;
/** Need sets kept per pattern: each one costs a scan of the text. */
const MAX_NEED_SETS = 3;
/** Characters a class may list and still count as a small set. */
const MAX_CLASS = 30;

type Node =
  | { kind: 'assert'; anchor: '^' | '$' | null }
  /** One character from `chars` (filterCase form), or any character when null; `unit`: code units. */
  | { kind: 'char'; chars: string[] | null; unit: number }
  | { kind: 'seq'; items: Node[] }
  | { kind: 'alt'; options: Node[] }
  | { kind: 'repeat'; node: Node; min: number; max: number };

/**
 * The text form both sides are compared in. Lower case, with the one character outside
 * `safeLiteral`'s range whose case folding lands on an ASCII letter (ſ folds to s under the `iu` flags)
 * mapped; every other folding pair either lower-cases alike or is excluded by `safeLiteral`.
 */
function filterCase(text: string): string {
  const lower = text.toLowerCase();
  return lower.includes('ſ') ? lower.replaceAll('ſ', 's') : lower;
}

export function patternFacts(source: string, flags: string): PatternFacts {
  const unknown: PatternFacts = { maxTextLength: null, prefixes: null, needs: [] };
  let root: Node;
  try {
    const parser = new PatternParser(source, flags);
    root = parser.alternation();
    if (!parser.atEnd()) return unknown;
  } catch {
    return unknown;
  }
  const multiline = flags.includes('m');
  const options = root.kind === 'alt' ? root.options : [root];
  const anchoredStart = !multiline && options.every(startsAnchored);
  const maxText =
    anchoredStart && options.every(endsAnchored) ? Math.max(...options.map(maxLength)) : Infinity;
  const bound = maxText === Infinity ? null : maxText;
  const starts = anchoredStart ? firstStrings(root) : null;
  const prefixes = starts && starts.every((e) => e.s !== '') ? unique(starts.map((e) => e.s)) : null;
  // A need set of single letters or spaces rules out almost nothing and costs a scan: left out, as is a
  // set that the prefixes or a better set already imply.
  const needs: string[][] = [];
  for (const set of ranked(neededSets(root))) {
    if (set.some((x) => x.length === 1 && /[\s\p{L}]/u.test(x))) continue;
    if ((prefixes && implies(prefixes, set)) || needs.some((kept) => implies(kept, set))) continue;
    if (needs.length < MAX_NEED_SETS) needs.push(set);
  }
  // The matcher stops at the first set that fails: the cheapest first.
  return { maxTextLength: bound, prefixes, needs: needs.sort((a, b) => a.length - b.length) };
}

/** Whether every text holding a string of `a` holds one of `b` too. */
function implies(a: string[], b: string[]): boolean {
  return a.every((x) => b.some((y) => x.includes(y)));
}

/** The longest text a pattern can `test()` true on (see PatternFacts). */
export function maxTextLength(source: string, flags: string): number {
  return patternFacts(source, flags).maxTextLength ?? Infinity;
}

/** A pattern's facts as the matcher asks them: prefixes filed by their first character. */
export interface TextFilter {
  byFirst: Map<string, string[]> | null;
  needs: string[][];
}

export function textFilter(facts: PatternFacts): TextFilter | null {
  if (!facts.prefixes && facts.needs.length === 0) return null;
  let byFirst: Map<string, string[]> | null = null;
  if (facts.prefixes) {
    byFirst = new Map();
    for (const p of facts.prefixes) {
      const list = byFirst.get(p[0]!);
      if (list) list.push(p);
      else byFirst.set(p[0]!, [p]);
    }
  }
  return { byFirst, needs: facts.needs };
}

/**
 * The filters of a whole rule list, for the matcher: `use(text)` once per element files which rules'
 * prefixes the text starts with (one bucket of the first character, across all rules), then `may(i)`
 * answers per rule with an array read and its need sets.
 */
export class TextFilters {
  private readonly byFirst = new Map<string, { prefix: string; rule: number }[]>();
  private readonly prefixed: boolean[];
  private readonly needs: string[][][];
  private readonly started: Uint32Array;
  private stamp = 0;
  private folded = '';

  constructor(filters: readonly (TextFilter | null)[]) {
    this.prefixed = filters.map((f) => f?.byFirst != null);
    this.needs = filters.map((f) => f?.needs ?? []);
    this.started = new Uint32Array(filters.length);
    filters.forEach((f, rule) => {
      for (const [first, prefixes] of f?.byFirst ?? []) {
        const bucket = this.byFirst.get(first) ?? [];
        for (const prefix of prefixes) bucket.push({ prefix, rule });
        this.byFirst.set(first, bucket);
      }
    });
  }

  use(text: string): void {
    const folded = (this.folded = filterCase(text));
    const stamp = ++this.stamp;
    for (const e of this.byFirst.get(folded[0] ?? '') ?? [])
      if (folded.startsWith(e.prefix)) this.started[e.rule] = stamp;
  }

  /**
   * False when rule i's pattern cannot match the text last given to `use`. Asked for nearly every element
   * a text rule's selector picks, so plain loops rather than callbacks.
   */
  may(i: number): boolean {
    if (this.prefixed[i] && this.started[i] !== this.stamp) return false;
    for (const set of this.needs[i]!) if (!containsAny(set, this.folded)) return false;
    return true;
  }
}

function containsAny(set: string[], text: string): boolean {
  for (const n of set) if (text.includes(n)) return true;
  return false;
}

function startsAnchored(n: Node): boolean {
  return n.kind === 'seq' && n.items[0]?.kind === 'assert' && n.items[0].anchor === '^';
}

function endsAnchored(n: Node): boolean {
  if (n.kind !== 'seq') return false;
  const last = n.items.at(-1);
  return last?.kind === 'assert' && last.anchor === '$';
}

function maxLength(n: Node): number {
  switch (n.kind) {
    case 'assert':
      return 0;
    case 'char':
      return n.unit;
    case 'seq':
      return n.items.reduce((sum, item) => sum + maxLength(item), 0);
    case 'alt':
      return Math.max(...n.options.map(maxLength));
    case 'repeat': {
      const one = maxLength(n.node);
      return one === 0 ? 0 : n.max === Infinity ? Infinity : one * n.max;
    }
  }
}

/** A string every match of a node starts with; `whole`: the match is exactly this string. */
interface Start {
  s: string;
  whole: boolean;
}

/** Facts of inner nodes are asked again for every suffix of a sequence: each is worked out once. */
const startsMemo = new WeakMap<Node, Start[] | null>();
const neededMemo = new WeakMap<Node, string[][]>();

function memo<T>(table: WeakMap<Node, T>, n: Node, work: (n: Node) => T): T {
  if (table.has(n)) return table.get(n)!;
  const value = work(n);
  table.set(n, value);
  return value;
}

/** The strings a node's match starts with, or null when it can start with anything. */
function firstStrings(n: Node): Start[] | null {
  return memo(startsMemo, n, computeStarts);
}

function computeStarts(n: Node): Start[] | null {
  switch (n.kind) {
    case 'assert':
      return [{ s: '', whole: true }];
    case 'char':
      return n.chars ? n.chars.map((c) => ({ s: c, whole: true })) : null;
    case 'alt': {
      const all: Start[] = [];
      for (const o of n.options) {
        const f = firstStrings(o);
        if (!f) return null;
        all.push(...f);
      }
      return squeeze(all);
    }
    case 'repeat': {
      const f = firstStrings(n.node);
      if (!f) return null;
      // After one repetition more may follow, so the strings are no longer whole matches.
      const once = n.max === 1 ? f : f.map((e) => ({ s: e.s, whole: false }));
      return n.min === 0 ? squeeze([{ s: '', whole: true }, ...once]) : once;
    }
    case 'seq':
      return seqStarts(n.items, 0);
  }
}

function seqStarts(items: Node[], from: number): Start[] | null {
  let acc: Start[] = [{ s: '', whole: true }];
  for (let i = from; i < items.length && acc.some((e) => e.whole); i++) {
    const next = firstStrings(items[i]!);
    const grown: Start[] = [];
    for (const e of acc) {
      if (!e.whole) grown.push(e);
      else if (!next) grown.push({ s: e.s, whole: false });
      else for (const f of next) grown.push(cut({ s: e.s + f.s, whole: f.whole }));
    }
    const squeezed = squeeze(grown);
    if (!squeezed) return null;
    acc = squeezed;
  }
  return acc.every((e) => e.s === '' && !e.whole) ? null : acc;
}

function cut(e: Start): Start {
  return e.s.length > MAX_PREFIX ? { s: e.s.slice(0, MAX_PREFIX), whole: false } : e;
}

/** De-duplicates; a set over MAX_SET is cut to shorter prefixes until it fits (null: not even at 1). */
function squeeze(list: Start[]): Start[] | null {
  let out = dedupe(list);
  for (let len = MAX_PREFIX - 1; out.length > MAX_SET && len >= 1; len--)
    out = dedupe(out.map((e) => (e.s.length > len ? { s: e.s.slice(0, len), whole: false } : e)));
  return out.length > MAX_SET ? null : out;
}

function dedupe(list: Start[]): Start[] {
  const seen = new Map<string, Start>();
  for (const e of list) {
    const key = `${e.whole ? 1 : 0}${e.s}`;
    if (!seen.has(key)) seen.set(key, e);
  }
  // A partial start makes every longer start it begins redundant.
  const partial = new Set<string>();
  for (const e of seen.values()) if (!e.whole) partial.add(e.s);
  const covered = (e: Start) => {
    for (let len = e.whole ? e.s.length : e.s.length - 1; len >= 0; len--)
      if (partial.has(e.s.slice(0, len))) return true;
    return false;
  };
  return [...seen.values()].filter((e) => !covered(e));
}

/**
 * Sets of strings, each of which every match contains one of: the best first, and the smallest, so an
 * alternation can still find one that all its options share (every date format holds a digit).
 */
function neededSets(n: Node): string[][] {
  return memo(neededMemo, n, computeNeeded);
}

function computeNeeded(n: Node): string[][] {
  switch (n.kind) {
    case 'assert':
      return [];
    case 'char':
      return n.chars ? [n.chars] : [];
    case 'alt': {
      const per = n.options.map(neededSets);
      if (per.some((sets) => sets.length === 0)) return [];
      const union = (pick: (sets: string[][]) => string[]) => fit(per.flatMap(pick));
      return ranked([union((sets) => sets[0]!), union(smallest)]);
    }
    case 'repeat':
      return n.min >= 1 ? neededSets(n.node) : [];
    case 'seq': {
      const sets: (string[] | null)[] = [];
      for (let i = 0; i < n.items.length; i++) {
        const starts = seqStarts(n.items, i);
        sets.push(starts ? unique(starts.map((e) => e.s)) : null, ...neededSets(n.items[i]!));
      }
      return ranked(sets);
    }
  }
}

/** A part of a needed string is needed too: cuts the strings shorter until the set is small enough. */
function fit(list: string[]): string[] | null {
  let set = unique(list);
  for (let len = MAX_PREFIX - 1; set.length > MAX_SET && len >= 1; len--)
    set = unique(set.map((s) => s.slice(0, len)));
  return set.length > MAX_SET ? null : set;
}

function smallest(sets: string[][]): string[] {
  return sets.reduce((a, b) => (b.length < a.length ? b : a));
}

/** The usable sets, best first (at most MAX_NEED_SETS), and the smallest. */
function ranked(sets: (string[] | null)[]): string[][] {
  const usable = sets.filter((s): s is string[] => !!s && s.length > 0 && s.every((x) => x !== ''));
  if (usable.length === 0) return [];
  const distinct = [...new Map(usable.map((set) => [[...set].sort().join('\u0000'), set])).values()];
  const sorted = distinct.sort((a, b) => (better(a, b) ? -1 : better(b, a) ? 1 : 0));
  const top = sorted.slice(0, MAX_NEED_SETS);
  const small = smallest(distinct);
  return top.includes(small) ? top : [...top, small];
}

/** Strings a need set may hold and still be cheap to scan for on every element. */
const CHEAP_SET = 16;

/**
 * The better need set: a cheap one (each string is a scan of the text), then the one whose shortest
 * string is longer (rarer in texts), then the smaller.
 */
function better(a: string[], b: string[] | null): boolean {
  if (!b) return true;
  const cheapA = a.length <= CHEAP_SET;
  if (cheapA !== b.length <= CHEAP_SET) return cheapA;
  const shortest = (set: string[]) => Math.min(...set.map((s) => s.length));
  const la = Math.min(shortest(a), MAX_PREFIX);
  const lb = Math.min(shortest(b), MAX_PREFIX);
  return la !== lb ? la > lb : a.length < b.length;
}

function unique(list: string[]): string[] {
  return [...new Set(list)];
}

/**
 * A character the filter may compare in `filterCase` form: for a case-sensitive pattern any character
 * (equal characters lower-case alike); with the `i` flag, one whose case folding agrees with
 * `toLowerCase` — Latin up to U+017F (but ſ and µ, which fold onto ASCII s and Greek μ) and characters
 * without case. A Greek final sigma, say, folds onto σ but lower-cases to itself, so it is not compared.
 */
function safeLiteral(c: string, ignoreCase: boolean): boolean {
  if (!ignoreCase) return true;
  const code = c.codePointAt(0)!;
  if (code <= 0x17f) return c !== 'ſ' && c !== 'µ';
  return c.toLowerCase() === c && c.toUpperCase() === c;
}

const DIGITS = [...'0123456789'];

class PatternParser {
  private pos = 0;
  private readonly unicode: boolean;
  private readonly ignoreCase: boolean;

  constructor(
    private readonly src: string,
    flags: string,
  ) {
    this.unicode = flags.includes('u') || flags.includes('v');
    this.ignoreCase = flags.includes('i');
    if (flags.includes('v')) throw new Error('v-mode classes are not read'); // set notation
  }

  atEnd(): boolean {
    return this.pos >= this.src.length;
  }

  alternation(): Node {
    const options = [this.sequence()];
    while (this.src[this.pos] === '|') {
      this.pos++;
      options.push(this.sequence());
    }
    return options.length === 1 ? options[0]! : { kind: 'alt', options };
  }

  private sequence(): Node {
    const items: Node[] = [];
    while (!this.atEnd() && this.src[this.pos] !== '|' && this.src[this.pos] !== ')')
      items.push(this.quantified(this.atom()));
    return { kind: 'seq', items };
  }

  private char(c: string | null): Node {
    const unit = this.unicode ? 2 : 1;
    if (c === null || !safeLiteral(c, this.ignoreCase)) return { kind: 'char', chars: null, unit };
    return { kind: 'char', chars: [filterCase(c)], unit };
  }

  private atom(): Node {
    const c = this.src[this.pos]!;
    switch (c) {
      case '^':
      case '$':
        this.pos++;
        return { kind: 'assert', anchor: c };
      case '.':
        this.pos++;
        return this.char(null);
      case '[':
        return this.charClass();
      case '\\':
        return this.escape();
      case '(': {
        this.pos++;
        let lookaround = false;
        if (this.src[this.pos] === '?') {
          const m = /\?(:|=|!|<=|<!|<[A-Za-z_$][\w$]*>)/y;
          m.lastIndex = this.pos;
          const found = m.exec(this.src);
          if (!found) throw new Error('group');
          lookaround = found[1] === '=' || found[1] === '!' || found[1] === '<=' || found[1] === '<!';
          this.pos += found[0].length;
        }
        const inner = this.alternation();
        if (this.src[this.pos] !== ')') throw new Error(') expected');
        this.pos++;
        return lookaround ? { kind: 'assert', anchor: null } : inner;
      }
      case '*':
      case '+':
      case '?':
        throw new Error('quantifier without atom');
      case '{':
        // Outside the u flag a "{" that opens no quantifier is a literal.
        if (this.unicode || /\{\d+(,\d*)?\}/y.test(this.src.slice(this.pos, this.pos + 24)))
          throw new Error('quantifier without atom');
        this.pos++;
        return this.char('{');
      default: {
        const cp = this.unicode ? String.fromCodePoint(this.src.codePointAt(this.pos)!) : c;
        this.pos += cp.length;
        return this.char(cp);
      }
    }
  }

  private escape(): Node {
    const next = this.src[this.pos + 1];
    if (next === undefined) throw new Error('trailing backslash');
    if (next === 'b' || next === 'B') {
      this.pos += 2;
      return { kind: 'assert', anchor: null };
    }
    if (/[1-9k]/.test(next)) throw new Error('backreference');
    const literal = this.escapedChar();
    if (literal === 'digit') return { kind: 'char', chars: DIGITS, unit: this.unicode ? 2 : 1 };
    return this.char(literal);
  }

  /** Reads one escape; the character it stands for, 'digit' for \d, or null for a class or unknown. */
  private escapedChar(): string | 'digit' | null {
    const m =
      /\\(?:[pP]\{[^}]*\}|u\{([0-9a-fA-F]+)\}|u([0-9a-fA-F]{4})|x([0-9a-fA-F]{2})|c[A-Za-z]|0|([\s\S]))/y;
    m.lastIndex = this.pos;
    const found = m.exec(this.src);
    if (!found) throw new Error('escape');
    this.pos += found[0].length;
    if (found[1] !== undefined && !this.unicode) throw new Error('\\u{…} without the u flag');
    if (found[0] === '\\0' && /\d/.test(this.src[this.pos] ?? '')) throw new Error('octal escape');
    const hex = found[1] ?? found[2] ?? found[3];
    if (hex) return String.fromCodePoint(parseInt(hex, 16));
    const single = found[4];
    if (single === undefined) return found[0] === '\\0' ? '\0' : null;
    if (single === 'd') return 'digit';
    if (/[DsSwW]/.test(single)) return null;
    const controls: Record<string, string> = { n: '\n', r: '\r', t: '\t', f: '\f', v: '\v' };
    return controls[single] ?? single;
  }

  private charClass(): Node {
    const unit = this.unicode ? 2 : 1;
    this.pos++; // [
    let negated = false;
    if (this.src[this.pos] === '^') {
      negated = true;
      this.pos++;
    }
    const chars = new Set<string>();
    let known = !negated;
    const add = (c: string) => {
      if (safeLiteral(c, this.ignoreCase)) chars.add(filterCase(c));
      else known = false;
    };
    const member = (): string | 'digit' | null => {
      if (this.src.startsWith('\\b', this.pos)) {
        this.pos += 2;
        return '\b'; // backspace, inside a class
      }
      if (this.src.startsWith('\\B', this.pos)) throw new Error('\\B in a class');
      if (this.src[this.pos] === '\\') return this.escapedChar();
      const cp = this.unicode ? String.fromCodePoint(this.src.codePointAt(this.pos)!) : this.src[this.pos]!;
      this.pos += cp.length;
      return cp;
    };
    // `[]` matches nothing and `[^]` anything: neither is worth a fact.
    if (this.src[this.pos] === ']') known = false;
    while (!this.atEnd() && this.src[this.pos] !== ']') {
      const from = member();
      if (this.src[this.pos] === '-' && this.src[this.pos + 1] !== ']' && this.pos + 1 < this.src.length) {
        this.pos++;
        const to = member();
        if (from === null || to === null || from === 'digit' || to === 'digit') {
          known = false;
          continue;
        }
        const a = from.codePointAt(0)!;
        const b = to.codePointAt(0)!;
        if (b - a + 1 > MAX_CLASS) known = false;
        else for (let code = a; code <= b; code++) add(String.fromCodePoint(code));
      } else if (from === 'digit') DIGITS.forEach((d) => chars.add(d));
      else if (from === null) known = false;
      else add(from);
    }
    if (this.atEnd()) throw new Error('] expected');
    this.pos++; // ]
    if (chars.size > MAX_CLASS) known = false;
    return { kind: 'char', chars: known ? [...chars] : null, unit };
  }

  private quantified(atom: Node): Node {
    const c = this.src[this.pos];
    let min: number;
    let max: number;
    if (c === '*' || c === '+') {
      this.pos++;
      min = c === '+' ? 1 : 0;
      max = Infinity;
    } else if (c === '?') {
      this.pos++;
      min = 0;
      max = 1;
    } else if (c === '{') {
      const m = /\{(\d+)(,(\d*))?\}/y;
      m.lastIndex = this.pos;
      const found = m.exec(this.src);
      if (!found) {
        if (this.unicode) throw new Error('lone {');
        return atom; // a literal "{" follows as its own atom
      }
      this.pos += found[0].length;
      min = Number(found[1]);
      max = found[2] === undefined ? min : found[3] === '' ? Infinity : Number(found[3]);
    } else {
      return atom;
    }
    if (this.src[this.pos] === '?') this.pos++; // lazy
    return { kind: 'repeat', node: atom, min, max };
  }
}
