import type { CompiledRule } from '../types';
import { RULE_GATES } from './gates';
import { textTestOf, type TextTest } from './text-test';
import { indexTree, textOf, type TreeIndex } from './tree';

/**
 * What the rules select in one subtree, as a plain value: the subtree indexed once (tree.ts), and for
 * each element the rules that select it. `clean()`, the in-place pass and the late-widget cleaner each
 * read it through their own rule subsets and guards; nothing in it changes after it is made.
 *
 * Selectors are answered by the DOM's own engine (`matches()`, `querySelectorAll`), so the rules mean
 * what the browser's stylesheet means — quirks mode included. Asking every rule about every element
 * that way costs jsdom (the CLI, the benchmark) about 0.6 s a page, so built-in selectors carry gates
 * worked out at build time (scripts/lib/rule-gates.ts): an element is asked only about the rules whose
 * gate it passes, and a gate that is the whole selector (`:is(p, div)`) needs no question at all. A rule
 * without gates (the reader's own) is answered with one `querySelectorAll`.
 */
export interface PageMatch {
  root: ParentNode;
  /** The rules asked, in priority order: selector-only rules first, then text rules, each in list order. */
  rules: readonly CompiledRule[];
  index: TreeIndex;
  /** hits[i]: the rules (priority order) that select element i; a text rule only when its pattern accepts the text. */
  hits: readonly (readonly CompiledRule[])[];
  /** The same for the root itself, when it is an element. */
  rootHits: readonly CompiledRule[];
}

export type { Gate } from './gates';

const NONE: readonly CompiledRule[] = [];

/**
 * A rule list made ready to match: priority order, text tests compiled, gates filed. A caller that
 * matches the same list many times (the late-widget cleaner, once per batch) prepares it once: a
 * reader's text pattern costs about 30 µs to compile on the linear matcher.
 */
export interface PreparedRules {
  ordered: readonly CompiledRule[];
  patterns: readonly (TextTest | null)[];
  gates: GateIndex;
}

export function prepareRules(rules: readonly CompiledRule[]): PreparedRules {
  const key = rules.map(ruleNumber).join(',');
  const known = PREPARED.get(key);
  if (known) return known;
  const ordered = [...rules.filter((r) => !r.text), ...rules.filter((r) => r.text)];
  const ready = { ordered, patterns: ordered.map(textTestOf), gates: gatesOf(ordered) };
  if (PREPARED.size >= MAX_PREPARED) PREPARED.clear();
  PREPARED.set(key, ready);
  return ready;
}

/**
 * Rule lists already prepared, by the identity of their rules in order: clean() matches the same few
 * lists (a host's rules, its rules without the hidden family) on every page, and preparing one took
 * about 1.3 ms a match in jsdom's benchmark, a few percent of a small page's clean().
 */
const PREPARED = new Map<string, PreparedRules>();
const MAX_PREPARED = 32;
const RULE_NUMBERS = new WeakMap<CompiledRule, number>();
let nextRuleNumber = 0;

function ruleNumber(rule: CompiledRule): number {
  let n = RULE_NUMBERS.get(rule);
  if (n === undefined) RULE_NUMBERS.set(rule, (n = nextRuleNumber++));
  return n;
}

export function matchPage(root: ParentNode, rules: readonly CompiledRule[] | PreparedRules): PageMatch {
  const { ordered, patterns, gates } = 'ordered' in rules ? rules : prepareRules(rules);
  const index = indexTree(root);
  const rootEl = isElement(root) ? root : null;
  if (ordered.length === 0)
    return { root, rules: ordered, index, hits: index.elements.map(() => NONE), rootHits: NONE };

  /** Rules without gates: the elements their selector selects, from one query. */
  const queried = gates.ungated.map((r) => [r, selectedBy(root, rootEl, ordered[r]!.selector)] as const);

  // Per element: the rules whose gate it passes (marked with the element's stamp), each with the
  // alternatives left to ask, then each asked.
  const seen = new Uint32Array(ordered.length);
  const exactly = new Uint8Array(ordered.length);
  const tests: string[][] = ordered.map(() => []);
  let stamp = 0;
  const candidates: number[] = [];
  const attrPasses: AttrPasses = new Map();
  const mark = (rule: number, test: string | null) => {
    if (seen[rule] !== stamp) {
      seen[rule] = stamp;
      exactly[rule] = 0;
      tests[rule]!.length = 0;
      candidates.push(rule);
    }
    if (test === null) exactly[rule] = 1;
    else tests[rule]!.push(test);
  };
  const hitsOf = (el: Element, tag: string, text: () => string): readonly CompiledRule[] => {
    stamp++;
    candidates.length = 0;
    const names = el.hasAttributes() ? el.getAttributeNames() : NO_NAMES;
    passGates(gates, tag, names, (name) => el.getAttribute(name)!, mark, attrPasses);
    for (const [r, selected] of queried) if (selected.has(el)) mark(r, null);
    if (candidates.length === 0) return NONE;
    candidates.sort((a, b) => a - b);
    let hits: CompiledRule[] | null = null;
    for (const r of candidates) {
      // The text first: a text longer than its pattern can match costs nothing to refuse, `matches` does.
      const pattern = patterns[r];
      if (pattern && !pattern(text())) continue;
      if (!exactly[r] && !tests[r]!.some((test) => safeMatches(el, test))) continue;
      (hits ??= []).push(ordered[r]!);
    }
    return hits ?? NONE;
  };

  const hits = index.elements.map((el, i) => {
    let text: string | undefined;
    return hitsOf(el, index.tags[i]!, () => (text ??= textOf(index, i)));
  });
  const rootHits = rootEl ? hitsOf(rootEl, rootEl.localName.toLowerCase(), () => index.allText.trim()) : NONE;
  return { root, rules: ordered, index, hits, rootHits };
}

const NO_NAMES: string[] = [];

/** The gates of a rule list, filed so that one element is checked against all of them at once. */
export interface GateIndex {
  /** Tag gates (rule by position in the list, alternative to ask) under each tag. */
  byTag: Map<string, { rule: number; test: string | null }[]>;
  /** Attribute gates under the attribute's name. */
  byAttr: Map<string, { rule: number; literal: string; test: string | null; alternative: string }[]>;
  /** Rules whose selector has no gates (the reader's own rules): asked with `querySelectorAll`. */
  ungated: number[];
}

export function gatesOf(rules: readonly CompiledRule[]): GateIndex {
  const index: GateIndex = { byTag: new Map(), byAttr: new Map(), ungated: [] };
  rules.forEach((rule, r) => {
    const gates = RULE_GATES.get(rule.selector);
    if (!gates) return index.ungated.push(r);
    for (const gate of gates) {
      const test = gate.exact ? null : gate.alternative;
      if ('tags' in gate) for (const tag of gate.tags) push(index.byTag, tag, { rule: r, test });
      else
        push(index.byAttr, gate.attr, {
          rule: r,
          literal: gate.literal,
          test,
          alternative: gate.alternative,
        });
    }
  });
  return index;
}

/**
 * The attribute gates a value passes, by attribute name and value, for one page: a page repeats its
 * class values on many elements, and the class gates alone are 156 substring tests a value (passGates
 * was 1.2 s of 9.5 s of clean() on 70 wcxb-dev pages before this).
 */
export type AttrPasses = Map<string, Map<string, readonly (readonly [rule: number, test: string | null])[]>>;

/**
 * Calls `pass` for every gate an element passes, given its tag (lower case), its attribute names and
 * their values, with the alternative left to ask (null: none, it is selected). A value with characters
 * beyond ASCII is lower-cased differently by CSS (ASCII only) and by JavaScript, so for it no attribute
 * gate answers alone. `seen` keeps what each attribute value passed, for the next element with it.
 */
export function passGates(
  gates: GateIndex,
  tag: string,
  names: readonly string[],
  valueOf: (name: string) => string,
  pass: (rule: number, test: string | null) => void,
  seen: AttrPasses = new Map(),
): void {
  for (const e of gates.byTag.get(tag) ?? []) pass(e.rule, e.test);
  for (const name of names) {
    const entries = gates.byAttr.get(name);
    if (!entries) continue;
    const raw = valueOf(name);
    let byValue = seen.get(name);
    if (!byValue) seen.set(name, (byValue = new Map()));
    let passes = byValue.get(raw);
    if (!passes) {
      const value = raw.toLowerCase();
      const ascii = ASCII.test(raw);
      passes = entries
        .filter((e) => value.includes(e.literal))
        .map((e) => [e.rule, ascii ? e.test : e.alternative] as const);
      byValue.set(raw, passes);
    }
    for (const [rule, test] of passes) pass(rule, test);
  }
}

const ASCII = /^[\x00-\x7f]*$/;

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** What a selector selects under `root`, and `root` itself when it matches; nothing when the DOM rejects it. */
function selectedBy(root: ParentNode, rootEl: Element | null, selector: string): Set<Element> {
  try {
    const found = new Set(Array.from(root.querySelectorAll(selector)));
    if (rootEl?.matches(selector)) found.add(rootEl);
    return found;
  } catch {
    return new Set();
  }
}

/** `el.matches` that treats a selector this DOM rejects as no match (rules may come from another engine). */
export function safeMatches(el: Element, selector: string): boolean {
  try {
    return el.matches(selector);
  } catch {
    return false;
  }
}

function isElement(node: ParentNode): node is Element {
  return (node as Node).nodeType === 1;
}
