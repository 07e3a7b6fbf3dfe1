import { preview } from '../text';
import type { CompiledRule, Removal, RemovalStage } from '../types';
import { findArticleCore } from './guard';
import { matchPage, type PageMatch } from './match';
import { forEachElement, textLength, textOf } from './tree';

/** What scoping a rule to a host reads of it (a CompiledRule is one; so is an early-sheet rule). */
export type ScopedRule = Pick<
  CompiledRule,
  'id' | 'family' | 'includeDomains' | 'excludeDomains' | 'selector' | 'text' | 'exception'
>;

/** Rules that apply on this host, with `#@#` exceptions already taken out. */
export function rulesForHost<R extends ScopedRule>(rules: readonly R[], hostname: string): R[] {
  const host = hostname.toLowerCase();
  const applies = (r: R) =>
    (r.includeDomains.length === 0 || r.includeDomains.some((d) => hostMatches(host, d))) &&
    !r.excludeDomains.some((d) => hostMatches(host, d));
  const active = rules.filter(applies);
  const cancelled = new Set(active.filter((r) => r.exception).map(ruleKey));
  return active.filter((r) => !r.exception && !cancelled.has(ruleKey(r)));
}

export function hostMatches(host: string, domain: string): boolean {
  return host === domain || host.endsWith('.' + domain);
}

function ruleKey(r: ScopedRule): string {
  return r.selector + '\u0000' + (r.text ? r.text.source + '/' + r.text.flags : '');
}

/**
 * The guard that keeps a too-broad rule from taking the article with it: whatever matched it, an
 * element is spared (and the rules look inside it instead) when it holds more than `maxRemovedShare`
 * of the root's text, or, with `protectArticle`, when it is or holds the article core (guard.ts).
 */
export interface RemovalGuard {
  maxRemovedShare?: number;
  protectArticle?: boolean;
}

/** What a removal pass takes out of a matched tree. */
export interface RemovalPlan {
  /** Indices into the match's index of the elements to remove: outermost only, in document order. */
  picks: number[];
  removals: Removal[];
  /** The removed elements' texts (credit lines and disclaimers feed the attribution). */
  removedTexts: string[];
}

/**
 * Decides what the rules remove under the match's root (not the root itself). Elements are asked in
 * document order and a picked element's subtree is skipped, so the outermost match wins and nothing is
 * recorded twice; the first rule in priority order that `accepts` names the element.
 */
export function planRemovals(
  match: PageMatch,
  stage: RemovalStage,
  guard: RemovalGuard = {},
  accepts: (rule: CompiledRule) => boolean = () => true,
): RemovalPlan {
  const { index, hits } = match;
  const plan: RemovalPlan = { picks: [], removals: [], removedTexts: [] };
  const maxChars =
    guard.maxRemovedShare === undefined ? Infinity : index.allText.trim().length * guard.maxRemovedShare;
  const protect = guard.protectArticle
    ? findArticleCore(index, (i, name) => index.elements[i]!.getAttribute(name)).protect
    : null;
  for (let i = 0; i < index.elements.length;) {
    // The article itself is spared, but the rules look inside it. (The text length is an upper bound
    // of the trimmed text's, at most 2 more.)
    const rule = protect?.[i] || textLength(index, i) > maxChars + 2 ? undefined : hits[i]!.find(accepts);
    const text = rule ? textOf(index, i) : '';
    if (!rule || text.length > maxChars) {
      i++;
      continue;
    }
    plan.picks.push(i);
    plan.removedTexts.push(text);
    plan.removals.push({
      ruleId: rule.id,
      family: rule.family,
      stage,
      preview: preview(text),
      textLength: text.length,
    });
    i = index.ends[i]!;
  }
  return plan;
}

/** Matches the rules under `root` and removes what they select there; returns the plan carried out. */
export function removeMatches(
  root: Element,
  rules: readonly CompiledRule[],
  stage: RemovalStage,
  guard: RemovalGuard = {},
): RemovalPlan {
  const match = matchPage(root, rules);
  const plan = planRemovals(match, stage, guard);
  for (const i of plan.picks) match.index.elements[i]!.remove();
  return plan;
}

/** The elements under `root` in the order a match's index lists them (document order). */
export function elementsOf(root: Element): Element[] {
  const out: Element[] = [];
  forEachElement(root, (el) => out.push(el));
  return out;
}
