/**
 * A small compiler from CSS selectors to element predicates, for the subset rule lists use: type, `*`,
 * `#id`, `.class`, attribute selectors (all operators, `i`/`s` flags), `:not()`, `:is()`, `:where()`,
 * `:first-child`/`:last-child`/`:only-child`/`:empty`, and the four combinators.
 *
 * Why not the DOM's own engine: the engine walks the page once and asks every rule about every element.
 * Browsers answer `matches()` natively and fast, but jsdom's engine (the CLI and the benchmark) takes
 * tens of milliseconds per case-insensitive attribute selector on an ordinary page, which alone would
 * cost more than Readability itself. A selector outside the subset compiles to `null` and the caller
 * falls back to the DOM's engine, so the subset is an optimisation, never a limit on what rules can say.
 * A test checks that every built-in selector compiles and agrees with the DOM's own `matches`.
 */

export type ElementTest = (el: ElementView) => boolean;

/**
 * An element as the compiled tests see it. Each DOM read is made once and remembered: in jsdom every
 * property access crosses a wrapper, and dozens of rules ask about the same class attribute.
 */
export class ElementView {
  private _tag: string | undefined;
  private _attrs: Map<string, string | null> | undefined;
  private _parent: ElementView | null | undefined;
  constructor(readonly el: Element) {}
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
    const key = '\u0000' + name;
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

/** Whether `el` matches a compiled selector (tests and one-off checks; the engine reuses views). */
export function matchesCompiled(test: ElementTest, el: Element): boolean {
  return test(new ElementView(el));
}

/** Compiles a selector list, or returns null when it uses anything outside the subset. */
export function compileSelector(selector: string): ElementTest | null {
  try {
    const p = new SelectorParser(selector);
    const test = p.selectorList();
    p.skipSpace();
    return p.atEnd() ? test : null;
  } catch {
    return null;
  }
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
  selectorList(): ElementTest {
    const alternatives: ElementTest[] = [];
    for (;;) {
      this.skipSpace();
      alternatives.push(this.complex());
      this.skipSpace();
      if (this.peek() !== ',') break;
      this.pos++;
    }
    return anyOf(alternatives);
  }

  /** Compounds joined by combinators, matched right to left. */
  private complex(): ElementTest {
    let test = this.compound();
    for (;;) {
      const hadSpace = this.skipSpace();
      const c = this.peek();
      if (c === '>' || c === '+' || c === '~') {
        this.pos++;
        this.skipSpace();
        test = combine(test, c, this.compound());
      } else if (hadSpace && c !== '' && c !== ',' && c !== ')') {
        test = combine(test, ' ', this.compound());
      } else {
        return test;
      }
    }
  }

  private compound(): ElementTest {
    const parts: ElementTest[] = [];
    const c0 = this.peek();
    if (c0 === '*') {
      this.pos++;
    } else if (IDENT.test(this.src.slice(this.pos))) {
      const tag = this.ident().toLowerCase();
      parts.push((v) => v.tag === tag);
    }
    for (;;) {
      const c = this.peek();
      if (c === '#') {
        this.pos++;
        const id = this.ident();
        parts.push((v) => v.attr('id') === id);
      } else if (c === '.') {
        this.pos++;
        const cls = this.ident();
        parts.push((v) => hasToken(v.attr('class'), cls));
      } else if (c === '[') {
        parts.push(this.attribute());
      } else if (c === ':') {
        parts.push(this.pseudo());
      } else {
        break;
      }
    }
    if (parts.length === 0 && c0 !== '*') throw new Unsupported('empty compound');
    return allOf(parts);
  }

  private attribute(): ElementTest {
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
    if (!op) return (v) => v.attr(name) !== null;
    const want = insensitive ? value.toLowerCase() : value;
    const read = insensitive ? (v: ElementView) => v.lowerAttr(name) : (v: ElementView) => v.attr(name);
    switch (op) {
      case '=':
        return (el) => read(el) === want;
      case '~=':
        return (el) => hasToken(read(el), want);
      case '|=':
        return (el) => {
          const v = read(el);
          return v !== null && (v === want || v.startsWith(want + '-'));
        };
      case '^=':
        return (el) => want !== '' && (read(el)?.startsWith(want) ?? false);
      case '$=':
        return (el) => want !== '' && (read(el)?.endsWith(want) ?? false);
      default: // *=
        return (el) => want !== '' && (read(el)?.includes(want) ?? false);
    }
  }

  private pseudo(): ElementTest {
    this.pos++; // :
    if (this.peek() === ':') throw new Unsupported('pseudo-element');
    const name = this.ident().toLowerCase();
    if (this.peek() === '(') {
      this.pos++;
      if (name !== 'not' && name !== 'is' && name !== 'where' && name !== 'matches') throw new Unsupported(name);
      const inner = this.selectorList();
      this.skipSpace();
      if (this.peek() !== ')') throw new Unsupported(') expected');
      this.pos++;
      return name === 'not' ? (el) => !inner(el) : inner;
    }
    switch (name) {
      case 'first-child':
        return (v) => v.el.previousElementSibling === null;
      case 'last-child':
        return (v) => v.el.nextElementSibling === null;
      case 'only-child':
        return (v) => v.el.previousElementSibling === null && v.el.nextElementSibling === null;
      case 'empty':
        return (v) => v.el.firstChild === null;
      default:
        throw new Unsupported(name);
    }
  }
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
  return (el) => {
    for (const t of tests) if (t(el)) return true;
    return false;
  };
}

function allOf(tests: ElementTest[]): ElementTest {
  if (tests.length === 0) return () => true;
  if (tests.length === 1) return tests[0]!;
  return (el) => {
    for (const t of tests) if (!t(el)) return false;
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
        for (let s = v.el.previousElementSibling; s; s = s.previousElementSibling) if (left(new ElementView(s))) return true;
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
