/**
 * `npm start`: builds the extension, serves the bundled demo news page on 127.0.0.1 and opens Chromium
 * with Cleanwire loaded on it. Without a display (or in CI) it prints how to load the build by hand and
 * exits instead of waiting.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const DEMO_DIR = join(ROOT, 'test/fixtures/e2e');
const CHROME_DIR = join(ROOT, 'dist/chrome');
const FIREFOX_DIR = join(ROOT, 'dist/firefox');

function loadByHand(reason: string, demoUrl: string | null): void {
  console.log(`
${reason}

Load Cleanwire by hand:
  Chrome / Chromium / Edge: open chrome://extensions, turn on "Developer mode",
    click "Load unpacked" and choose ${CHROME_DIR}
  Firefox (140 or later): open about:debugging#/runtime/this-firefox, click "Load Temporary Add-on…"
    and choose ${join(FIREFOX_DIR, 'manifest.json')}
    (or: npx web-ext run --source-dir dist/firefox)

Then open a news article${demoUrl ? ` (the demo page: ${demoUrl})` : ` (the demo page is ${join(DEMO_DIR, 'demo.html')})`}
and click the Cleanwire button in the toolbar, or press Alt+Shift+R.`);
}

function findChromium(): string | null {
  const candidates = [
    process.env.CHROMIUM_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/snap/bin/chromium',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
  ];
  return candidates.find((p): p is string => !!p && existsSync(p)) ?? null;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

function serveDemo(): Promise<http.Server> {
  const server = http.createServer((req, res) => {
    const path = normalize(join(DEMO_DIR, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)));
    if (!path.startsWith(DEMO_DIR + '/') || !existsSync(path)) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' });
    res.end(readFileSync(path));
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

execFileSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, stdio: 'inherit' });

const hasDisplay = process.platform !== 'linux' || !!process.env.DISPLAY || !!process.env.WAYLAND_DISPLAY;
if (process.env.CI || !hasDisplay) {
  loadByHand('No display here (or running in CI): not opening a browser.', null);
  process.exit(0);
}

const chromium = findChromium();
const server = await serveDemo();
const demoUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/demo.html`;
if (!chromium) {
  // Google Chrome (137+) ignores --load-extension, so only Chromium is started automatically.
  loadByHand('Chromium was not found (set CHROMIUM_PATH to use another build).', demoUrl);
  console.log('\nServing the demo page until you press Ctrl+C.');
} else {
  const profile = mkdtempSync(join(tmpdir(), 'cleanwire-start-'));
  console.log(`Opening ${demoUrl} in ${chromium} with Cleanwire loaded.
Click the puzzle-piece icon → Cleanwire (pin it to keep it in the toolbar), or press Alt+Shift+R.
Close the browser to stop.`);
  const browser = spawn(
    chromium,
    [
      `--user-data-dir=${profile}`,
      `--disable-extensions-except=${CHROME_DIR}`,
      `--load-extension=${CHROME_DIR}`,
      '--no-first-run',
      '--no-default-browser-check',
      demoUrl,
    ],
    { stdio: 'ignore' },
  );
  browser.on('exit', () => {
    server.close();
    rmSync(profile, { recursive: true, force: true });
    process.exit(0);
  });
}
