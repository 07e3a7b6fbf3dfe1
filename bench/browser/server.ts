import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { QUIET_CHROMIUM_FLAGS } from '../../scripts/lib/chromium-flags';
import type { CorpusPage } from './pages';
import { insertAtDocumentStart, readPage } from './pages';
import type { PageConfig } from './protocol';

/** Chromium's flags for the benchmark's runs: nothing of its own on the network. */
export const BENCH_CHROMIUM_ARGS = [
  ...QUIET_CHROMIUM_FLAGS,
  // Anything that is not 127.0.0.1 (loopback always bypasses the proxy) goes to a closed port.
  '--proxy-server=http://127.0.0.1:9',
];

export interface BenchServer {
  origin: string;
  /** The address of page `i` (its index in the list the server was started with). */
  pageUrl(i: number): string;
  close(): Promise<void>;
}

/**
 * Serves the corpus pages on 127.0.0.1, each with the benchmark's two scripts at document start, and
 * nothing else (every other path is a 404). The page's headers keep it to itself:
 * - CSP: only our two scripts run (the archived pages' own scripts would fetch, write and navigate
 *   in ways no two runs repeat); every subresource is same-origin or `data:`, so nothing leaves;
 * - COOP + COEP: the page is cross-origin isolated, which gives `performance.now()` 5 µs resolution.
 */
export async function startBenchServer(
  pages: readonly CorpusPage[],
  pageScript: string,
  configOf: (i: number) => PageConfig,
): Promise<BenchServer> {
  let origin = '';
  const server = http.createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const send = (type: string, body: string, extra: Record<string, string> = {}) => {
      res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store', ...extra });
      res.end(body);
    };
    const page = /^\/page\/(\d+)$/.exec(path);
    const config = /^\/__bench\/config\/(\d+)\.js$/.exec(path);
    if (page && Number(page[1]) < pages.length) {
      const i = Number(page[1]);
      const tags = `<script src="/__bench/config/${i}.js"></script><script src="/__bench/inpage.js"></script>`;
      send('text/html; charset=utf-8', insertAtDocumentStart(readPage(pages[i]!), tags), {
        'content-security-policy': [
          "default-src 'self' data: blob:",
          `script-src ${origin}/__bench/`,
          "style-src 'self' 'unsafe-inline' data:",
          "frame-src 'self' about: data:",
          "object-src 'none'",
          "base-uri 'self'",
          "form-action 'none'",
        ].join('; '),
        'cross-origin-opener-policy': 'same-origin',
        'cross-origin-embedder-policy': 'require-corp',
      });
    } else if (config && Number(config[1]) < pages.length) {
      send('text/javascript', `window.__cwBenchConfig = ${JSON.stringify(configOf(Number(config[1])))};`);
    } else if (path === '/__bench/inpage.js') {
      send('text/javascript', pageScript);
    } else {
      res.writeHead(404, { 'content-type': 'text/plain', 'cache-control': 'no-store' });
      res.end('not found');
    }
  });
  server.keepAliveTimeout = 1000;
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => done());
  });
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    pageUrl: (i) => `${origin}/page/${i}`,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
