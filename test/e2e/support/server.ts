/**
 * The e2e runs' only web server, on 127.0.0.1, in two roles:
 * - origin for our own pages: http://127.0.0.1:PORT/e2e/… (test/fixtures/e2e) and /pages/… (test/fixtures/pages);
 * - HTTP(S) proxy for the whole browser (`--proxy-server`): a seed-shaped fixture is served at the very address
 *   its sidecar names (https://www.brecorder.com/news/…, TLS ended here with a throwaway self-signed
 *   certificate the test browser is told to accept), so the page, its host and site-scoped rules are as on the
 *   real site — and every other request the browser tries is recorded as an outside request and refused.
 *   Nothing leaves the machine, and a test asserts that nothing of ours even tried.
 */
import { readFileSync, readdirSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';
import { selfSignedCertificate } from './certificate';

export const FIXTURES = resolve(import.meta.dirname, '../../fixtures');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.svg': 'image/svg+xml',
  '.pdf': 'application/pdf',
  '.css': 'text/css',
  '.txt': 'text/plain; charset=utf-8',
};

export interface OutsideRequest {
  method: string;
  target: string;
}

export interface FixtureServer {
  port: number;
  /** http://127.0.0.1:PORT */
  origin: string;
  /** Requests for anything but our pages, in the order they came. */
  outside: OutsideRequest[];
  /** Every request served, as "host path" (for debugging a failing run). */
  served: string[];
  /** Whether `host` (with port, if any) serves a mounted fixture. */
  isMountedHost(host: string): boolean;
  /** Serves `file` (relative to test/fixtures) at `url` (http or https), through the proxy. Returns `url`. */
  mount(url: string, file: string): string;
  close(): Promise<void>;
}

function fileResponse(res: http.ServerResponse, path: string): void {
  try {
    const body = readFileSync(path);
    res.writeHead(200, {
      'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
    });
    res.end(body);
  } catch {
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('not found');
  }
}

/** A file below test/fixtures, or null for paths that leave it. */
function fixturePath(urlPath: string): string | null {
  const m = /^\/(e2e|pages)\/(.+)$/.exec(decodeURIComponent(urlPath));
  if (!m) return null;
  const full = normalize(join(FIXTURES, m[1]!, m[2]!));
  return full.startsWith(FIXTURES + '/') ? full : null;
}

export async function startFixtureServer(): Promise<FixtureServer> {
  const mounted = new Map<string, string>(); // "host/path" → file (host without the default port)
  const outside: OutsideRequest[] = [];
  const served: string[] = [];
  const isMountedHost = (host: string) => [...mounted.keys()].some((k) => k.startsWith(host + '/'));

  // Fixture sites: requests arrive here through the proxy (plain http) or the TLS tunnel (https).
  const serveMounted = (url: URL, method: string, res: http.ServerResponse) => {
    if (mounted.has(url.host + url.pathname)) {
      served.push(`${url.host} ${url.pathname}`);
      fileResponse(res, mounted.get(url.host + url.pathname)!);
    } else if (isMountedHost(url.host)) {
      served.push(`${url.host} ${url.pathname} (404)`);
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    } else {
      outside.push({ method, target: url.href });
      res.writeHead(502, { 'content-type': 'text/plain' });
      res.end('outside request refused by the test proxy');
    }
  };

  const tls = https.createServer(selfSignedCertificate(), (req, res) => {
    serveMounted(
      new URL(req.url ?? '/', `https://${req.headers.host ?? 'unknown'}`),
      req.method ?? 'GET',
      res,
    );
  });

  const server = http.createServer((req, res) => {
    const target = req.url ?? '/';
    if (/^https?:\/\//i.test(target)) {
      serveMounted(new URL(target), req.method ?? 'GET', res);
      return;
    }
    served.push(`local ${target}`);
    const path = fixturePath(new URL(target, 'http://x').pathname);
    if (path) fileResponse(res, path);
    else {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  });
  server.on('connect', (req, socket) => {
    // Chromium resets tunnels when it closes a tab or the browser: normal, not a test failure.
    socket.on('error', () => {});
    // HTTPS through the proxy: a fixture site's tunnel ends in our TLS server; any other would leave the machine.
    const host = (req.url ?? '').replace(/:443$/, '');
    if (isMountedHost(host)) {
      socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      tls.emit('connection', socket);
      return;
    }
    outside.push({ method: 'CONNECT', target: req.url ?? '' });
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  server.on('clientError', (_err, socket) => socket.destroy());
  tls.on('tlsClientError', () => {});
  server.keepAliveTimeout = 1000;
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => done());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    origin: `http://127.0.0.1:${port}`,
    outside,
    served,
    isMountedHost,
    mount(url, file) {
      const u = new URL(url);
      mounted.set(u.host + u.pathname, join(FIXTURES, file));
      return u.href;
    },
    close: () =>
      new Promise<void>((done) => {
        tls.closeAllConnections();
        tls.close();
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

/** A seed-shaped fixture page and what its sidecar says the popup must show. */
export interface SeedFixture {
  name: string;
  /** Relative to test/fixtures. */
  file: string;
  expected: {
    url: string;
    title: string;
    /** Files beside the fixture that the page loads, served relative to `url`. */
    assets?: string[];
    keep: string[];
    absent: string[];
    absentLines?: string[];
    attribution: {
      siteName: string | null;
      byline: string | null;
      published: string | null;
      canonicalUrl: string | null;
      wire: string | null;
    };
  };
}

/** Serves a fixture (and its assets) at the address its sidecar names; returns that address. */
export function mountFixture(server: FixtureServer, fixture: SeedFixture): string {
  const folder = fixture.file.slice(0, fixture.file.lastIndexOf('/'));
  for (const asset of fixture.expected.assets ?? [])
    server.mount(new URL(asset, fixture.expected.url).href, `${folder}/${asset}`);
  return server.mount(fixture.expected.url, fixture.file);
}

/** One fixture by name (`e2e/demo` or `pages/reuters-wire`). */
export function fixtureNamed(path: string): SeedFixture {
  const [folder, name] = path.split('/') as [string, string];
  const found = seedFixtures(folder).find((f) => f.name === name);
  if (!found) throw new Error(`no fixture ${path} with an .expected.json sidecar`);
  return found;
}

/** Every `*.html` with an `*.expected.json` sidecar in the given fixture folders. */
export function seedFixtures(...folders: string[]): SeedFixture[] {
  const out: SeedFixture[] = [];
  for (const folder of folders) {
    let names: string[];
    try {
      names = readdirSync(join(FIXTURES, folder));
    } catch {
      continue;
    }
    for (const n of names.filter((f) => f.endsWith('.expected.json')).sort()) {
      const name = n.replace(/\.expected\.json$/, '');
      if (!names.includes(`${name}.html`)) continue;
      out.push({
        name,
        file: `${folder}/${name}.html`,
        expected: JSON.parse(readFileSync(join(FIXTURES, folder, n), 'utf8')) as SeedFixture['expected'],
      });
    }
  }
  return out;
}
