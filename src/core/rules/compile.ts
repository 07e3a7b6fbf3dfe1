import builtinFamilies from '../../rules/index';
import type { CompiledRule, RuleFamily } from '../types';
import { parseRuleLine, type SelectorCheck } from './parse';

/**
 * The built-in families as written (src/rules), for the build and the tests. What runs in the extension
 * reads them compiled (`BUILTIN_RULES`) and by name (`BUILTIN_FAMILY_LABELS`, rules/families.ts).
 */

/** The shape of a data file in src/rules. */
export interface RuleFamilyData {
  family: string;
  label: string;
  rules: Record<string, string>;
}

export const BUILTIN_FAMILIES: readonly RuleFamilyData[] = builtinFamilies;

/** A selector check backed by a DOM's own engine: whatever that engine accepts is valid. */
export function selectorCheckFor(doc: Document): SelectorCheck {
  const probe = doc.createDocumentFragment();
  return (selector) => {
    try {
      probe.querySelector(selector);
      return true;
    } catch {
      return false;
    }
  };
}

/**
 * Compiles the built-in families from src/rules (ids `family.key`, in family order). Their selectors
 * are not checked here: tests check every one in jsdom, Chromium and Firefox. A built-in rule that does
 * not parse is a bug in our data, so it throws rather than being skipped.
 */
export function compileBuiltinRules(): CompiledRule[] {
  const rules: CompiledRule[] = [];
  for (const fam of BUILTIN_FAMILIES) {
    for (const [key, raw] of Object.entries(fam.rules)) {
      const id = `${fam.family}.${key}`;
      const parsed = parseRuleLine(raw, {
        id,
        family: fam.family as RuleFamily,
        line: 0,
        isValidSelector: () => true,
      });
      if (parsed.kind !== 'rule')
        throw new Error(`built-in rule ${id} is invalid: ${'error' in parsed ? parsed.error : parsed.kind}`);
      rules.push(parsed.rule);
    }
  }
  return rules;
}

/**
 * Every built-in rule, compiled at build time (scripts/lib/builtin-rules.ts writes what
 * `compileBuiltinRules` returns into src/generated): a page load compiles nothing.
 */
export { BUILTIN_RULES } from '../../generated/builtin-rules';
