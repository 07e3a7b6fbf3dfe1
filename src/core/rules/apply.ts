import type { CompiledRule, Removal, RemovalStage } from '../types';
import { preview } from '../text';
import { findArticleCore } from './guard';
import { compileSelector, ElementView, type ElementTest } from './select';
import { indexTree } from './tree';

/** Rules that apply on this host, with `#@#` exceptions already taken out. */
export function rulesForHost(rules: readonly CompiledRule[], hostname: string): CompiledRule[] {
  const host = hostname.toLowerCase();
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
}

export interface PreparedRule {
  rule: CompiledRule;
  matches: ElementTest;
  text: RegExp | null;
}

const compiledSelectors = new Map<string, ElementTest | null>();

/** The rule's selector as a test: compiled when it is in the fast subset, else the DOM's own answer. */
export function prepareRule(root: ParentNode, rule: CompiledRule): PreparedRule {
  let test = compiledSelectors.get(rule.selector);
  if (test === undefined) {
    test = compileSelector(rule.selector);
    compiledSelectors.set(rule.selector, test);
  }
  if (!test) {
    let found: Set<Element>;
    try {
      found = new Set(Array.from(root.querySelectorAll(rule.selector)));
    } catch {
      found = new Set(); // a selector this DOM rejects matches nothing here
    }
    test = (v) => found.has(v.el);
  }
  return { rule, matches: test, text: rule.text ? new RegExp(rule.text.source, rule.text.flags) : null };
}

/**
 * Removes what the rules select under `root` (not `root` itself) and records each removal. Returns the
 * removed elements' texts (credit lines and disclaimers feed the attribution).
 *
 * Elements are asked in document order and a removed element's subtree is skipped, so the outermost
 * match wins and nothing is recorded twice. Selector-only rules are asked before text rules, each group
 * in list order.
 */
export function applyRules(
  root: ParentNode,
  rules: readonly CompiledRule[],
  opts: ApplyOptions,
  removals: Removal[],
): string[] {
  const removedTexts: string[] = [];
  if (rules.length === 0) return removedTexts;
  const prepared = rules.map((r) => prepareRule(root, r));
  const plain = prepared.filter((p) => !p.text);
  const textual = prepared.filter((p) => p.text);
  const index = indexTree(root);
  const { elements, ends, texts } = index;
  const maxChars = Math.min(
    opts.maxRemovedChars,
    opts.maxRemovedShare === undefined ? Infinity : index.rootText.trim().length * opts.maxRemovedShare,
  );
  const views: ElementView[] = [];
  const view = (i: number) => (views[i] ??= new ElementView(elements[i]!));
  const protect = opts.protectArticle ? findArticleCore(index, (i, name) => view(i).attr(name)).protect : null;

  const decide = (i: number): { rule: CompiledRule; text: string } | null => {
    const spaced = texts[i]!;
    // Too much text for clutter: spare it, but let the rules look inside. (Trimming drops at most 2.)
    if (spaced.length - 2 > maxChars || protect?.[i]) return null;
    const v = view(i);
    for (const p of plain) {
      if (!p.matches(v)) continue;
      const text = spaced.trim();
      return text.length > maxChars ? null : { rule: p.rule, text };
    }
    let text: string | null = null;
    for (const p of textual) {
      if (!p.matches(v)) continue;
      text ??= spaced.trim();
      if (text.length > maxChars) return null;
      if (p.text!.test(text)) return { rule: p.rule, text };
    }
    return null;
  };

  for (let i = 0; i < elements.length; ) {
    const el = elements[i]!;
    const hit = decide(i);
    if (!hit) {
      i++;
      continue;
    }
    el.remove();
    removedTexts.push(hit.text);
    removals.push({
      ruleId: hit.rule.id,
      family: hit.rule.family,
      stage: opts.stage,
      preview: preview(hit.text),
      textLength: hit.text.length,
    });
    i = ends[i]!;
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
