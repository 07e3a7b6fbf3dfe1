import { BUILTIN_FACTS as GENERATED_FACTS } from '../../rules/facts.generated';
import builtinFamilies from '../../rules/index';
import type { CompiledRule, RuleFamily } from '../types';
import { parseRuleLine, type SelectorCheck } from './parse';
import type { PatternFacts } from './pattern-facts';

/** The shape of a data file in src/rules. */
export interface RuleFamilyData {
  family: string;
  label: string;
  rules: Record<string, string>;
}

export const BUILTIN_FAMILIES: readonly RuleFamilyData[] = builtinFamilies;

/** The pattern facts of the built-in text rules, worked out at build time (src/rules/facts.generated.ts). */
export type BuiltinFacts = Record<string, { length: number; flags: string; facts: PatternFacts }>;
const BUILTIN_FACTS: BuiltinFacts = GENERATED_FACTS;

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
      const text = parsed.rule.text;
      const known = BUILTIN_FACTS[id];
      if (text && known && known.length === text.source.length && known.flags === text.flags)
        text.facts = known.facts;
      rules.push(parsed.rule);
    }
  }
  builtinCache = { rules };
  return rules;
}
