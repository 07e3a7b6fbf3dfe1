import { rulesForHost } from '../rules/apply';
import type { CompiledRule } from '../types';

/** The reader's exceptions on one site (settings' `SiteExceptions`, structurally). */
export interface InPageExceptions {
  /** Rules switched off here, by id. */
  ruleIds: readonly string[];
  /** Elements never hidden here, by selector. */
  selectors: readonly string[];
}

/** Rules ready for one page: scoped to its host, `#@#` and site exceptions applied, split by kind. */
export interface InPageRules {
  /** Selector-only rules: these can be a stylesheet. */
  plain: CompiledRule[];
  /** `:has-text()` rules: they need the element's text, so they run on the DOM. */
  text: CompiledRule[];
  /** Elements matching any of these are never hidden. */
  keepSelectors: string[];
  /**
   * The list the DOM passes match with: the host's rules exactly as `clean()` matches them, so the
   * engine's prepared matcher and compiled text patterns are reused (compiling a pattern is the
   * costliest step of a cold page in a browser). `applies` leaves out the rest.
   */
  matcherRules: readonly CompiledRule[];
  /** Whether a rule of `matcherRules` is one of `plain` / `text`. */
  applies: (rule: CompiledRule) => boolean;
}

/**
 * Rules that make sense on the engine's copy but not on the live page, with the reason:
 * - `hidden`: it keeps what the page hides out of the article text; on the live page that text is
 *   invisible already, and `aria-hidden` icons or `[hidden]` templates must keep their role.
 * - `disclaimers`: bylines, "First Published" dates and credit lines leave the body to feed the
 *   attribution block — which the popup and exports show, but the live page has not. Hidden in place,
 *   the reader would lose them. (A per-rule `inPlace` flag in the rule data would let the
 *   "auto-generated from a syndicated feed" note go in place too.)
 * - `navigation.skip-link`: "Skip to content" is visible only to keyboard users, who need it.
 */
const NOT_IN_PLACE_FAMILIES = new Set(['hidden', 'disclaimers']);
const NOT_IN_PLACE_RULES = new Set(['navigation.skip-link']);

export function prepareInPageRules(
  rules: readonly CompiledRule[],
  hostname: string,
  exceptions?: InPageExceptions | null,
): InPageRules {
  const off = new Set(exceptions?.ruleIds ?? []);
  const host = rulesForHost(rules, hostname);
  const active = host.filter(
    (r) => !NOT_IN_PLACE_FAMILIES.has(r.family) && !NOT_IN_PLACE_RULES.has(r.id) && !off.has(r.id),
  );
  // Asked for every rule an element's selectors match: one lookup rather than three. By id, since the
  // matcher's cached list may hold equal rules compiled earlier (see prepareRules).
  const activeIds = new Set(active.map((r) => r.id));
  return {
    plain: active.filter((r) => !r.text),
    text: active.filter((r) => r.text),
    keepSelectors: [...(exceptions?.selectors ?? [])],
    matcherRules: host,
    applies: (r) => activeIds.has(r.id),
  };
}

/** `el.matches` that treats a selector this DOM rejects as no match (user data may come from another engine). */
export function safeMatches(el: Element, selector: string): boolean {
  try {
    return el.matches(selector);
  } catch {
    return false;
  }
}

const FOLLOWING = 4; // Node.DOCUMENT_POSITION_FOLLOWING, spelled out: core reads no globals

export function sortInDocumentOrder<T extends Node>(nodes: T[]): T[] {
  return nodes.sort((a, b) => (a === b ? 0 : a.compareDocumentPosition(b) & FOLLOWING ? -1 : 1));
}
