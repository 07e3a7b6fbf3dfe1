import { rulesForHost, type ScopedRule } from '../rules/remove';
import type { CompiledRule } from '../types';

/** The reader's exceptions on one site (settings' `SiteExceptions`, structurally). */
export interface InPageExceptions {
  /** Rules switched off here, by id. */
  ruleIds: readonly string[];
  /** Elements never hidden here, by selector. */
  selectors: readonly string[];
}

/** Rules ready for one page: scoped to its host, `#@#` and site exceptions applied, split by kind. */
export interface InPageRules<R extends ScopedRule = CompiledRule> {
  /** Selector-only rules: these can be a stylesheet. */
  plain: R[];
  /** `:has-text()` rules: they need the element's text, so they run on the DOM. */
  text: R[];
  /** Elements matching any of these are never hidden. */
  keepSelectors: string[];
  /** Whether a rule (of the host's list, which a page match may have been made with) is one of these. */
  applies: (rule: ScopedRule) => boolean;
}

/**
 * Rules that make sense on the engine's copy but not on the live page, with the reason:
 * - `hidden`: it keeps what the page hides out of the article text; on the live page that text is
 *   invisible already, and `aria-hidden` icons or `[hidden]` templates must keep their role.
 * - `navigation.skip-link`: "Skip to content" is visible only to keyboard users, who need it.
 */
const NOT_IN_PLACE_FAMILIES = new Set(['hidden']);
const NOT_IN_PLACE_RULES = new Set(['navigation.skip-link']);

/**
 * Rules that name a byline or date line. On the engine's copy they feed the attribution block; on the
 * live page the story's own lines (in its header, between headline and body) stay, since the page has
 * no attribution block to show them — the same lines elsewhere (a "First Published" stamp under the
 * story, dates in a list of teasers) go.
 */
export const STORY_LINE_RULES: ReadonlySet<string> = new Set([
  'bylines.date-line',
  'bylines.posted-by',
  'bylines.reading-time',
  'disclaimers.byline-line',
  'disclaimers.first-published',
]);

export function prepareInPageRules<R extends ScopedRule>(
  rules: readonly R[],
  hostname: string,
  exceptions?: InPageExceptions | null,
): InPageRules<R> {
  const off = new Set(exceptions?.ruleIds ?? []);
  const host = rulesForHost(rules, hostname);
  const active = host.filter(
    (r) => !NOT_IN_PLACE_FAMILIES.has(r.family) && !NOT_IN_PLACE_RULES.has(r.id) && !off.has(r.id),
  );
  const activeIds = new Set(active.map((r) => r.id));
  return {
    plain: active.filter((r) => !r.text),
    text: active.filter((r) => r.text),
    keepSelectors: [...(exceptions?.selectors ?? [])],
    applies: (r) => activeIds.has(r.id),
  };
}

const FOLLOWING = 4; // Node.DOCUMENT_POSITION_FOLLOWING, spelled out: core reads no globals

export function sortInDocumentOrder<T extends Node>(nodes: T[]): T[] {
  return nodes.sort((a, b) => (a === b ? 0 : a.compareDocumentPosition(b) & FOLLOWING ? -1 : 1));
}
