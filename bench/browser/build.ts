import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'vite';

const ROOT = resolve(import.meta.dirname, '../..');

/**
 * Bundles bench/browser/page/entry.ts (the in-page benchmark: core in-page code, the engine and
 * Readability) into one classic script, built like the extension's content script (vite.config.ts:
 * IIFE, minified, same targets), into `outDir` — never dist/. Returns the script's text. Unminified
 * (`minify: false`) for a CPU profile with readable names.
 */
export async function buildPageScript(outDir: string, options: { minify?: boolean } = {}): Promise<string> {
  await build({
    configFile: false,
    root: ROOT,
    logLevel: 'warn',
    publicDir: false,
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      outDir,
      emptyOutDir: true,
      target: ['chrome120'],
      minify: options.minify ?? true,
      sourcemap: false,
      lib: {
        entry: join(ROOT, 'bench/browser/page/entry.ts'),
        formats: ['iife'],
        name: 'cleanwireInPageBench',
        fileName: () => 'inpage.js',
      },
    },
  });
  return readFileSync(join(outDir, 'inpage.js'), 'utf8');
}
