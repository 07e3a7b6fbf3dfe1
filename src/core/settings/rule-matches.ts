import { hostMatches } from '../rules/apply';
import { selectorCheckFor } from '../rules/compile';
import { parseRuleList } from '../rules/parse';
import { indexTree, textOf, type TreeIndex } from '../rules/tree';
import type { CompiledRule } from '../types';
import { MAX_COUNTED_RULES } from './limits';

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

/** Counts for every valid rule line of `source` (blank, comment and invalid lines are left out). */
export function countRuleMatches(doc: Document, url: string, source: string): RuleLineMatches[] {
  const host = hostOf(url);
  const root: ParentNode = doc.body ?? doc.documentElement;
  const lines = parseRuleList(source, selectorCheckFor(doc));
  let index: { tree: TreeIndex; at: Map<Element, number> } | null = null;
  const textIndex = () => {
    if (!index) {
      const tree = indexTree(root);
      index = { tree, at: new Map(tree.elements.map((el, i) => [el, i])) };
    }
    return index;
  };
  const out: RuleLineMatches[] = [];
  for (const line of lines) {
    if (line.kind !== 'rule') continue;
    if (out.length >= MAX_COUNTED_RULES) break;
    const rule = line.rule;
    if (!appliesTo(rule, host)) {
      out.push({ line: line.line, count: null, note: host ? `not for ${host}` : 'not for this page' });
      continue;
    }
    const count = countMatches(root, rule, textIndex);
    out.push({
      line: line.line,
      count,
      note: rule.exception ? 'exception: keeps what the same rule would hide' : null,
    });
  }
  return out;
}

function countMatches(
  root: ParentNode,
  rule: CompiledRule,
  textIndex: () => { tree: TreeIndex; at: Map<Element, number> },
): number {
  let found: Element[];
  try {
    found = Array.from(root.querySelectorAll(rule.selector));
  } catch {
    return 0; // a selector this DOM rejects matches nothing here
  }
  if (!rule.text) return found.length;
  const pattern = new RegExp(rule.text.source, rule.text.flags);
  const { tree, at } = textIndex();
  return found.filter((el) => {
    const i = at.get(el);
    return i !== undefined && pattern.test(textOf(tree, i));
  }).length;
}

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
