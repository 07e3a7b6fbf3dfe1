import type { CompiledRule, Removal, RemovalStage } from '../types';
import { preview } from '../text';
import { findArticleCore } from './guard';
import { escapeRegExp } from './parse';
import { patternFacts, textFilter, TextFilters } from './pattern-facts';
import {
  compileAlternatives,
  compileSelector,
  ElementView,
  type Alternative,
  type ElementTest,
} from './select';
import { forEachElement, indexTree, textLength, textOf, type TreeIndex } from './tree';

/**
 * Each list's host lists, so that asking again gives the same list object: the engine's matcher is
 * prepared once per list (found by identity, see `prepareRules`), and the in-page passes and `clean()`
 * ask for the same host's rules several times on one page.
 */
const hostLists = new WeakMap<readonly CompiledRule[], Map<string, readonly CompiledRule[]>>();

/** Rules that apply on this host, with `#@#` exceptions already taken out. The same list for the same question. */
export function rulesForHost(rules: readonly CompiledRule[], hostname: string): readonly CompiledRule[] {
  const host = hostname.toLowerCase();
  let byHost = hostLists.get(rules);
  if (!byHost) hostLists.set(rules, (byHost = new Map()));
  let list = byHost.get(host);
  if (!list) byHost.set(host, (list = computeRulesForHost(rules, host)));
  return list;
}

function computeRulesForHost(rules: readonly CompiledRule[], host: string): CompiledRule[] {
  const applies = (r: CompiledRule) =>
    (r.includeDomains.length === 0 || r.includeDomains.some((d) => hostMatches(host, d))) &&
    !r.excludeDomains.some((d) => hostMatches(host, d));
  const active = rules.filter(applies);
  const cancelled = new Set(active.filter((r) => r.exception).map(ruleKey));
  return active.filter((r) => !r.exception && !cancelled.has(ruleKey(r)));
}

export function hostMatches(host: string, domain: string): boolean {
  return host === domain || host.endsWith('.' + domain);
}

function ruleKey(r: CompiledRule): string {
  return r.selector + '\u0000' + (r.text ? r.text.source + '/' + r.text.flags : '');
}

/**
 * The guard that keeps a too-broad rule from taking the article with it. Whatever matched it, an element
 * is spared (and the rules look inside it instead) when it holds more than `maxRemovedChars` characters
 * of text, or, with `protectArticle`, when it is or holds the article core (see guard.ts).
 */
export interface ApplyOptions {
  stage: RemovalStage;
  maxRemovedChars: number;
  /** Also spare elements holding more than this share of the root's text (0.5 = half). */
  maxRemovedShare?: number;
  protectArticle?: boolean;
  /** Filled in with the length of the root's text as it was before any removal. */
  measured?: { rootChars: number };
}

/** One rule ready to ask single elements (the engine itself uses the dispatch below). */
export interface PreparedRule {
  rule: CompiledRule;
  matches: ElementTest;
  text: RegExp | null;
}

export function prepareRule(root: ParentNode, rule: CompiledRule): PreparedRule {
  let test = compileSelector(rule.selector);
  if (!test) {
    let found: Set<Element>;
    try {
      found = new Set(Array.from(root.querySelectorAll(rule.selector)));
    } catch {
      found = new Set();
    }
    test = (v) => found.has(v.el);
  }
  return { rule, matches: test, text: rule.text ? new RegExp(rule.text.source, rule.text.flags) : null };
}

interface Entry {
  /** Index into the prepared rules (their priority order). */
  rule: number;
  test: ElementTest;
  /** For attribute-gated entries: the literal the lower-cased attribute value must contain ('' = exists). */
  literal: string;
  /** Passing the gate is the whole test (see Alternative.exact). */
  exact: boolean;
}

interface AttrBucket {
  name: string;
  entries: Entry[];
  /** Matches a lower-cased value containing any entry's literal (null when every literal is ''). */
  any: RegExp | null;
}

/** Every alternative of every rule, filed under its gate, so each element is asked only what could match. */
interface Dispatch {
  byTag: Map<string, Entry[]>;
  byAttr: Map<string, AttrBucket>;
  always: Entry[];
}

const alternativesCache = new Map<string, Alternative[] | null>();

function buildDispatch(root: ParentNode, rules: readonly CompiledRule[]): Dispatch {
  const byTag = new Map<string, Entry[]>();
  const attrs = new Map<string, Entry[]>();
  const always: Entry[] = [];
  rules.forEach((rule, index) => {
    let alternatives = alternativesCache.get(rule.selector);
    if (alternatives === undefined) {
      alternatives = compileAlternatives(rule.selector);
      alternativesCache.set(rule.selector, alternatives);
    }
    if (!alternatives) {
      let found: Set<Element>;
      try {
        found = new Set(Array.from(root.querySelectorAll(rule.selector)));
        // The root itself, for RuleMatcher.match(-1) (the in-page cleaner asks about a late widget's root).
        if ('matches' in root && (root as Element).matches(rule.selector)) found.add(root as Element);
      } catch {
        found = new Set(); // a selector this DOM rejects matches nothing here
      }
      always.push({ rule: index, test: (v) => found.has(v.el), literal: '', exact: false });
      return;
    }
    for (const alt of alternatives) {
      const entry: Entry = { rule: index, test: alt.test, literal: '', exact: alt.exact === true };
      if (alt.gate.kind === 'tag') {
        for (const tag of new Set(alt.gate.tags)) {
          const list = byTag.get(tag) ?? [];
          list.push(entry);
          byTag.set(tag, list);
        }
      } else if (alt.gate.kind === 'attr') {
        entry.literal = alt.gate.literal;
        const list = attrs.get(alt.gate.name) ?? [];
        list.push(entry);
        attrs.set(alt.gate.name, list);
      } else {
        always.push(entry);
      }
    }
  });
  const byAttr = new Map<string, AttrBucket>();
  for (const [name, entries] of attrs) {
    const literals = [...new Set(entries.map((e) => e.literal).filter((l) => l !== ''))];
    byAttr.set(name, {
      name,
      entries,
      any: literals.length ? new RegExp(literals.map(escapeRegExp).join('|')) : null,
    });
  }
  return { byTag, byAttr, always };
}

interface PreparedRules {
  ordered: CompiledRule[];
  patterns: (RegExp | null)[];
  /** The longest text each text rule's pattern can accept (Infinity when unanchored). */
  bounds: number[];
  /**
   * What each text rule's pattern needs the text to start with or contain (pattern-facts.ts): nearly
   * every element is ruled out by it, and a pattern is compiled only on a page where it might match.
   */
  filters: TextFilters;
  /**
   * Text rules' verdicts on texts already asked about (per rule: 0 not yet, 1 matches, -1 does not).
   * Nested wrappers often carry the same text (a `<div>` around one `<p>`), `clean()` asks about the
   * article's texts before and after Readability, and the in-place cleaner asks about the live page's
   * texts right after `clean()` asked about its clone's. Bounded (VERDICTS_KEPT).
   */
  verdicts: Map<string, Int8Array>;
  dispatch: Dispatch;
}

const VERDICTS_KEPT = 10_000;

/** The last few rule lists prepared: a page is cleaned with the same list twice (before and after Readability). */
const preparedCache = new Map<string, PreparedRules>();
const PREPARED_CACHE_SIZE = 8;

/**
 * The same list object asks again and again (the in-page passes build a matcher per late widget, and
 * the content key below joins every rule's line: tens of kilobytes per ask), so a list already
 * prepared is found by identity first. Lists are not changed once made.
 */
const preparedByList = new WeakMap<readonly CompiledRule[], PreparedRules>();

function prepareRules(root: ParentNode, rules: readonly CompiledRule[]): PreparedRules {
  const known = preparedByList.get(rules);
  if (known) return known;
  const ordered = byPriority(rules);
  const build = (): PreparedRules => {
    // Built-in rules carry their facts from the build (src/rules/builtin.generated.ts); working them out
    // costs a cold page more than the compiling they save.
    const facts = ordered.map((r) =>
      r.text ? (r.text.facts ?? patternFacts(r.text.source, r.text.flags)) : null,
    );
    const bounds = facts.map((f) => f?.maxTextLength ?? Infinity);
    return {
      ordered,
      patterns: ordered.map((r, i) =>
        r.text ? new RegExp(r.text.source, anchoredFlags(r.text.flags, bounds[i]!)) : null,
      ),
      bounds,
      filters: new TextFilters(facts.map((f) => (f ? textFilter(f) : null))),
      verdicts: new Map(),
      dispatch: buildDispatch(root, ordered),
    };
  };
  // A selector outside the fast subset is answered per document, so such a list is never kept
  // (building it is what files a new selector's verdict in alternativesCache).
  const perDocument = () => ordered.some((r) => alternativesCache.get(r.selector) === null);
  if (perDocument()) return build();
  const key = ordered.map((r) => r.id + '\u0000' + r.raw).join('\n');
  let prepared = preparedCache.get(key);
  if (!prepared) {
    prepared = build();
    if (perDocument()) return prepared;
    if (preparedCache.size >= PREPARED_CACHE_SIZE) preparedCache.delete(preparedCache.keys().next().value!);
    preparedCache.set(key, prepared);
  }
  preparedByList.set(rules, prepared);
  return prepared;
}

/**
 * A pattern with a finite text bound is anchored at the start of every alternative, so it can only match
 * at 0: the sticky flag tells the engine so, and it stops trying every later position of a long text.
 * (Such patterns are always tested from lastIndex 0, see `testAt0`.)
 */
function anchoredFlags(flags: string, bound: number): string {
  return bound === Infinity || flags.includes('y') ? flags : flags + 'y';
}

function testAt0(re: RegExp, text: string): boolean {
  re.lastIndex = 0;
  return re.test(text);
}

function verdictsFor(verdicts: Map<string, Int8Array>, text: string, rules: number): Int8Array {
  let row = verdicts.get(text);
  if (!row) {
    if (verdicts.size >= VERDICTS_KEPT) verdicts.clear();
    row = new Int8Array(rules);
    verdicts.set(text, row);
  }
  return row;
}

/** Plain rules before text rules, each group in list order. */
function byPriority(rules: readonly CompiledRule[]): CompiledRule[] {
  return [...rules.filter((r) => !r.text), ...rules.filter((r) => r.text)];
}

/**
 * The rule engine's view of one subtree: the tree indexed once, every rule's selector alternatives filed
 * under their gates. `match(i)` names the rule (in priority order: selector-only rules, then text rules,
 * each in list order) that selects element i, with the element's text. `applyRules` removes with it; the
 * in-page cleaner can hide with it, so both decide alike.
 */
export class RuleMatcher {
  private indexed: TreeIndex | undefined;
  private readonly prepared: PreparedRules;
  private readonly views: (ElementView | undefined)[] = [];
  private rootView: ElementView | undefined;
  /**
   * Per element, once asked: the rules that select it (`hits`), and the text length up to which its
   * text rules were asked. A matcher handed from `clean()` to the in-place pass (MatcherHandoff) answers
   * the second walk of the same, unchanged page from here, whichever rules that walk leaves out.
   */
  private readonly hitsAt: (readonly number[] | undefined)[] = [];
  private readonly hitsTextLimit: number[] = [];
  /** Per rule, the last `selectorsMatching` call that found it. */
  private readonly seen: Uint32Array;
  private stamp = 0;

  constructor(
    readonly root: ParentNode,
    readonly rules: readonly CompiledRule[],
  ) {
    this.prepared = prepareRules(root, rules);
    this.seen = new Uint32Array(this.prepared.ordered.length);
  }

  /** The subtree indexed, on first use: asking only about the root (`rootSelectorRule`) needs no index. */
  get index(): TreeIndex {
    return (this.indexed ??= indexTree(this.root));
  }

  /**
   * The first selector-only rule (priority order) that selects the root element, without indexing the
   * subtree: when one does, it names the root whatever text rules would say, since selector-only rules
   * come first. Rules `skip` returns true for are passed over, as in `match`.
   */
  rootSelectorRule(skip?: (rule: CompiledRule) => boolean): CompiledRule | null {
    const { ordered, patterns } = this.prepared;
    for (const r of this.selectorsMatching(-1)) {
      if (patterns[r]) return null; // text rules follow every selector-only rule
      if (!skip?.(ordered[r]!)) return ordered[r]!;
    }
    return null;
  }

  /** Element i's view; -1 is the root itself, when it is an element (the index leaves it out). */
  view(i: number): ElementView {
    if (i < 0) return (this.rootView ??= new ElementView(this.root as Element));
    return (this.views[i] ??= new ElementView(this.index.elements[i]!, this.index.tags[i]));
  }

  /**
   * The first rule that selects element i (-1: the root element), unless its text is longer than
   * `maxChars`. Text rules are asked only when the element's text is at most `textChars` long (the
   * in-place cleaner's size guard). Rules `skip` returns true for are passed over (the in-place
   * cleaner's exceptions), so a caller can match with the engine's own list, and its compiled
   * patterns, and still leave rules out.
   */
  match(
    i: number,
    maxChars = Infinity,
    skip?: (rule: CompiledRule) => boolean,
    textChars = maxChars,
  ): { rule: CompiledRule; text: string } | null {
    const { ordered, patterns } = this.prepared;
    // at most 2 more than the trimmed text
    const spaced = i < 0 ? this.index.allText.length : textLength(this.index, i);
    if (spaced > maxChars + 2) return null;
    const textLimit = textChars + 2;
    for (const r of this.hits(i, spaced, textLimit)) {
      const rule = ordered[r]!;
      if ((patterns[r] && spaced > textLimit) || skip?.(rule)) continue;
      const text = i < 0 ? this.index.allText.trim() : textOf(this.index, i);
      return text.length > maxChars ? null : { rule, text };
    }
    return null;
  }

  /**
   * The rules (priority order) that select element i: selector-only rules whose selector matches it,
   * and text rules whose selector matches and whose pattern accepts its text — those asked only when
   * its text (`spaced`) is within `textLimit`. Remembered per element: an answer serves any later
   * question it covers (its text rules were asked, or are not wanted now).
   */
  private hits(i: number, spaced: number, textLimit: number): readonly number[] {
    if (i >= 0) {
      const known = this.hitsAt[i];
      if (known && (spaced <= this.hitsTextLimit[i]! || spaced > textLimit)) return known;
    }
    const { ordered, patterns, bounds, filters, verdicts } = this.prepared;
    const found = this.selectorsMatching(i);
    const hits: number[] = found.length === 0 ? found : [];
    let text: string | null = null;
    let known: Int8Array | undefined;
    let filtered = false;
    for (const r of found) {
      const pattern = patterns[r];
      if (!pattern) {
        hits.push(r);
        continue;
      }
      if (spaced > textLimit || spaced > bounds[r]! + 2) continue;
      text ??= i < 0 ? this.index.allText.trim() : textOf(this.index, i);
      known ??= verdictsFor(verdicts, text, ordered.length);
      if (known[r] === 0) {
        if (!filtered) {
          filters.use(text);
          filtered = true;
        }
        known[r] = filters.may(r) && testAt0(pattern, text) ? 1 : -1;
      }
      if (known[r]! > 0) hits.push(r);
    }
    if (i >= 0) {
      this.hitsAt[i] = hits;
      this.hitsTextLimit[i] = textLimit;
    }
    return hits;
  }

  /** Indices (priority order) of the rules whose selector matches element i (-1: the root). */
  private selectorsMatching(i: number): number[] {
    const { dispatch } = this.prepared;
    const found: number[] = [];
    // Rules already found for this element: marked with this call's stamp (cheaper than found.includes).
    const stamp = ++this.stamp;
    const seen = this.seen;
    const view = this.view(i);
    const el = view.el;
    const byTag = dispatch.byTag.get(i < 0 ? view.tag : this.index.tags[i]!);
    if (byTag) {
      for (const e of byTag) {
        if (seen[e.rule] === stamp || !(e.exact || e.test(view))) continue;
        seen[e.rule] = stamp;
        found.push(e.rule);
      }
    }
    if (dispatch.byAttr.size > 0 && el.hasAttributes()) {
      for (const name of el.getAttributeNames()) {
        const bucket = dispatch.byAttr.get(name);
        if (!bucket) continue;
        const value = view.lowerAttr(name)!;
        const anyLiteral = bucket.any !== null && bucket.any.test(value);
        for (const e of bucket.entries) {
          if (
            (e.literal === '' || (anyLiteral && value.includes(e.literal))) &&
            seen[e.rule] !== stamp &&
            e.test(view)
          ) {
            seen[e.rule] = stamp;
            found.push(e.rule);
          }
        }
      }
    }
    for (const e of dispatch.always) {
      if (seen[e.rule] === stamp || !e.test(view)) continue;
      seen[e.rule] = stamp;
      found.push(e.rule);
    }
    return found.length > 1 ? found.sort((a, b) => a - b) : found;
  }
}

/**
 * Removes what the rules select under `root` (not `root` itself) and records each removal. Returns the
 * removed elements' texts (credit lines and disclaimers feed the attribution).
 *
 * Elements are asked in document order and a removed element's subtree is skipped, so the outermost
 * match wins and nothing is recorded twice.
 */
export function applyRules(
  root: ParentNode,
  rules: readonly CompiledRule[],
  opts: ApplyOptions,
  removals: Removal[],
): string[] {
  if (rules.length === 0) {
    if (opts.measured) opts.measured.rootChars = Infinity; // not measured: nothing may be skipped on it
    return [];
  }
  const matcher = new RuleMatcher(root, rules);
  return removeMatches(matcher, matcher.index.elements, opts, removals);
}

/**
 * `applyRules` asked on one tree and carried out on a copy of it: `matcher` reads the live page, and
 * element i of its index is removed as `copies[i]` (the same element in a `cloneNode(true)` of that
 * page, `copyElements` gives them). The rules see the page as it was served, never one they have
 * already cut, and the matcher stays valid for the in-place pass on the live page (MatcherHandoff).
 * Null when `copies` is not the same tree (then the caller applies the rules to the copy itself).
 */
export function applyRulesToCopy(
  matcher: RuleMatcher,
  copies: readonly Element[],
  opts: ApplyOptions,
  removals: Removal[],
): string[] | null {
  // A clone made in the same task is the same tree; a count that differs means the copy was changed first.
  if (copies.length !== matcher.index.elements.length) return null;
  return removeMatches(matcher, copies, opts, removals);
}

/** The elements under `root` in the order `indexTree` lists them (document order). */
export function copyElements(root: Element): Element[] {
  const out: Element[] = [];
  forEachElement(root, (el) => out.push(el));
  return out;
}

/**
 * The live page's rule matcher, handed from `clean()` to the in-place pass that follows it in the same
 * task: the page is indexed and each element's selectors matched once for both walks. Valid only while
 * the page is unchanged, so the caller makes one per task and drops it.
 */
export interface MatcherHandoff {
  matcher: RuleMatcher | null;
}

function removeMatches(
  matcher: RuleMatcher,
  targets: readonly Element[],
  opts: ApplyOptions,
  removals: Removal[],
): string[] {
  const removedTexts: string[] = [];
  const { index } = matcher;
  if (opts.measured) opts.measured.rootChars = index.allText.trim().length;
  const maxChars = Math.min(
    opts.maxRemovedChars,
    opts.maxRemovedShare === undefined ? Infinity : index.allText.trim().length * opts.maxRemovedShare,
  );
  const protect = opts.protectArticle
    ? findArticleCore(index, (i, name) => matcher.view(i).attr(name)).protect
    : null;

  for (let i = 0; i < index.elements.length;) {
    // The article itself is spared, but the rules look inside it.
    const hit = protect?.[i] ? null : matcher.match(i, maxChars);
    if (!hit) {
      i++;
      continue;
    }
    targets[i]!.remove();
    removedTexts.push(hit.text);
    removals.push({
      ruleId: hit.rule.id,
      family: hit.rule.family,
      stage: opts.stage,
      preview: preview(hit.text),
      textLength: hit.text.length,
    });
    i = index.ends[i]!;
  }
  return removedTexts;
}

/** Text-mode: which text rule, if any, removes this line (whitespace already collapsed). */
export function lineRule(line: string, rules: readonly CompiledRule[]): CompiledRule | null {
  for (const r of rules) {
    if (r.text && new RegExp(r.text.source, r.text.flags).test(line)) return r;
  }
  return null;
}
