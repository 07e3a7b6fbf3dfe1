/**
 * src/generated is the built-in rules worked out at build time (scripts/lib/generated.ts): current, and
 * the same rules as compiling src/rules on the spot.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withTextBound } from '../../../scripts/lib/builtin-rules';
import { GENERATED_FILES } from '../../../scripts/lib/generated';
import { splitSelectorList, safeInStylesheet } from '../../../src/core/inpage/css';
import { BUILTIN_RULES, compileBuiltinRules, BUILTIN_FAMILIES } from '../../../src/core/rules/compile';
import { BUILTIN_FAMILY_LABELS } from '../../../src/core/rules/families';
import { packGate, RULE_GATES, unpackGate } from '../../../src/core/rules/gates';
import { EARLY_RULES } from '../../../src/generated/early-rules';

const ROOT = join(import.meta.dirname, '../../..');

describe('src/generated', () => {
  it.each(GENERATED_FILES.map((f) => [f.path, f.render] as const))(
    '%s is what its generator writes from src/rules now (else: npm run gen:rules)',
    (path, render) => {
      expect(readFileSync(join(ROOT, path), 'utf8') === render(), `${path} is stale`).toBe(true);
    },
  );

  it('holds every built-in rule as compiling src/rules gives it, in order (without the line as written)', () => {
    const compiled = compileBuiltinRules();
    expect(BUILTIN_RULES.map((r) => r.id)).toEqual(compiled.map((r) => r.id));
    expect(BUILTIN_RULES).toEqual(compiled.map(({ raw: _raw, ...rule }) => withTextBound(rule)));
    expect(BUILTIN_FAMILY_LABELS).toEqual(BUILTIN_FAMILIES.map(({ family, label }) => ({ family, label })));
  });

  it('gives the early sheet every built-in selector rule and no text rule, each with its sheet selectors', () => {
    const plain = BUILTIN_RULES.filter((r) => !r.text);
    expect(EARLY_RULES.map((r) => r.id)).toEqual(plain.map((r) => r.id));
    expect(EARLY_RULES.every((r) => r.text === null)).toBe(true);
    for (const rule of EARLY_RULES) {
      expect(rule.selector).toBe(plain.find((p) => p.id === rule.id)!.selector);
      expect(rule.sheet, rule.id).toEqual(splitSelectorList(rule.selector).filter(safeInStylesheet));
    }
  });

  it('unpacks each gate to what it was packed from: the alternative is a piece of its selector list', () => {
    for (const [list, gates] of RULE_GATES) {
      let from = 0;
      for (const gate of gates) {
        const start = list.indexOf(gate.alternative, from);
        expect(start, gate.alternative).toBeGreaterThanOrEqual(0);
        from = start + gate.alternative.length;
        expect(unpackGate(list, packGate(list, start, gate))).toEqual(gate);
      }
    }
    expect(() => packGate('.a, .b', 0, { tags: ['b'], alternative: '.b', exact: false })).toThrow(/not at 0/);
  });
});
