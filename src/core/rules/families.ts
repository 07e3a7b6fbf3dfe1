/** A built-in rule family as the settings and the options page name it (src/rules, compiled at build time). */
export interface FamilyLabel {
  family: string;
  label: string;
}

export { BUILTIN_FAMILY_LABELS } from '../../generated/builtin-rules';
