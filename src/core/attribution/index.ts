import type { Attribution, FieldSource, SourcedField } from '../types';
import { isAgencyOnly } from './agency-match';
import { cleanByline } from './byline';
import { closestTag, closestWhere, isInStoryArea, isOutsideStory } from './dom';
import { parseDate } from './dates';
import { readJsonLd, type JsonLdFacts } from './jsonld';
import { firstValues, META_KEYS, readMeta, type MetaValues } from './meta';
import { microdataAuthors } from './microdata';
import { creditLinesAfterHeadline, dateAfterHeadline } from './near-headline';
import { bylineFromLines, collectPageLines, datesFromLines } from './page-text';
import { EMPTY_SCAN, scanPage, type PageScan } from '../page-scan';
import {
  dayFromUrl,
  isHomeOf,
  namesTheSite,
  resolveHttpUrl,
  siteNameFromTitle,
  siteNameFromUrl,
  withoutTracking,
} from './url';
import { detectWire } from './wire';

/** What the pipeline knows when it asks for attribution. */
export interface AttributionInput {
  /**
   * The page (or a clone taken before any rule ran: JSON-LD, meta, <time> and datelines intact), or
   * null for a plain-text dump. Read only: nothing here changes it.
   */
  doc: Document | null;
  /** `scanPage(doc)`, when the caller has already made it. */
  scan?: PageScan;
  /** The page URL. */
  url: string;
  /** Readability's metadata for the page, or null when it found no article. */
  readability: { byline: string | null; siteName: string | null; publishedTime: string | null } | null;
  /** The cleaned article's plain text (datelines like "New York (AFP) -" sit at its start). */
  articleText: string;
  /** Texts that rules took out (credit lines, "Copyright Agence France-Presse", "First Published: …"). */
  removedTexts: string[];
}

/**
 * Where the story came from: site, byline, date, canonical URL and wire agency, each field from the
 * most trusted source that has it — JSON-LD, then `<meta>`, then `<time>`, then visible text, then
 * Readability's metadata, then the URL. Reads the document in one pass (see scan.ts) and never writes to it;
 * never throws.
 */
export function extractAttribution(input: AttributionInput): Attribution {
  try {
    return extract(input);
  } catch {
    // A page we cannot read still gets what the pipeline already knows.
    return {
      siteName: sourced(input.readability?.siteName?.trim() || null, 'readability'),
      byline: sourced(cleanByline(input.readability?.byline), 'readability'),
      published: sourced(parseDate(input.readability?.publishedTime), 'readability'),
      canonicalUrl: sourced(pageUrl(input.url), 'url'),
      wire: null,
    };
  }
}

function extract(input: AttributionInput): Attribution {
  const { doc, readability } = input;
  const scan = input.scan ?? (doc ? scanPage(doc) : EMPTY_SCAN);
  const jsonLd: JsonLdFacts = readJsonLd(scan.jsonLdScripts);
  const meta: MetaValues = readMeta(scan.metas);
  const lines = collectPageLines(
    scan.candidates,
    input.articleText ?? '',
    input.removedTexts ?? [],
    creditLinesAfterHeadline(scan.h1),
    scan.h1,
  );

  const siteName = pickSiteName(
    jsonLd,
    meta,
    scan.title?.textContent ?? null,
    readability?.siteName ?? null,
    input.url,
  );

  const textByline = bylineFromLines(lines);
  const readabilityByline = cleanByline(readability?.byline);
  const bylines = [
    sourced(joinNames(jsonLd.authors), 'json-ld'),
    sourced(joinNames(metaBylines(meta)), 'meta'),
    sourced(joinNames(microdataAuthors(scan.authorMarks, scan.h1)), 'microdata'),
    sourced(textByline, 'text'),
    sourced(readabilityByline, 'readability'),
  ].filter((b): b is SourcedField<string> => b !== null);
  // The site credited as its own author ("Business Standard" on businessstandard.com, "jungefreiheit.de",
  // "Die FURCHE" on furche.at) gives way to a person's name from a less trusted source; a personal blog
  // named after its author keeps it.
  // So does an account name ("CC7567", "admin", "janedoe"): a CMS user, not the name a reader sees.
  const weak = (b: SourcedField<string>) =>
    namesTheSite(b.value, siteName?.value ?? null, input.url) || isAccountName(b.value);
  const byline = bylines.find((b) => !weak(b)) ?? bylines[0] ?? null;

  const textDates = datesFromLines(lines);
  const published =
    sourced(parseDate(jsonLd.datePublished), 'json-ld') ??
    sourced(firstDate(meta, META_KEYS.published), 'meta') ??
    sourced(timeElementDate(scan.times, scan.h1), 'time') ??
    sourced(textDates.published, 'text') ??
    sourced(dateAfterHeadline(scan.h1), 'text') ??
    sourced(parseDate(readability?.publishedTime), 'readability') ??
    sourced(dayFromUrl(input.url), 'url') ??
    // An update stamp is still the best date the page gives when it states no publication date.
    sourced(parseDate(jsonLd.dateModified), 'json-ld') ??
    sourced(firstDate(meta, META_KEYS.modified), 'meta') ??
    sourced(textDates.updated, 'text');

  const wire = detectWire({
    structured: [
      ...jsonLd.credits.map((c) => ({ label: `json-ld ${c.field}`, value: c.name })),
      ...META_KEYS.byline.flatMap((key) =>
        (meta.get(key) ?? []).map((value) => ({ label: `meta ${key}`, value })),
      ),
    ],
    bylines: [textByline, readabilityByline, ...lines.bylineElements.map(cleanByline)].filter(
      (b): b is string => !!b,
    ),
    // Readability takes a byline element such as "AFP | New York" out of the text: it is a dateline too
    lines: readability?.byline
      ? { ...lines, head: [...lines.head, readability.byline.replace(/\s+/g, ' ').trim()] }
      : lines,
    articleText: input.articleText ?? '',
  });

  return {
    siteName,
    byline,
    published,
    canonicalUrl: pickCanonical(scan, meta, jsonLd, input.url),
    wire,
  };
}

function sourced<T>(value: T | null | undefined, source: FieldSource): SourcedField<T> | null {
  return value === null || value === undefined || value === '' ? null : { value, source };
}

function pickSiteName(
  jsonLd: JsonLdFacts,
  meta: MetaValues,
  title: string | null,
  readabilitySiteName: string | null,
  url: string,
): SourcedField<string> | null {
  const clean = (s: string | null | undefined) => {
    const t = s?.replace(/\s+/g, ' ').trim();
    return t && t.length <= 100 && !/^https?:\/\//i.test(t) ? t : null;
  };
  // A publisher that is a wire agency is the story's source, not the site showing it.
  const publisher = jsonLd.publisher && !isAgencyOnly(jsonLd.publisher) ? jsonLd.publisher : null;
  return (
    sourced(clean(publisher ?? jsonLd.websiteName), 'json-ld') ??
    sourced(clean(firstValues(meta, META_KEYS.siteName)?.values[0]), 'meta') ??
    sourced(siteNameFromTitle(title, url), 'text') ??
    sourced(clean(readabilitySiteName), 'readability') ??
    sourced(siteNameFromUrl(url), 'url')
  );
}

/** One word of lower-case letters, digits and `._-`, or any one word with a digit: a login, not a name (agencies aside). */
function isAccountName(name: string): boolean {
  return (/^[\p{Ll}\p{N}._-]+$/u.test(name) || /^\S*\d\S*$/u.test(name)) && !isAgencyOnly(name);
}

/** Keys a page repeats once per author; any other key repeated is the same name written twice. */
const REPEATABLE_BYLINE_KEYS = new Set([
  'article:author',
  'og:article:author',
  'citation_author',
  'parsely-author',
]);

/** The author names of the first meta key that has one; `article:author` links to profiles are not names. */
function metaBylines(meta: MetaValues): string[] {
  for (const key of META_KEYS.byline) {
    const names = (meta.get(key) ?? [])
      .filter((v) => !/^https?:\/\//i.test(v))
      .map(cleanByline)
      .filter((v): v is string => !!v);
    if (names.length > 0) return REPEATABLE_BYLINE_KEYS.has(key) ? names : names.slice(0, 1);
  }
  return [];
}

/** "A, B, A" → "A, B"; null when there are none. */
function joinNames(names: (string | null)[]): string | null {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of names) {
    const name = cleanByline(raw);
    if (!name || seen.has(name.toLowerCase())) continue;
    seen.add(name.toLowerCase());
    out.push(name);
  }
  return out.length > 0 ? out.join(', ') : null;
}

function firstDate(meta: MetaValues, keys: readonly string[]): string | null {
  for (const key of keys) {
    for (const v of meta.get(key) ?? []) {
      const d = parseDate(v);
      if (d) return d;
    }
  }
  return null;
}

const ARTICLE = new Set(['ARTICLE']);
const MAIN = new Set(['MAIN']);
const HEADER = new Set(['HEADER']);

/**
 * `<time>` (or `itemprop="datePublished"` element) of the story: one marked as the publication time (`pubdate`, `itemprop="datePublished"`, a
 * "published" class) first, then the first readable one in the article, then in the main area, then in
 * a block named like a post or story, then in a header. Times in comments, sidebars and related lists
 * are other stories'.
 */
function timeElementDate(times: readonly Element[], headline: Element | null): string | null {
  const usable = times.filter((t) => !isOutsideStory(t, headline)).slice(0, 50);
  const marked = (t: Element) =>
    t.hasAttribute('pubdate') ||
    /\bdatePublished\b/.test(t.getAttribute('itemprop') ?? '') ||
    /publish|posted|created/i.test(t.getAttribute('class') ?? '');
  // the story's own time before the page header's clock
  const ordered = [
    ...usable.filter(marked),
    ...usable.filter((t) => closestTag(t, ARTICLE)),
    ...usable.filter((t) => closestTag(t, MAIN) || closestWhere(t, (e) => e.getAttribute('role') === 'main')),
    ...usable.filter(isInStoryArea),
    ...usable.filter((t) => closestTag(t, HEADER)),
  ];
  for (const t of ordered) {
    const d = parseDate(
      t.getAttribute('datetime') ?? t.getAttribute('content') ?? (t.textContent ?? '').slice(0, 200),
    );
    if (d) return d;
  }
  return null;
}

/** `<link rel=canonical>`, then `og:url`, then JSON-LD's url, resolved; else the page URL without tracking. */
function pickCanonical(
  scan: PageScan,
  meta: MetaValues,
  jsonLd: JsonLdFacts,
  url: string,
): SourcedField<string> | null {
  const page = pageUrl(url);
  const base = baseUrl(scan.base, url);
  const candidates: [string | null | undefined, FieldSource][] = [
    [canonicalLink(scan.links), 'meta'],
    [meta.get('og:url')?.[0], 'meta'],
    [jsonLd.url, 'json-ld'],
  ];
  for (const [href, source] of candidates) {
    const resolved = resolveHttpUrl(href, base);
    if (resolved && !isHomeOf(resolved, page)) return { value: withoutTracking(resolved), source };
  }
  return sourced(page, 'url');
}

/** The page URL, if it is a web address, without tracking parameters. */
function pageUrl(url: string): string | null {
  const resolved = resolveHttpUrl(url, null);
  return resolved ? withoutTracking(resolved) : null;
}

/** The href of `<link rel="canonical">`. */
function canonicalLink(links: readonly Element[]): string | null {
  for (const link of links) {
    const href = link.getAttribute('href');
    if (href && /(?:^|\s)canonical(?:\s|$)/i.test(link.getAttribute('rel') ?? '')) return href;
  }
  return null;
}

/** What relative links resolve against: the page's `<base href>`, else its URL. */
function baseUrl(base: Element | null, url: string): string | null {
  const href = base?.getAttribute('href');
  const pageBase = resolveHttpUrl(url, null) ?? (url || null);
  if (href) {
    try {
      return new URL(href, pageBase ?? undefined).href;
    } catch {
      return pageBase;
    }
  }
  return pageBase;
}
