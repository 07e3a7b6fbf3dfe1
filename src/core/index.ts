/**
 * The engine, as the shells (content script, popup, options, background, CLI) see it: clean a page or
 * a text dump, match and compile rules, and the shapes they return. The in-page layer, settings, sites,
 * export and zapper have their own modules (`core/inpage`, `core/settings`, …).
 */
export { clean, hostnameOf, DEFAULT_MAX_ELEMENTS } from './clean';
export { cleanText, type CleanTextOptions } from './text-mode';
export { BUILTIN_RULES, selectorCheckFor } from './rules/compile';
export { BUILTIN_FAMILY_LABELS, type FamilyLabel } from './rules/families';
export { matchPage, type PageMatch } from './rules/match';
export { rulesForHost } from './rules/remove';
export {
  formatRuleList,
  parseRuleLine,
  parseRuleList,
  type ParsedLine,
  type SelectorCheck,
} from './rules/parse';
export type * from './types';
export { errorText } from './error-text';
export { cleanContained } from './clean-contained';
