import builtinFamilies from '../../rules/index';
import type { CompiledRule, RuleFamily } from '../types';
import { parseRuleLine, type SelectorCheck } from './parse';

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

let builtinCache: { rules: CompiledRule[] } | null = null;

/**
 * Compiles the built-in families (ids `family.key`). A built-in rule that does not parse is a bug in
 * our data, so it throws rather than being skipped; a test compiles them all.
 */
export function builtinRules(isValidSelector: SelectorCheck): CompiledRule[] {
  if (builtinCache) return builtinCache.rules;
  const rules: CompiledRule[] = [];
  for (const fam of BUILTIN_FAMILIES) {
    for (const [key, raw] of Object.entries(fam.rules)) {
      const id = `${fam.family}.${key}`;
      const parsed = parseRuleLine(raw, { id, family: fam.family as RuleFamily, line: 0, isValidSelector });
      if (parsed.kind !== 'rule')
        throw new Error(`built-in rule ${id} is invalid: ${'error' in parsed ? parsed.error : parsed.kind}`);
      rules.push(parsed.rule);
    }
  }
  builtinCache = { rules };
  return rules;
}
