import { BUILTIN_RULES } from '../../rules/builtin.generated';
import builtinFamilies from '../../rules/index';
import type { CompiledRule, RuleFamily } from '../types';
import type { GeneratedRule } from './builtin-source';
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

let builtinCache: CompiledRule[] | null = null;

/**
 * The built-in families as rules (ids `family.key`), in family order. Normally the list the build
 * compiled (src/rules/builtin.generated.ts): parsing and checking 69 rules, working out their pattern
 * facts and splitting their selectors for the early stylesheet costs a cold page ~10 ms at
 * document_start. Should that file not match the data (a rule added, removed or changed in length
 * since `npm run gen:rules` last ran), the rules are compiled here instead.
 */
export function builtinRules(isValidSelector: SelectorCheck): CompiledRule[] {
  builtinCache ??= fromGenerated() ?? compileBuiltinRules(isValidSelector);
  return builtinCache;
}

/** The generated rules with their lines from src/rules, or null when they do not match the data. */
export function fromGenerated(
  generatedRules: readonly GeneratedRule[] = BUILTIN_RULES,
): CompiledRule[] | null {
  const rules: CompiledRule[] = [];
  for (const fam of BUILTIN_FAMILIES) {
    for (const [key, line] of Object.entries(fam.rules)) {
      const generated = generatedRules[rules.length];
      const raw = line.trim();
      if (!generated || generated.id !== `${fam.family}.${key}` || generated.rawLength !== raw.length)
        return null;
      const { rawLength: _, ...rule } = generated;
      rules.push({ ...rule, raw });
    }
  }
  return rules.length === generatedRules.length ? rules : null;
}

/**
 * Compiles the built-in families from src/rules. A built-in rule that does not parse is a bug in our
 * data, so it throws rather than being skipped; a test compiles them all.
 */
export function compileBuiltinRules(isValidSelector: SelectorCheck): CompiledRule[] {
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
  return rules;
}
