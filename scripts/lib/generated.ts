/**
 * Every file under src/generated, with the function that writes it from src/rules. `npm run gen:rules`
 * writes them all; `npm run build` rewrites the stale ones first, so a build never carries stale data;
 * test/core/rules/generated.test.ts fails when a committed one is stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { renderBuiltinRules, renderEarlyRules } from './builtin-rules';
import { renderRuleGates } from './rule-gates';

const ROOT = resolve(import.meta.dirname, '../..');

export const GENERATED_FILES: ReadonlyArray<{ path: string; render: () => string }> = [
  { path: 'src/generated/rule-gates.ts', render: renderRuleGates },
  { path: 'src/generated/builtin-rules.ts', render: renderBuiltinRules },
  { path: 'src/generated/early-rules.ts', render: renderEarlyRules },
];

/** Rewrites the generated files whose text is not what their generator writes now; returns their paths. */
export function refreshGenerated(): string[] {
  const rewritten: string[] = [];
  for (const { path, render } of GENERATED_FILES) {
    const target = resolve(ROOT, path);
    const fresh = render();
    let current = '';
    try {
      current = readFileSync(target, 'utf8');
    } catch {
      // not written yet
    }
    if (current === fresh) continue;
    writeFileSync(target, fresh);
    rewritten.push(path);
  }
  return rewritten;
}
