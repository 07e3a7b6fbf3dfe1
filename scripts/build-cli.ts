/**
 * Bundles the command line (src/cli/cleanwire.ts and the core it uses) into dist/cli/cleanwire.mjs for Node,
 * with every npm dependency left as an import (jsdom, dompurify, turndown, @mozilla/readability are installed
 * beside it by `npm ci`). Run with `npm run build:cli`; bin/cleanwire.mjs loads the result.
 *
 * CLEANWIRE_CLI_OUTDIR overrides the output folder (the CLI build test writes to a temporary one).
 */
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { build } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = resolve(root, process.env.CLEANWIRE_CLI_OUTDIR ?? 'dist/cli');

await build({
  root,
  configFile: false, // vite.config.ts describes the extension build, not this one
  logLevel: 'warn',
  build: {
    ssr: resolve(root, 'src/cli/cleanwire.ts'), // SSR mode: Node target, dependencies external
    target: 'node20',
    outDir,
    emptyOutDir: true,
    minify: false,
    sourcemap: true,
    copyPublicDir: false,
    rolldownOptions: {
      output: { format: 'es', entryFileNames: 'cleanwire.mjs' },
    },
  },
  ssr: { target: 'node' },
});

console.log(`cleanwire CLI built: ${outDir}/cleanwire.mjs`);
