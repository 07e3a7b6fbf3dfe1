/**
 * `npm run gen:rules`: writes src/rules/facts.generated.ts, the pattern facts (pattern-facts.ts) of
 * every built-in text rule. Working them out takes a cold page longer than the regex compiling they
 * save, so the build carries them; test/core/rules/pattern-facts.test.ts fails when the file is stale.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { renderFactsModule } from '../src/core/rules/facts-source';

const target = resolve(import.meta.dirname, '../src/rules/facts.generated.ts');
writeFileSync(target, renderFactsModule());
process.stdout.write(`wrote ${target}\n`);
