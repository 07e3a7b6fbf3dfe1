#!/usr/bin/env node
// The package's `cleanwire` command: loads the bundled CLI, which `npm run build` (or `npm run build:cli`) writes.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const bundle = new URL('../dist/cli/cleanwire.mjs', import.meta.url);
if (!existsSync(fileURLToPath(bundle))) {
  const root = fileURLToPath(new URL('..', import.meta.url));
  process.stderr.write(
    `cleanwire: the command line is not built yet: run \`npm run build\` in ${root} first.\n`,
  );
  process.exit(1);
}
await import(bundle.href);
