/**
 * `npm run gen:rules`: writes src/rules/builtin.generated.ts, the built-in rules compiled at build time
 * with their pattern facts and early-stylesheet selectors (src/core/rules/builtin-source.ts). A cold
 * page would spend ~10 ms at document_start working them out; test/rules/builtin.test.ts fails when the
 * file is stale.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { renderBuiltinModule } from '../src/core/rules/builtin-source';

const target = resolve(import.meta.dirname, '../src/rules/builtin.generated.ts');
writeFileSync(target, renderBuiltinModule());
process.stdout.write(`wrote ${target}\n`);
