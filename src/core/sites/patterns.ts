import { HOST_LABEL, IPV4 } from './hostname';

/**
 * Whitelist site patterns: what a reader may type, how it is stored, what it matches and which
 * browser match patterns it needs.
 *
 * A stored pattern is one of
 *   example.com        exact site: the host `example.com` and its `www.` twin (readers treat them as one
 *                      site, and a pattern typed as `www.example.com` is stored as `example.com`);
 *   *.example.com      the whole site: `example.com` itself and every subdomain, at any depth — the same
 *                      meaning the browser gives the match pattern `*://*.example.com/*`.
 * Only http and https pages match. Matching compares parsed host names, never substrings of the URL,
 * so `evil.com/?example.com`, `example.com.evil.com` and `notexample.com` never match `example.com`.
 */

export type SitePatternKind = 'exact' | 'wildcard';

export interface SitePattern {
  /** The normalized pattern as stored: `example.com` or `*.example.com`. */
  pattern: string;
  kind: SitePatternKind;
  /** The host without `*.`: `example.com`. */
  base: string;
}

export type PatternCheck =
  | (SitePattern & {
      ok: true;
      /** What normalization changed, in words (shown under the input). */ notes: string[];
    })
  | { ok: false; error: string };

/**
 * Second-level labels that registries sell under (`*.co.uk` would cover every British company). A short
 * best-effort list, not the Public Suffix List: it only guards the wildcard against an obvious mistake.
 */
const SHARED_SUFFIXES = new Set([
  'co.uk',
  'org.uk',
  'me.uk',
  'ac.uk',
  'gov.uk',
  'ltd.uk',
  'plc.uk',
  'com.au',
  'net.au',
  'org.au',
  'co.nz',
  'co.jp',
  'ne.jp',
  'or.jp',
  'co.kr',
  'co.in',
  'com.br',
  'com.ar',
  'com.mx',
  'com.cn',
  'com.tw',
  'com.hk',
  'com.sg',
  'com.my',
  'com.pk',
  'com.tr',
  'co.za',
  'com.ng',
  'co.il',
  'com.eg',
  'com.sa',
  'com.ua',
  'com.pl',
  'github.io',
  'blogspot.com',
  'wordpress.com',
  'substack.com',
]);

/**
 * Validates what a reader typed or pasted (`example.com`, `*.example.com`, `https://www.example.com/a?b`)
 * and returns the stored form, or an error that says what is wrong.
 */
export function normalizeSitePattern(input: string): PatternCheck {
  const notes: string[] = [];
  let text = input.trim();
  if (text === '') return { ok: false, error: 'Enter a site, such as example.com or *.example.com.' };
  if (/\s/.test(text)) return { ok: false, error: `"${text}" contains spaces; enter one site at a time.` };

  const scheme = /^([a-z][a-z0-9+.-]*|\*):\/\//i.exec(text);
  if (scheme) {
    const name = scheme[1]!.toLowerCase();
    if (name !== 'http' && name !== 'https' && name !== '*')
      return { ok: false, error: `Only web sites (http and https) can be added, not "${name}:" pages.` };
    text = text.slice(scheme[0].length);
  } else if (/^[a-z][a-z0-9+.-]*:(?!\d)/i.test(text)) {
    const name = text.slice(0, text.indexOf(':')).toLowerCase();
    return { ok: false, error: `Only web sites (http and https) can be added, not "${name}:" pages.` };
  }
  const hostEnd = text.search(/[/?#]/);
  if (hostEnd >= 0) {
    if (!/^\/\*?$/.test(text.slice(hostEnd))) notes.push('only the site is kept, not the page path');
    text = text.slice(0, hostEnd);
  }
  const at = text.lastIndexOf('@');
  if (at >= 0) text = text.slice(at + 1);
  if (text.startsWith('['))
    return { ok: false, error: 'IPv6 addresses are not supported; use the site name.' };
  const port = /:(\d*)$/.exec(text);
  if (port) {
    text = text.slice(0, port.index);
    notes.push('the port is ignored: the site is matched on every port');
  }
  text = text.toLowerCase();

  let wildcard = false;
  if (text.startsWith('*.')) {
    wildcard = true;
    text = text.slice(2);
  }
  text = text.replace(/\.$/, '');
  if (text.includes('*'))
    return { ok: false, error: 'A wildcard is only allowed at the start, as in *.example.com.' };
  if (text === '') return { ok: false, error: 'Enter a site name after "*."' };

  let host: string;
  try {
    host = new URL(`http://${text}/`).hostname.replace(/\.$/, '');
  } catch {
    return { ok: false, error: `"${input.trim()}" is not a valid site name.` };
  }
  if (host !== text && /^xn--|\.xn--/.test(host))
    notes.push(`stored as ${host} (the browser's form of the name)`);

  const ip = IPV4.exec(host);
  if (ip) {
    if (ip.slice(1).some((n) => Number(n) > 255))
      return { ok: false, error: `"${host}" is not a valid IP address.` };
    if (wildcard) return { ok: false, error: 'A wildcard cannot be used with an IP address.' };
    return { ok: true, pattern: host, kind: 'exact', base: host, notes };
  }
  if (host === 'localhost') {
    if (wildcard) return { ok: false, error: 'A wildcard cannot be used with localhost.' };
    return { ok: true, pattern: host, kind: 'exact', base: host, notes };
  }
  const labels = host.split('.');
  if (wildcard && labels.length < 2)
    return { ok: false, error: `*.${host} would cover every site under .${host}; enter the site itself.` };
  if (labels.length < 2)
    return {
      ok: false,
      error: `"${host}" is not a complete site name (expected something like ${host}.com).`,
    };
  const bad = labels.find((l) => !HOST_LABEL.test(l));
  if (bad !== undefined)
    return { ok: false, error: `"${host}" is not a valid site name ("${bad}" is not allowed).` };
  if (/^\d+$/.test(labels[labels.length - 1]!))
    return { ok: false, error: `"${host}" is not a valid site name.` };

  if (wildcard) {
    if (SHARED_SUFFIXES.has(host))
      return { ok: false, error: `*.${host} would cover every site under ${host}; enter the site itself.` };
    return { ok: true, pattern: `*.${host}`, kind: 'wildcard', base: host, notes };
  }
  if (labels.length > 2 && labels[0] === 'www') {
    host = labels.slice(1).join('.');
    notes.push(`stored as ${host}; it also matches www.${host}`);
  }
  return { ok: true, pattern: host, kind: 'exact', base: host, notes };
}

/** The host of an http(s) URL, lower case, without a trailing dot; null for any other URL. */
export function webHostOf(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  return parsed.hostname.toLowerCase().replace(/\.$/, '') || null;
}

/** Drops one leading `www.` so that `www.example.com` and `example.com` compare equal. */
export function withoutWww(host: string): string {
  return host.startsWith('www.') && host.split('.').length > 2 ? host.slice(4) : host;
}

/** Does the whitelist pattern cover the page at `url`? An invalid pattern or URL matches nothing. */
export function siteMatches(pattern: string, url: string): boolean {
  const site = normalizeSitePattern(pattern);
  const host = webHostOf(url);
  if (!site.ok || host === null) return false;
  return hostInPattern(site, host);
}

function hostInPattern(site: SitePattern, host: string): boolean {
  if (site.kind === 'wildcard') return host === site.base || host.endsWith('.' + site.base);
  return withoutWww(host) === site.base;
}

/**
 * The whitelist entry that covers `url`, the most specific one when several do: an exact pattern before
 * a wildcard, then the longest site name (`*.news.example.com` before `*.example.com`).
 */
export function findSiteEntry<T extends { pattern: string }>(entries: readonly T[], url: string): T | null {
  const host = webHostOf(url);
  if (host === null) return null;
  let best: { entry: T; rank: number } | null = null;
  for (const entry of entries) {
    const site = normalizeSitePattern(entry.pattern);
    if (!site.ok || !hostInPattern(site, host)) continue;
    const rank = site.base.length * 2 + (site.kind === 'exact' ? 1 : 0);
    if (!best || rank > best.rank) best = { entry, rank };
  }
  return best?.entry ?? null;
}

/**
 * The browser match patterns a site pattern needs, for `permissions.request({origins})` and
 * `scripting.registerContentScripts({matches})`. An exact domain needs its `www.` twin too, because
 * it matches it. Throws on an invalid pattern: callers store only normalized ones.
 */
export function matchPatternsFor(pattern: string): string[] {
  const site = normalizeSitePattern(pattern);
  if (!site.ok) throw new Error(`invalid site pattern "${pattern}": ${site.error}`);
  if (site.kind === 'wildcard') return [`*://*.${site.base}/*`];
  if (IPV4.test(site.base) || site.base === 'localhost') return [`*://${site.base}/*`];
  return [`*://${site.base}/*`, `*://www.${site.base}/*`];
}
