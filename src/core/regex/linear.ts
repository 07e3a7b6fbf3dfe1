import { parseRegexSyntax, type RegexNode } from './syntax';

/**
 * A yes/no regular-expression test that takes time linear in the text, whatever the pattern: the
 * reader's own `:has-text(/…/)` patterns run here, so that a pattern such as `/^(\w+\s?)*$/`, which
 * backtracks for ever in V8 on a long paragraph, cannot freeze a page, the popup or the options page.
 *
 * The pattern (regex-syntax.ts) becomes a Thompson automaton that is run breadth-first, all its states
 * at once (Pike's VM without captures): each character of the text is looked at once per state, so a
 * test costs at most (text length × program size) steps. Each single-character atom is answered by
 * V8's own RegExp on that one character, cached per character, so `i`, `s`, `u`, `\w`, `\s` and
 * `\p{…}` keep their JavaScript meaning exactly; `m` changes what `^` and `$` accept.
 */

export interface LinearPattern {
  test(text: string): boolean;
}

export type LinearCompile = { ok: true; pattern: LinearPattern } | { ok: false; reason: string };

/** Flags a linear pattern honours; `g`, `y`, `d` and `v` are refused where rules are parsed. */
export const LINEAR_FLAGS = /^[imsu]*$/;

/**
 * States at most in one program. Counted repetitions are unrolled (`a{3}` is three states), so this
 * bounds both the memory and the cost per character of the text.
 */
export const MAX_PROGRAM_SIZE = 2000;

export function compileLinear(source: string, flags: string): LinearCompile {
  if (!LINEAR_FLAGS.test(flags)) return { ok: false, reason: `flags "${flags}" are not supported` };
  try {
    new RegExp(source, flags);
  } catch (e) {
    return { ok: false, reason: (e as Error).message };
  }
  const unicode = flags.includes('u');
  const syntax = parseRegexSyntax(source, unicode);
  if (!syntax.ok) return syntax;
  const size = programSize(syntax.node);
  if (size > MAX_PROGRAM_SIZE)
    return {
      ok: false,
      reason: `the pattern is too large (${Number.isFinite(size) ? size : 'unbounded'} states, at most ${MAX_PROGRAM_SIZE}; use smaller repetition counts)`,
    };
  const program = new ProgramBuilder(flags).build(syntax.node);
  return { ok: true, pattern: { test: (text) => run(program, text) } };
}

// ---- the program -----------------------------------------------------------------------------------

const CHAR = 0;
const SPLIT = 1;
const JUMP = 2;
const ASSERT = 3;
const MATCH = 4;

const START = 0;
const END = 1;
const WORD = 2;
const NOT_WORD = 3;
const ASSERT_KINDS = { start: START, end: END, word: WORD, 'not-word': NOT_WORD } as const;

interface Program {
  op: Uint8Array;
  /** CHAR: atom index; SPLIT, JUMP: first target; ASSERT: kind. */
  a: Int32Array;
  /** SPLIT: second target. Every other instruction goes on to the next one. */
  b: Int32Array;
  atoms: ((cp: number) => boolean)[];
  isWord: (cp: number) => boolean;
  unicode: boolean;
  multiline: boolean;
  /** Begins with `^` (without `m`): a match can only start at 0. */
  anchored: boolean;
}

/** Instructions a node compiles to (Infinity when a repetition count makes it absurd). */
function programSize(node: RegexNode): number {
  switch (node.type) {
    case 'empty':
      return 0;
    case 'atom':
    case 'assert':
      return 1;
    case 'seq':
      return node.items.reduce((n, item) => n + programSize(item), 0);
    case 'alt':
      return node.options.reduce((n, option) => n + programSize(option) + 2, 0);
    case 'repeat': {
      const inner = programSize(node.node);
      const copies = node.max === Infinity ? node.min + 1 : node.max;
      return copies * (inner + 2);
    }
  }
}

class ProgramBuilder {
  private op: number[] = [];
  private a: number[] = [];
  private b: number[] = [];
  private atoms: ((cp: number) => boolean)[] = [];
  private atomIndex = new Map<string, number>();
  private readonly atomFlags: string;

  constructor(private readonly flags: string) {
    // `m` only moves ^ and $, which are not atoms; `s` and `i` and `u` shape what one character is.
    this.atomFlags = flags.replace('m', '');
  }

  build(node: RegexNode): Program {
    this.emit(node);
    this.push(MATCH, 0, 0);
    const first = node.type === 'seq' ? node.items[0] : node;
    return {
      op: Uint8Array.from(this.op),
      a: Int32Array.from(this.a),
      b: Int32Array.from(this.b),
      atoms: this.atoms,
      isWord: characterTest('\\w', this.atomFlags),
      unicode: this.flags.includes('u'),
      multiline: this.flags.includes('m'),
      anchored: !this.flags.includes('m') && first?.type === 'assert' && first.kind === 'start',
    };
  }

  private push(op: number, a: number, b: number): number {
    this.op.push(op);
    this.a.push(a);
    this.b.push(b);
    return this.op.length - 1;
  }

  private emit(node: RegexNode): void {
    switch (node.type) {
      case 'empty':
        return;
      case 'atom':
        this.push(CHAR, this.atom(node.source), 0);
        return;
      case 'assert':
        this.push(ASSERT, ASSERT_KINDS[node.kind], 0);
        return;
      case 'seq':
        for (const item of node.items) this.emit(item);
        return;
      case 'alt': {
        // split L1, next; L1: option; jump end; next: split L2, … — the last option has no split.
        const jumps: number[] = [];
        node.options.forEach((option, i) => {
          const last = i === node.options.length - 1;
          const split = last ? -1 : this.push(SPLIT, 0, 0);
          if (split >= 0) this.a[split] = split + 1;
          this.emit(option);
          if (!last) {
            jumps.push(this.push(JUMP, 0, 0));
            this.b[split] = this.op.length;
          }
        });
        for (const j of jumps) this.a[j] = this.op.length;
        return;
      }
      case 'repeat': {
        for (let i = 0; i < node.min; i++) this.emit(node.node);
        if (node.max === Infinity) {
          // loop: split body, out; body; jump loop
          const loop = this.push(SPLIT, 0, 0);
          this.a[loop] = loop + 1;
          this.emit(node.node);
          this.push(JUMP, loop, 0);
          this.b[loop] = this.op.length;
          return;
        }
        // Each optional copy may be skipped to the end: split body, end; body; …
        const splits: number[] = [];
        for (let i = node.min; i < node.max; i++) {
          const split = this.push(SPLIT, 0, 0);
          this.a[split] = split + 1;
          splits.push(split);
          this.emit(node.node);
        }
        for (const s of splits) this.b[s] = this.op.length;
        return;
      }
    }
  }

  private atom(source: string): number {
    let index = this.atomIndex.get(source);
    if (index === undefined) {
      index = this.atoms.push(characterTest(source, this.atomFlags)) - 1;
      this.atomIndex.set(source, index);
    }
    return index;
  }
}

/** Whether one character (a code point, or a UTF-16 unit without `u`) is accepted by an atom, cached. */
function characterTest(source: string, flags: string): (cp: number) => boolean {
  const re = new RegExp(`^(?:${source})$`, flags);
  const ascii = new Int8Array(128); // 0 not asked yet, 1 yes, -1 no
  const other = new Map<number, boolean>();
  return (cp) => {
    if (cp < 128) {
      const known = ascii[cp]!;
      if (known !== 0) return known > 0;
      const yes = re.test(String.fromCharCode(cp));
      ascii[cp] = yes ? 1 : -1;
      return yes;
    }
    let yes = other.get(cp);
    if (yes === undefined) {
      yes = re.test(String.fromCodePoint(cp));
      if (other.size < 4096) other.set(cp, yes);
    }
    return yes;
  };
}

// ---- running it ------------------------------------------------------------------------------------

function isLineTerminator(cp: number): boolean {
  return cp === 0x0a || cp === 0x0d || cp === 0x2028 || cp === 0x2029;
}

/** Threads: the CHAR instructions waiting for the next character, each at most once per position. */
interface ThreadList {
  pcs: Int32Array;
  length: number;
}

function run(p: Program, text: string): boolean {
  const size = p.op.length;
  const seenAt = new Int32Array(size).fill(-1);
  const stack = new Int32Array(size * 2 + 2);
  let current: ThreadList = { pcs: new Int32Array(size), length: 0 };
  let next: ThreadList = { pcs: new Int32Array(size), length: 0 };
  const n = text.length;

  const charAt = (i: number): number => (p.unicode ? (text.codePointAt(i) ?? 0) : text.charCodeAt(i));
  const charBefore = (i: number): number => {
    const unit = text.charCodeAt(i - 1);
    if (p.unicode && unit >= 0xdc00 && unit <= 0xdfff && i >= 2) return text.codePointAt(i - 2) ?? unit;
    return unit;
  };
  const holds = (kind: number, pos: number): boolean => {
    switch (kind) {
      case START:
        return pos === 0 || (p.multiline && isLineTerminator(charBefore(pos)));
      case END:
        return pos === n || (p.multiline && isLineTerminator(charAt(pos)));
      default: {
        const before = pos > 0 && p.isWord(charBefore(pos));
        const after = pos < n && p.isWord(charAt(pos));
        return (before !== after) === (kind === WORD);
      }
    }
  };
  /** Follows every jump, split and assertion from `pc` at `pos`; true when MATCH is reached. */
  const add = (list: ThreadList, pc: number, pos: number): boolean => {
    let top = 0;
    stack[top++] = pc;
    while (top > 0) {
      const at = stack[--top]!;
      if (seenAt[at] === pos) continue;
      seenAt[at] = pos;
      switch (p.op[at]) {
        case CHAR:
          list.pcs[list.length++] = at;
          break;
        case JUMP:
          stack[top++] = p.a[at]!;
          break;
        case SPLIT:
          stack[top++] = p.b[at]!;
          stack[top++] = p.a[at]!;
          break;
        case ASSERT:
          if (holds(p.a[at]!, pos)) stack[top++] = at + 1;
          break;
        case MATCH:
          return true;
      }
    }
    return false;
  };

  if (add(current, 0, 0)) return true;
  for (let pos = 0; pos < n;) {
    if (current.length === 0 && p.anchored) return false;
    const cp = charAt(pos);
    const after = pos + (cp > 0xffff ? 2 : 1);
    next.length = 0;
    for (let t = 0; t < current.length; t++) {
      const pc = current.pcs[t]!;
      if (p.atoms[p.a[pc]!]!(cp) && add(next, pc + 1, after)) return true;
    }
    // A match may also start at the next position (the test is a search, not anchored at 0).
    if (!p.anchored && add(next, 0, after)) return true;
    [current, next] = [next, current];
    pos = after;
  }
  return false;
}
