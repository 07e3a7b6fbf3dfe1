import type { CompiledRule, Removal, RemovalStage } from '../types';
import { collapse, preview } from '../text';

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

export interface ApplyOptions {
  stage: RemovalStage;
  /**
   * An element holding more than this many characters of text is never removed, whatever matched it:
   * the guard that keeps a too-broad rule from taking the article with it.
   */
  maxRemovedChars: number;
}

/**
 * Removes what the rules select under `root` and records each removal. Returns the removed elements'
 * texts (credit lines and disclaimers feed the attribution).
 */
export function applyRules(
  root: ParentNode,
  rules: readonly CompiledRule[],
  opts: ApplyOptions,
  removals: Removal[],
): string[] {
  const removedTexts: string[] = [];
  const remove = (el: Element, rule: CompiledRule, text: string) => {
    el.remove();
    removedTexts.push(text);
    removals.push({
      ruleId: rule.id,
      family: rule.family,
      stage: opts.stage,
      preview: preview(text),
      textLength: text.length,
    });
  };

  // Plain selectors: one query for all of them, then find which rule matched each element.
  const plain = rules.filter((r) => !r.text);
  if (plain.length > 0) {
    const matched = root.querySelectorAll(plain.map((r) => r.selector).join(','));
    for (const el of Array.from(matched)) {
      if (!el.isConnected && !root.contains(el)) continue; // inside something removed already
      const rule = plain.find((r) => el.matches(r.selector));
      if (!rule) continue;
      const text = collapse(el.textContent ?? '');
      if (text.length > opts.maxRemovedChars) continue;
      remove(el, rule, text);
    }
  }

  // Text rules: grouped by selector so each selector is queried once.
  const bySelector = new Map<string, { rule: CompiledRule; re: RegExp }[]>();
  for (const r of rules) {
    if (!r.text) continue;
    const list = bySelector.get(r.selector) ?? [];
    list.push({ rule: r, re: new RegExp(r.text.source, r.text.flags) });
    bySelector.set(r.selector, list);
  }
  for (const [selector, tests] of bySelector) {
    for (const el of Array.from(root.querySelectorAll(selector))) {
      if (!root.contains(el)) continue;
      const text = collapse(el.textContent ?? '');
      if (text.length > opts.maxRemovedChars) continue;
      const hit = tests.find((t) => t.re.test(text));
      if (hit) remove(el, hit.rule, text);
    }
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
