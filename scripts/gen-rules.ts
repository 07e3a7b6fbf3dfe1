/**
 * `npm run gen:rules`: writes src/generated/ from src/rules — the built-in rules compiled, the early
 * sheet's selector rules and the selectors' gates, all worked out at build time (scripts/lib/generated.ts).
 * test/core/rules/generated.test.ts fails when a file there is stale.
 */
import { GENERATED_FILES, refreshGenerated } from './lib/generated';

const rewritten = refreshGenerated();
for (const { path } of GENERATED_FILES)
  process.stdout.write(`${rewritten.includes(path) ? 'wrote' : 'unchanged'} ${path}\n`);
