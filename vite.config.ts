import { resolve } from 'node:path';
import type { UserConfig } from 'vite';
import { defineConfig } from 'vitest/config';

const ROOT = import.meta.dirname;

/**
 * The extension is built in six passes (`npm run build` runs them, see scripts/build.ts), one per mode:
 * - `pages`: the popup and options pages (ES modules, which extension pages may load) plus public/;
 * - `early`, `content`, `rule-matches`, `zapper` and `background`: each ONE classic script (IIFE). Content
 *   scripts cannot `import` (so each carries what it uses; src/content/early-state.ts passes values and
 *   functions between them at run time), and one classic background script serves both Chrome's service
 *   worker and Firefox's `background.scripts`.
 * Vitest uses the `test` section below (mode `test`).
 */
const SCRIPT_ENTRIES = {
  early: 'src/content/early.ts',
  content: 'src/content/index.ts',
  'rule-matches': 'src/content/rule-matches.ts',
  zapper: 'src/content/zapper.ts',
  background: 'src/background/index.ts',
} as const;

export type ExtensionBuildMode = 'pages' | keyof typeof SCRIPT_ENTRIES;

/** The classic scripts, each built as `<mode>.js` at the root of the extension. */
export const SCRIPT_MODES = Object.keys(SCRIPT_ENTRIES) as (keyof typeof SCRIPT_ENTRIES)[];

function extensionBuild(mode: ExtensionBuildMode, outDir: string): UserConfig {
  const shared: UserConfig = {
    logLevel: 'warn',
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  };
  if (mode === 'pages') {
    return {
      ...shared,
      root: resolve(ROOT, 'src'),
      base: '/',
      publicDir: resolve(ROOT, 'public'),
      build: {
        outDir,
        emptyOutDir: true,
        target: ['chrome120', 'firefox140'],
        modulePreload: { polyfill: false },
        sourcemap: false,
        rollupOptions: {
          output: {
            // the lazily loaded copy formatters and story memory vs. the code both pages share (Preact, the polyfill)
            chunkFileNames: (chunk) =>
              chunk.isDynamicEntry
                ? `assets/${chunk.name === 'StoryCopies' ? 'story' : 'export'}-[hash].js`
                : 'assets/shared-[hash].js',
          },
          input: {
            popup: resolve(ROOT, 'src/popup/popup.html'),
            options: resolve(ROOT, 'src/options/options.html'),
          },
        },
      },
    };
  }
  return {
    ...shared,
    publicDir: false,
    build: {
      outDir,
      emptyOutDir: false,
      target: ['chrome120', 'firefox140'],
      minify: true,
      sourcemap: false,
      lib: {
        entry: resolve(ROOT, SCRIPT_ENTRIES[mode]),
        formats: ['iife'],
        name: `cleanwire_${mode.replace(/\W/g, '_')}`,
        fileName: () => `${mode}.js`,
      },
    },
  };
}

function isExtensionBuildMode(mode: string): mode is ExtensionBuildMode {
  return mode === 'pages' || Object.hasOwn(SCRIPT_ENTRIES, mode);
}

export default defineConfig(({ mode }) => {
  if (mode !== 'test' && mode !== 'development' && !isExtensionBuildMode(mode))
    throw new Error(`vite.config.ts: unknown mode "${mode}". Build the extension with \`npm run build\`.`);
  return {
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
    ...(isExtensionBuildMode(mode)
      ? extensionBuild(mode, process.env.CLEANWIRE_OUT_DIR ?? resolve(ROOT, 'dist/chrome'))
      : {}),
    // Unit tests run in Node; test files that need a DOM say so with `// @vitest-environment jsdom`
    // or build their own JSDOM (core takes the Document as an argument, so most do the latter).
    test: {
      include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
      exclude: ['test/e2e/**', 'node_modules/**'],
      environment: 'node',
      testTimeout: 20000,
    },
  };
});
