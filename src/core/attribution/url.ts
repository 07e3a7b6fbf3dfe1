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
  const letters = (s: string) =>
    s
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/^the\s+/, '')
      .replace(/[^\p{L}\p{N}]/gu, '');
  const labels = host
    .split('.')
    .slice(0, -1)
    .map(letters)
    .filter((l) => l.length >= 3);
  for (const candidate of [segments[segments.length - 1]!, segments[0]!]) {
    const key = letters(candidate);
    if (candidate.length > 60 || key.length < 3) continue;
    if (labels.some((label) => key === label || key.startsWith(label) || label.startsWith(key)))
      return candidate;
  }
  return null;
}
