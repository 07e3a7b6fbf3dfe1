/**
 * `npm run package`: store-ready zips of the built extension (run `npm run build` first):
 * dist/packages/cleanwire-chrome-<version>.zip and dist/packages/cleanwire-firefox-<version>.zip.
 * web-ext (already a dev dependency for `lint:firefox`) does the zipping for both.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const OUT = join(ROOT, 'dist/packages');
const { version } = JSON.parse(readFileSync(join(ROOT, 'manifest.json'), 'utf8')) as { version: string };

for (const target of ['chrome', 'firefox'] as const) {
  const source = join(ROOT, 'dist', target);
  if (!existsSync(join(source, 'manifest.json'))) {
    console.error(`dist/${target} is missing: run \`npm run build\` first.`);
    process.exit(1);
  }
  const filename = `cleanwire-${target}-${version}.zip`;
  execFileSync(
    process.execPath,
    [
      join(ROOT, 'node_modules/web-ext/bin/web-ext.js'),
      'build',
      '--source-dir',
      source,
      '--artifacts-dir',
      OUT,
      '--filename',
      filename,
      '--overwrite-dest',
      '--no-config-discovery',
    ],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
  console.log(`dist/packages/${filename}  ${(statSync(join(OUT, filename)).size / 1024).toFixed(1)} KB`);
}
