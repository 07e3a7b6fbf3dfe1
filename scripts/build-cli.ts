/**
 * Bundles the command line (src/cli/cleanwire.ts and the core it uses) into dist/cli/cleanwire.mjs for Node,
 * and `cleanwire group`'s worker thread (src/cli/group-worker.ts) into dist/cli/group-worker.mjs beside it
 * (src/cli/pool.ts looks for it there), with the code both use in a shared chunk in the same folder;
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
    ssr: true, // SSR mode: Node target, dependencies external
    target: 'node20',
    outDir,
    emptyOutDir: true,
    minify: false,
    sourcemap: true,
    copyPublicDir: false,
    rolldownOptions: {
      input: {
        cleanwire: resolve(root, 'src/cli/cleanwire.ts'),
        'group-worker': resolve(root, 'src/cli/group-worker.ts'),
      },
      output: { format: 'es', entryFileNames: '[name].mjs', chunkFileNames: '[name]-[hash].mjs' },
    },
  },
  ssr: { target: 'node' },
});

console.log(`cleanwire CLI built: ${outDir}/cleanwire.mjs`);
