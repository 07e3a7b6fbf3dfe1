/**
 * `npm run gen:rules`: writes src/rules/facts.generated.ts, the pattern facts (pattern-facts.ts) of
 * every built-in text rule. Working them out takes a cold page longer than the regex compiling they
 * save, so the build carries them; test/core/rules/pattern-facts.test.ts fails when the file is stale.
 * `--check` only compares, and exits 1 when the file is out of date.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { renderFactsModule } from '../src/core/rules/facts-source';

const target = resolve(import.meta.dirname, '../src/rules/facts.generated.ts');
const fresh = renderFactsModule();
if (process.argv.includes('--check')) {
  const current = readFileSync(target, 'utf8');
  if (current !== fresh) {
    process.stderr.write('src/rules/facts.generated.ts is out of date: run npm run gen:rules\n');
    process.exit(1);
  }
} else {
  writeFileSync(target, fresh);
  process.stdout.write(`wrote ${target}\n`);
}
