/** Wording and formatting for what the popup shows. Pure (locale passed in), unit-tested. */
import type { FieldSource, Removal, RuleFamily } from '../core';

/** How a reader names one removed block of each family: [one, many]. */
const FAMILY_NOUNS: Record<RuleFamily, [string, string]> = {
  tickers: ['ticker bar', 'ticker bars'],
  comments: ['comment section', 'comment sections'],
  share: ['share block', 'share blocks'],
  related: ['related-stories list', 'related-stories lists'],
  newsletters: ['newsletter or cookie box', 'newsletter and cookie boxes'],
  disclaimers: ['disclaimer or credit line', 'disclaimers and credit lines'],
  bylines: ['date or author line', 'date and author lines'],
  credits: ['photo credit', 'photo credits'],
  navigation: ['navigation block', 'navigation blocks'],
  hidden: ['hidden element', 'hidden elements'],
  user: ['block by your rules', 'blocks by your rules'],
  furniture: ['part of the site around the story', 'parts of the site around the story'],
};

/** Removal counts by family, most frequent first, ties in the family order above. */
export function countByFamily(removals: readonly Removal[]): Array<{ family: RuleFamily; count: number }> {
  const order = Object.keys(FAMILY_NOUNS) as RuleFamily[];
  const counts = new Map<RuleFamily, number>();
  for (const r of removals) counts.set(r.family, (counts.get(r.family) ?? 0) + 1);
  return [...counts]
    .map(([family, count]) => ({ family, count }))
    .sort((a, b) => b.count - a.count || order.indexOf(a.family) - order.indexOf(b.family));
}

export function familyPhrase(family: RuleFamily, count: number): string {
  const [one, many] = FAMILY_NOUNS[family];
  return count === 1 ? one : `${count} ${many}`;
}

/** "ticker bar, 3 share blocks, comment section" — or null when nothing was removed. */
export function removalSummary(removals: readonly Removal[]): string | null {
  const parts = countByFamily(removals).map(({ family, count }) => familyPhrase(family, count));
  return parts.length ? parts.join(', ') : null;
}

const SOURCE_LABELS: Record<FieldSource, string> = {
  'json-ld': 'the page’s structured data (JSON-LD)',
  meta: 'the page’s meta tags',
  microdata: 'the page’s author markup (microdata, rel=author)',
  time: 'a <time> element on the page',
  text: 'the visible text of the page',
  readability: 'Readability’s reading of the page',
  url: 'the page address',
};

export function sourceLabel(source: FieldSource): string {
  return SOURCE_LABELS[source];
}

/**
 * An ISO 8601 date in the reader's locale. A date without a time is a calendar date, shown as is (not
 * shifted by the reader's time zone); a date with a time gets the time too, unless `dayOnly`. Unparseable
 * input is shown raw.
 */
export function formatPublished(iso: string, locale: string | undefined, dayOnly = false): string {
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(iso.trim());
  const date = new Date(dateOnly ? `${iso.trim()}T00:00:00Z` : iso);
  if (Number.isNaN(date.getTime())) return iso;
  try {
    return new Intl.DateTimeFormat(
      locale,
      dateOnly
        ? { dateStyle: dayOnly ? 'medium' : 'long', timeZone: 'UTC' }
        : dayOnly
          ? { dateStyle: 'medium' }
          : { dateStyle: 'long', timeStyle: 'short' },
    ).format(date);
  } catch {
    return iso;
  }
}

export function readingTimeLabel(minutes: number): string {
  if (minutes <= 0) return '';
  return minutes === 1 ? '1 min read' : `${minutes} min read`;
}

/** `url` when it is an http(s) address (the only kind the popup links to), else null. */
export function safeHttpUrl(url: string): string | null {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

/** The host a reader recognises ("www.example.com" → "example.com"), for links and fallbacks. */
export function displayHost(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}
