/**
 * `npm run build`: the extension for Chrome (dist/chrome) and Firefox (dist/firefox) from the one source,
 * then the CLI (`npm run build:cli`) when that script exists. Prints bundle sizes, and fails when one of
 * the size budgets (scripts/lib/budgets.ts) is exceeded.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { Script } from 'node:vm';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { MARKER_CSS } from '../src/core/inpage/css';
import { checkBudgets, extensionBudgets, formatBudget, pageFirstBundle } from './lib/budgets';
import { refreshGenerated } from './lib/generated';
import { SCRIPT_MODES } from '../vite.config';
import { browserManifest, testManifest, type Manifest } from './manifest';

const ROOT = resolve(import.meta.dirname, '..');
const DIST = resolve(ROOT, 'dist');
const CHROME = join(DIST, 'chrome');
const FIREFOX = join(DIST, 'firefox');
/** dist/chrome plus host permission for 127.0.0.1: what the e2e tests load (see testManifest). */
const CHROME_E2E = join(DIST, 'chrome-e2e');

async function buildExtension(outDir: string): Promise<void> {
  for (const mode of ['pages', ...SCRIPT_MODES] as const) {
    process.env.CLEANWIRE_OUT_DIR = outDir;
    await build({ configFile: resolve(ROOT, 'vite.config.ts'), mode });
  }
  // Vite writes the pages where they sit under src/ (popup/popup.html, options/options.html): as the manifest expects.
  for (const file of SCRIPT_MODES.map((mode) => `${mode}.js`)) {
    const code = readFileSync(join(outDir, file), 'utf8');
    // Compiling as a classic script throws on any `import`/`export`: content scripts cannot load modules.
    new Script(code, { filename: file });
  }
  // The stylesheet that hides marked blocks, as a file: registered with the auto-clean content script
  // and inserted for "Clean this page", so page CSP (which can refuse a <style>) cannot block it.
  mkdirSync(join(outDir, 'inpage'), { recursive: true });
  writeFileSync(join(outDir, 'inpage', 'marker.css'), MARKER_CSS);
}

function writeManifests(): void {
  const source = JSON.parse(readFileSync(resolve(ROOT, 'manifest.json'), 'utf8')) as Manifest;
  const pkg = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')) as { version: string };
  if (source.version !== pkg.version)
    throw new Error(`manifest.json version ${source.version} differs from package.json ${pkg.version}`);
  for (const [dir, target] of [
    [CHROME, 'chrome'],
    [FIREFOX, 'firefox'],
  ] as const) {
    writeFileSync(
      join(dir, 'manifest.json'),
      JSON.stringify(browserManifest(source, target), null, 2) + '\n',
    );
  }
  writeFileSync(
    join(CHROME_E2E, 'manifest.json'),
    JSON.stringify(testManifest(browserManifest(source, 'chrome')), null, 2) + '\n',
  );
}

/** Prints every script, stylesheet and page with its size; returns the gzipped sizes by path. */
function sizes(dir: string): Map<string, number> {
  const rows: Array<[string, number, number]> = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.(js|css|html)$/.test(name)) {
        const buf = readFileSync(p);
        rows.push([relative(dir, p), buf.length, gzipSync(buf, { level: 9 }).length]);
      }
    }
  };
  walk(dir);
  rows.sort((a, b) => b[1] - a[1]);
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`.padStart(9);
  console.log('\nbundle sizes (dist/chrome; raw, gzip -9):');
  for (const [file, raw, gz] of rows) console.log(`  ${file.padEnd(34)}${kb(raw)}${kb(gz)}`);
  return new Map(rows.map(([file, , gz]) => [file, gz]));
}

/** Prints the size budgets; false when one is exceeded. */
function budgetsMet(dir: string, gzipSizes: Map<string, number>): boolean {
  const popup = 'popup/popup.html';
  const results = checkBudgets(
    gzipSizes,
    extensionBudgets(pageFirstBundle(popup, readFileSync(join(dir, popup), 'utf8'))),
  );
  console.log('\nsize budgets (gzip -9):');
  for (const r of results) console.log(formatBudget(r));
  return results.every((r) => r.ok);
}

function buildCli(): void {
  const pkg = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')) as {
    scripts?: Record<string, string>;
  };
  if (!pkg.scripts?.['build:cli']) {
    console.log('\n(no build:cli script yet: the CLI is not built)');
    return;
  }
  execFileSync('npm', ['run', '--silent', 'build:cli'], { cwd: ROOT, stdio: 'inherit' });
}

const started = Date.now();
// The built-in rules ship compiled, with their gates and early-sheet selectors (src/generated, `npm run
// gen:rules`): rewritten here when src/rules changed, so a build never carries stale ones.
for (const path of refreshGenerated())
  console.log(`rewrote ${path} (the rules in src/rules changed): commit it`);
rmSync(CHROME, { recursive: true, force: true });
rmSync(FIREFOX, { recursive: true, force: true });
rmSync(CHROME_E2E, { recursive: true, force: true });
await buildExtension(CHROME);
cpSync(CHROME, FIREFOX, { recursive: true });
cpSync(CHROME, CHROME_E2E, { recursive: true });
writeManifests();
const withinBudgets = budgetsMet(CHROME, sizes(CHROME));
buildCli();
console.log(`\nbuilt dist/chrome and dist/firefox in ${((Date.now() - started) / 1000).toFixed(1)} s`);
if (!withinBudgets) {
  console.error('\nbuild failed: a size budget is exceeded (scripts/lib/budgets.ts)');
  process.exit(1);
}
