import { selectorCheckFor } from '../rules/compile';
import { matchPage } from '../rules/match';
import { parseRuleList } from '../rules/parse';
import { hostMatches } from '../rules/remove';
import type { CompiledRule } from '../types';
import { COUNT_BUDGET_MS, MAX_COUNTED_RULES } from './limits';

/**
 * How many elements each of the reader's rules matches on a page, for the options page's rule editor.
 * Counts what the rule selects (selector, domains and text test), before the engine's guard spares an
 * element that holds the article: the editor tells the reader what the rule says, not what one cleaning
 * pass did with it.
 */

export interface RuleLineMatches {
  /** 1-based line in the reader's list. */
  line: number;
  /** Elements the rule matches on this page; null when the rule does not apply to this site. */
  count: number | null;
  /** Why there is no count, or what an exception rule does; null for an ordinary count. */
  note: string | null;
}

export { MAX_COUNTED_RULES };

/**
 * Counts for every valid rule line of `source` (blank, comment and invalid lines are left out). The
 * rules are matched in chunks, and once `budgetMs` has passed the rest are left uncounted (with a note
 * that says so): a long list on a large page keeps the tab busy for about that long at most.
 */
export function countRuleMatches(
  doc: Document,
  url: string,
  source: string,
  budgetMs: number = COUNT_BUDGET_MS,
  now: () => number = Date.now,
): RuleLineMatches[] {
  const deadline = now() + budgetMs;
  const host = hostOf(url);
  const root: ParentNode = doc.body ?? doc.documentElement;
  const lines = parseRuleList(source, selectorCheckFor(doc))
    .flatMap((line) => (line.kind === 'rule' ? [line] : []))
    .slice(0, MAX_COUNTED_RULES);
  const counted = lines.map((line) => line.rule).filter((rule) => appliesTo(rule, host));
  const counts = new Map<CompiledRule, number>();
  for (let start = 0; start < counted.length && now() < deadline; start += COUNT_CHUNK) {
    const chunk = counted.slice(start, start + COUNT_CHUNK);
    for (const rule of chunk) counts.set(rule, 0);
    for (const hits of matchPage(root, chunk).hits)
      for (const rule of hits) counts.set(rule, counts.get(rule)! + 1);
  }
  return lines.map(({ line, rule }) => {
    if (!appliesTo(rule, host))
      return { line, count: null, note: host ? `not for ${host}` : 'not for this page' };
    const count = counts.get(rule);
    if (count === undefined) return { line, count: null, note: 'not counted: counting took too long' };
    return { line, count, note: rule.exception ? 'exception: keeps what the same rule would hide' : null };
  });
}

/** Rules matched in one walk of the page between two looks at the clock. */
const COUNT_CHUNK = 100;

function appliesTo(rule: CompiledRule, host: string): boolean {
  return (
    (rule.includeDomains.length === 0 || rule.includeDomains.some((d) => hostMatches(host, d))) &&
    !rule.excludeDomains.some((d) => hostMatches(host, d))
  );
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return '';
  }
}
