import { collapse } from '../text';
import type { Attribution } from '../types';

/** One piece of the attribution line, tagged so each format can render it (a link, a `<time>` …). */
export type AttributionPart =
  | { kind: 'title' | 'site' | 'byline'; text: string }
  /** `text` is the readable date, `iso` the value it was read from. */
  | { kind: 'date'; text: string; iso: string }
  | { kind: 'url'; text: string; href: string }
  /** `text` is "via AFP". */
  | { kind: 'wire'; text: string; agency: string };

/** What the attribution line is built from: the article title and the extractor's attribution. */
export interface AttributionSource {
  title: string;
  attribution: Attribution;
}

export const ATTRIBUTION_SEPARATOR = ' · ';

/**
 * "Title · Site · Byline · 7 August 2018 · https://… · via AFP", missing parts left out. Two repeats are
 * dropped because wire copy produces them all the time: a byline that only names the wire agency (the line
 * already ends "via AFP"), and "via …" when the site is the agency itself.
 */
export function attributionParts({ title, attribution }: AttributionSource): AttributionPart[] {
  const parts: AttributionPart[] = [];
  const wire = attribution.wire;
  const namesWire = (s: string) =>
    wire !== null &&
    [wire.agency, wire.name].some((n) => normalise(n) === normalise(s.replace(/^by\s+/i, '')));

  const t = collapse(title);
  if (t) parts.push({ kind: 'title', text: t });
  const site = collapse(attribution.siteName?.value ?? '');
  if (site) parts.push({ kind: 'site', text: site });
  const byline = collapse(attribution.byline?.value ?? '');
  if (byline && !namesWire(byline) && normalise(byline) !== normalise(site))
    parts.push({ kind: 'byline', text: byline });
  const published = collapse(attribution.published?.value ?? '');
  if (published) parts.push({ kind: 'date', text: formatDate(published), iso: published });
  const url = collapse(attribution.canonicalUrl?.value ?? '');
  if (url) parts.push({ kind: 'url', text: url, href: url });
  if (wire && !(site && namesWire(site)))
    parts.push({ kind: 'wire', text: `via ${wire.agency}`, agency: wire.agency });
  return parts;
}

/** The attribution line as plain text. Empty when nothing is known. */
export function attributionLine(source: AttributionSource): string {
  return attributionParts(source)
    .map((p) => p.text)
    .join(ATTRIBUTION_SEPARATOR);
}

// prettier-ignore
const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

/**
 * "7 August 2018" from an ISO 8601 date or date-time ("August 2018" from "2018-08", "2018" from "2018").
 * The calendar date is the one written in the value, in the publisher's own offset, never shifted to the
 * reader's time zone: "2018-08-07T00:05:00+05:30" is 7 August, as the page says. English month names, day
 * first, so the output is the same on every machine and cannot be misread as month/day. A value that is not
 * ISO 8601 is returned as it is (whitespace collapsed) rather than lost.
 */
export function formatDate(value: string): string {
  const v = collapse(value);
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?=$|T|\s)/.exec(v);
  if (!m) return v;
  const [, year, month, day] = m;
  if (month === undefined) return year!;
  const monthName = MONTHS[Number(month) - 1];
  if (!monthName) return v;
  if (day === undefined) return `${monthName} ${year}`;
  const d = Number(day);
  if (d < 1 || d > daysIn(Number(year), Number(month))) return v;
  return `${d} ${monthName} ${year}`;
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function normalise(s: string): string {
  return collapse(s).toLowerCase();
}
