export * from './model';
export { MIGRATIONS, migrate, type Migration } from './migrations';
export {
  validateSettings,
  validateDetailed,
  type Repair,
  type ValidateOptions,
  type Validated,
} from './validate';
export {
  exportSettings,
  importSettings,
  SETTINGS_FORMAT,
  MAX_IMPORT_CHARS,
  type ImportResult,
} from './transfer';
export * from './rules';
export { countRuleMatches, MAX_COUNTED_RULES, type RuleLineMatches } from './rule-matches';
export { MAX_RULES_CHARS } from './limits';
export { originsToRelease } from './site-origins';
