/**
 * Query parameters that only say how a reader arrived (campaigns, click ids, share buttons), never which
 * page it is. Anything starting with `utm_` goes too.
 */
const TRACKING_PARAMS = new Set(
  (
    'fbclid gclid gclsrc dclid gbraid wbraid msclkid yclid twclid igshid ttclid mc_cid mc_eid mkt_tok ' +
    '_ga _gl _hsenc _hsmi hsctatracking oly_anon_id oly_enc_id vero_id wickedid rb_clickid s_cid ncid ' +
    'ocid cmpid smid sr_share at_medium at_campaign at_custom1 at_custom2 at_custom3 at_custom4 ' +
    'guccounter guce_referrer guce_referrer_sig ito fromrss ftag spm socialshare ref_src ref_url'
  ).split(' '),
);

/** An absolute http(s) URL from `href` resolved against `base`, or null. */
export function resolveHttpUrl(href: string | null | undefined, base: string | null): string | null {
  if (typeof href !== 'string') return null;
  const h = href.trim();
  if (h === '' || h.length > 4000) return null;
  let url: URL;
  try {
    url = base ? new URL(h, base) : new URL(h);
  } catch {
    try {
      url = new URL(h); // an absolute href works without a usable base
    } catch {
      return null;
    }
  }
  return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
}

/** The URL without tracking parameters and without a fragment (a `#!` route is kept: it names the page). */
export function withoutTracking(href: string): string {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return href;
  }
  // forEach, not keys(): in Firefox content scripts URLSearchParams iterators are not iterable (Xray wrappers).
  const names = new Set<string>();
  url.searchParams.forEach((_, name) => names.add(name));
  for (const name of names) {
    const lower = name.toLowerCase();
    if (lower.startsWith('utm_') || TRACKING_PARAMS.has(lower)) url.searchParams.delete(name);
  }
  if (!url.hash.startsWith('#!')) url.hash = '';
  let out = url.href;
  if (url.search === '' && out.endsWith('?')) out = out.slice(0, -1);
  return out;
}

/**
 * A canonical link that points at the site's home page while the page itself is deeper is a
 * template mistake, not the article's address.
 */
export function isHomeOf(candidate: string, page: string | null): boolean {
  if (!page) return false;
  try {
    const c = new URL(candidate);
    const p = new URL(page);
    return (c.pathname === '/' || c.pathname === '') && c.search === '' && p.pathname.length > 1;
  } catch {
    return false;
  }
}

/** "www.business-standard.com" → "business-standard.com": a site name of last resort. */
export function siteNameFromUrl(page: string | null): string | null {
  if (!page) return null;
  try {
    const u = new URL(page);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    return u.hostname.replace(/^www\d?\./, '') || null;
  } catch {
    return null;
  }
}

/**
 * The site's name from a title such as "Headline – The Daily Ledger" or "Business Standard | Headline":
 * the short end segment, accepted only when it spells the host's name ("The Daily Ledger" on
 * dailyledger.example), so that a section name ("Headline | Opinion") is never taken for the site.
 */
export function siteNameFromTitle(title: string | null, page: string | null): string | null {
  const host = siteNameFromUrl(page);
  if (!title || !host) return null;
  const segments = title
    .replace(/\s+/g, ' ')
    .split(/\s+[|–—:»·-]\s+|\s+::\s+/)
    .map((x) => x.trim())
    .filter(Boolean);
  if (segments.length < 2) return null;
  const labels = hostLabels(host, 3);
  for (const candidate of [segments[segments.length - 1]!, segments[0]!]) {
    const key = letters(candidate);
    if (candidate.length > 60 || key.length < 3) continue;
    if (labels.some((label) => key === label || key.startsWith(label) || label.startsWith(key)))
      return candidate;
  }
  return null;
}

/** Lower-case letters and digits only, accents and a leading "The" dropped: "The Daily-Ledger" → "dailyledger". */
function letters(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/** The host's labels but the last, as letters: "news.daily-ledger.co.uk" → news, dailyledger, co. */
function hostLabels(host: string, minLength: number): string[] {
  return host
    .split('.')
    .slice(0, -1)
    .map(letters)
    .filter((l) => l.length >= minLength);
}

/**
 * Whether a credited name is the site itself rather than a person: its site name ("Business Standard"),
 * a domain ("jungefreiheit.de"), a name that spells a label of the host ("Die FURCHE" on furche.at,
 * "Deutscher Caritasverband e. V." on caritas.de) or whose initials do ("Hanns-Seidel-Stiftung" on hss.de).
 */
export function namesTheSite(name: string, siteName: string | null, page: string | null): boolean {
  const key = letters(name);
  if (key.length < 2) return false;
  if (siteName && key === letters(siteName)) return true;
  if (/(?:^|[\s(])(?:www\.)?[\p{L}\p{N}-]+\.[a-z]{2,6}(?:[\s)]|$)/u.test(name)) return true;
  const host = siteNameFromUrl(page);
  if (!host) return false;
  const labels = hostLabels(host, 2);
  const initials = letters(
    name
      .replace(/\b(?:e\.\s?v|gmbh|ag|inc|ltd|llc)\b\.?/gi, ' ')
      .split(/[\s-]+/)
      .map((w) => w.replace(/[^\p{L}]/gu, '').charAt(0))
      .join(''),
  );
  return labels.some(
    (label) =>
      (label.length >= 4 && (key.includes(label) || label.includes(key))) ||
      (label.length >= 2 && initials === label),
  );
}

/**
 * The publication day a URL states in its path: `/2025/12/18/slug`, `/blog/2025-12-17-slug`,
 * `/20251218/`. Null when the path has none (a year and a month alone are not a day).
 */
export function dayFromUrl(page: string | null): string | null {
  if (!page) return null;
  let path: string;
  try {
    path = new URL(page).pathname;
  } catch {
    return null;
  }
  const m =
    /\/((?:19|20)\d\d)\/(\d\d?)\/(\d\d?)(?:\/|$)/.exec(path) ??
    /(?<![\d])((?:19|20)\d\d)-(\d\d)-(\d\d)(?![\d])/.exec(path) ??
    /\/((?:19|20)\d\d)(\d\d)(\d\d)(?:\/|$)/.exec(path);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return date.toISOString().slice(0, 10);
}
