/**
 * `npm run gen:rules`: writes src/generated/rule-gates.ts, the built-in selectors' gates worked out at
 * build time (scripts/lib/rule-gates.ts). test/core/rules/gates.test.ts fails when the file is stale.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { renderRuleGates } from './lib/rule-gates';

const target = resolve(import.meta.dirname, '../src/generated/rule-gates.ts');
writeFileSync(target, renderRuleGates());
process.stdout.write(`wrote ${target}\n`);
