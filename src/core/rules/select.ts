/**
 * A small compiler from CSS selectors to element tests, for the subset rule lists use: type, `*`, `#id`,
 * `.class`, attribute selectors (all operators, `i`/`s` flags), `:not()`, `:is()`, `:where()`,
 * `:first-child`/`:last-child`/`:only-child`/`:empty`, and the four combinators.
 *
 * Why not the DOM's own engine: the rule engine walks the page once and asks every rule about every
 * element. Browsers answer `matches()` natively, but jsdom's engine (the CLI and the benchmark) takes tens
 * of milliseconds per case-insensitive attribute selector on an ordinary page, more than Readability
 * itself. A selector outside the subset compiles to `null` and the caller falls back to the DOM's engine,
 * so the subset is an optimisation, never a limit on what rules can say. A test checks that every
 * built-in selector compiles and agrees with the DOM's own `matches`.
 *
 * Each alternative of a selector list also carries a gate: a condition every element it matches meets
 * and that is cheap to check for many alternatives at once (its tag is one of a few; or an attribute
 * exists and contains a literal). The engine uses gates to ask each element only the few alternatives
 * that could match it.
 */

export type ElementTest = (el: ElementView) => boolean;

export type Gate =
  | { kind: 'tag'; tags: string[] }
  /** The attribute exists and its value, lower-cased, contains `literal` (lower-cased; '' = exists). */
  | { kind: 'attr'; name: string; literal: string }
  | { kind: 'none' };

export interface Alternative {
  test: ElementTest;
  gate: Gate;
  /** True when passing the gate is the whole test (`p`, `:is(p, div)`): the engine need not ask it. */
  exact?: boolean;
}

/**
 * An element as the compiled tests see it. Each DOM read is made once and remembered: in jsdom every
 * property access crosses a wrapper, and several rules ask about the same class attribute.
 */
export class ElementView {
  private _tag: string | undefined;
  private _attrs: Map<string, string | null> | undefined;
  private _parent: ElementView | null | undefined;
  constructor(
    readonly el: Element,
    tag?: string,
  ) {
    this._tag = tag;
  }
  get tag(): string {
    return (this._tag ??= this.el.localName.toLowerCase());
  }
  attr(name: string): string | null {
    this._attrs ??= new Map();
    let v = this._attrs.get(name);
    if (v === undefined) {
      v = this.el.getAttribute(name);
      this._attrs.set(name, v);
    }
    return v;
  }
  lowerAttr(name: string): string | null {
    const key = ' ' + name; // attribute names cannot contain spaces
    this._attrs ??= new Map();
    let v = this._attrs.get(key);
    if (v === undefined) {
      v = this.attr(name)?.toLowerCase() ?? null;
      this._attrs.set(key, v);
    }
    return v;
  }
  parent(): ElementView | null {
    if (this._parent === undefined) {
      const p = this.el.parentElement;
      this._parent = p ? new ElementView(p) : null;
    }
    return this._parent;
  }
}

/** Compiles a selector list, or returns null when it uses anything outside the subset. */
export function compileSelector(selector: string): ElementTest | null {
  const alternatives = compileAlternatives(selector);
  return alternatives ? anyOf(alternatives.map((a) => a.test)) : null;
}

/** The selector list's alternatives, each with its gate; null when outside the subset. */
export function compileAlternatives(selector: string): Alternative[] | null {
  try {
    const p = new SelectorParser(selector);
    const alternatives = p.alternatives();
    p.skipSpace();
    return p.atEnd() ? alternatives : null;
  } catch {
    return null;
  }
}

/** Whether `el` matches a compiled selector (tests and one-off checks; the engine reuses views). */
export function matchesCompiled(test: ElementTest, el: Element): boolean {
  return test(new ElementView(el));
}

class Unsupported extends Error {}

const IDENT = /^-?(?:[_a-zA-Z\u00a0-\uffff]|-)[\w\u00a0-\uffff-]*/;

class SelectorParser {
  private pos = 0;
  constructor(private readonly src: string) {
    if (src.includes('\\')) throw new Unsupported('escapes');
  }

  atEnd(): boolean {
    return this.pos >= this.src.length;
  }
  private peek(): string {
    return this.src[this.pos] ?? '';
  }
  skipSpace(): boolean {
    const start = this.pos;
    while (/\s/.test(this.peek())) this.pos++;
    return this.pos > start;
  }
  private ident(): string {
    const m = IDENT.exec(this.src.slice(this.pos));
    if (!m) throw new Unsupported('identifier expected');
    this.pos += m[0].length;
    return m[0];
  }

  /** `a, b, c` up to the end or a closing parenthesis. */
  alternatives(): Alternative[] {
    const list: Alternative[] = [];
    for (;;) {
      this.skipSpace();
      list.push(this.complex());
      this.skipSpace();
      if (this.peek() !== ',') break;
      this.pos++;
    }
    return list;
  }

  /** Compounds joined by combinators, matched right to left; the gate is the rightmost compound's. */
  private complex(): Alternative {
    let { test, gate, exact } = this.compound();
    for (;;) {
      const hadSpace = this.skipSpace();
      const c = this.peek();
      if (c === '>' || c === '+' || c === '~' || (hadSpace && c !== '' && c !== ',' && c !== ')')) {
        const combinator = c === '>' || c === '+' || c === '~' ? c : ' ';
        if (combinator !== ' ') {
          this.pos++;
          this.skipSpace();
        }
        const right = this.compound();
        test = combine(test, combinator, right.test);
        gate = right.gate;
        exact = false;
      } else {
        return { test, gate, exact };
      }
    }
  }

  private compound(): Alternative {
    const parts: ElementTest[] = [];
    const gates: Gate[] = [];
    /** Per part: whether its gate says all it tests. */
    const exacts: boolean[] = [];
    const c0 = this.peek();
    if (c0 === '*') {
      this.pos++;
    } else if (IDENT.test(this.src.slice(this.pos))) {
      const tag = this.ident().toLowerCase();
      parts.push((v) => v.tag === tag);
      gates.push({ kind: 'tag', tags: [tag] });
      exacts.push(true);
    }
    for (;;) {
      const c = this.peek();
      if (c === '#') {
        this.pos++;
        const id = this.ident();
        parts.push((v) => v.attr('id') === id);
        gates.push({ kind: 'attr', name: 'id', literal: id.toLowerCase() });
        exacts.push(false);
      } else if (c === '.') {
        this.pos++;
        const cls = this.ident();
        parts.push((v) => hasToken(v.attr('class'), cls));
        gates.push({ kind: 'attr', name: 'class', literal: cls.toLowerCase() });
        exacts.push(false);
      } else if (c === '[') {
        const a = this.attribute();
        parts.push(a.test);
        gates.push(a.gate);
        exacts.push(false);
      } else if (c === ':') {
        const a = this.pseudo();
        parts.push(a.test);
        gates.push(a.gate);
        exacts.push(a.exact === true);
      } else {
        break;
      }
    }
    if (parts.length === 0 && c0 !== '*') throw new Unsupported('empty compound');
    const gate = bestGate(gates);
    return { test: allOf(parts), gate, exact: parts.length === 1 && exacts[0] === true };
  }

  private attribute(): Alternative {
    this.pos++; // [
    this.skipSpace();
    const name = this.ident().toLowerCase();
    this.skipSpace();
    let op = '';
    const opMatch = /^([~|^$*]?=)/.exec(this.src.slice(this.pos));
    if (opMatch) {
      op = opMatch[1]!;
      this.pos += op.length;
      this.skipSpace();
    }
    let value = '';
    if (op) {
      const q = this.peek();
      if (q === '"' || q === "'") {
        const end = this.src.indexOf(q, this.pos + 1);
        if (end < 0) throw new Unsupported('unterminated string');
        value = this.src.slice(this.pos + 1, end);
        this.pos = end + 1;
      } else {
        value = this.ident();
      }
      this.skipSpace();
    }
    let insensitive = false;
    const flag = /^([iIsS])\s*\]/.exec(this.src.slice(this.pos));
    if (op && flag) {
      insensitive = flag[1]!.toLowerCase() === 'i';
      this.pos += flag[1]!.length;
      this.skipSpace();
    }
    if (this.peek() !== ']') throw new Unsupported('] expected');
    this.pos++;
    const gate: Gate = { kind: 'attr', name, literal: value.toLowerCase() };
    if (!op) return { test: (v) => v.attr(name) !== null, gate };
    const want = insensitive ? value.toLowerCase() : value;
    const read = insensitive ? (v: ElementView) => v.lowerAttr(name) : (v: ElementView) => v.attr(name);
    let test: ElementTest;
    switch (op) {
      case '=':
        test = (v) => read(v) === want;
        break;
      case '~=':
        test = (v) => hasToken(read(v), want);
        break;
      case '|=':
        test = (v) => {
          const value = read(v);
          return value !== null && (value === want || value.startsWith(want + '-'));
        };
        break;
      case '^=':
        test = (v) => want !== '' && (read(v)?.startsWith(want) ?? false);
        break;
      case '$=':
        test = (v) => want !== '' && (read(v)?.endsWith(want) ?? false);
        break;
      default: // *=
        test = (v) => want !== '' && (read(v)?.includes(want) ?? false);
    }
    return { test, gate };
  }

  private pseudo(): Alternative {
    this.pos++; // :
    if (this.peek() === ':') throw new Unsupported('pseudo-element');
    const name = this.ident().toLowerCase();
    const none: Gate = { kind: 'none' };
    if (this.peek() === '(') {
      this.pos++;
      if (name !== 'not' && name !== 'is' && name !== 'where' && name !== 'matches')
        throw new Unsupported(name);
      const inner = this.alternatives();
      this.skipSpace();
      if (this.peek() !== ')') throw new Unsupported(') expected');
      this.pos++;
      const any = anyOf(inner.map((a) => a.test));
      if (name === 'not') return { test: (v) => !any(v), gate: none };
      // `:is(h2, h3, p)`: the tags of its alternatives, when every one names its tag.
      const tags = inner.flatMap((a) => (a.gate.kind === 'tag' ? a.gate.tags : []));
      const allTagged = inner.every((a) => a.gate.kind === 'tag');
      const exact = allTagged && inner.every((a) => a.exact === true);
      return { test: any, gate: allTagged ? { kind: 'tag', tags } : none, exact };
    }
    switch (name) {
      case 'first-child':
        return { test: (v) => v.el.previousElementSibling === null, gate: none };
      case 'last-child':
        return { test: (v) => v.el.nextElementSibling === null, gate: none };
      case 'only-child':
        return {
          test: (v) => v.el.previousElementSibling === null && v.el.nextElementSibling === null,
          gate: none,
        };
      case 'empty':
        return { test: (v) => v.el.firstChild === null, gate: none };
      default:
        throw new Unsupported(name);
    }
  }
}

/**
 * The most selective of a compound's gates: a class or id literal first (longest wins), then a tag
 * list, then any other attribute.
 */
function bestGate(gates: Gate[]): Gate {
  let best: Gate = { kind: 'none' };
  const rank = (g: Gate): number => {
    if (g.kind === 'attr' && (g.name === 'class' || g.name === 'id') && g.literal !== '')
      return 3000 + g.literal.length;
    if (g.kind === 'tag') return 2000 - g.tags.length;
    if (g.kind === 'attr') return 1000 + g.literal.length;
    return 0;
  };
  for (const g of gates) if (rank(g) > rank(best)) best = g;
  return best;
}

function hasToken(list: string | null, token: string): boolean {
  if (list === null || token === '' || /\s/.test(token)) return false;
  let from = 0;
  for (;;) {
    const i = list.indexOf(token, from);
    if (i < 0) return false;
    const before = i === 0 || /\s/.test(list[i - 1]!);
    const after = i + token.length === list.length || /\s/.test(list[i + token.length]!);
    if (before && after) return true;
    from = i + 1;
  }
}

function anyOf(tests: ElementTest[]): ElementTest {
  if (tests.length === 1) return tests[0]!;
  return (v) => {
    for (const t of tests) if (t(v)) return true;
    return false;
  };
}

function allOf(tests: ElementTest[]): ElementTest {
  if (tests.length === 0) return () => true;
  if (tests.length === 1) return tests[0]!;
  return (v) => {
    for (const t of tests) if (!t(v)) return false;
    return true;
  };
}

/** `left <combinator> right`: `right` tests the element itself, `left` its relatives. */
function combine(left: ElementTest, combinator: string, right: ElementTest): ElementTest {
  switch (combinator) {
    case '>':
      return (v) => {
        if (!right(v)) return false;
        const p = v.parent();
        return p !== null && left(p);
      };
    case '+':
      return (v) => {
        if (!right(v)) return false;
        const s = v.el.previousElementSibling;
        return s !== null && left(new ElementView(s));
      };
    case '~':
      return (v) => {
        if (!right(v)) return false;
        for (let s = v.el.previousElementSibling; s; s = s.previousElementSibling) {
          if (left(new ElementView(s))) return true;
        }
        return false;
      };
    default:
      return (v) => {
        if (!right(v)) return false;
        for (let p = v.parent(); p; p = p.parent()) if (left(p)) return true;
        return false;
      };
  }
}
