import type { Extraction, ExtractorId } from './extractors';
import { tokens } from './score';

/** The attribution fields scored on every corpus that records them. */
export const PAGE_FIELDS = ['title', 'byline', 'published'] as const;
export type PageField = (typeof PAGE_FIELDS)[number];

/** Per field: the corpus's value (null when it gives none), then each extractor's. */
export type PageMetadata = Record<
  PageField,
  { expected: string | null; actual: Partial<Record<ExtractorId, string | null>> }
>;

export interface FieldScore {
  /** Pages where the corpus gives a value. */
  n: number;
  /** …of which the extractor's value agrees with it. */
  agree: number;
}

export type MetadataScore = Record<PageField, FieldScore>;

/** Token F1 at or above this counts as the same title or byline. */
export const SAME_NAME_F1 = 0.8;

/** Words that introduce a byline rather than name anyone: "By Jane Doe" is Jane Doe. */
const BYLINE_LEAD = new Set(['by', 'von', 'par', 'por', 'door']);

function nameTokens(s: string): string[] {
  const t = tokens(s);
  return t.length > 1 && BYLINE_LEAD.has(t[0]!) ? t.slice(1) : t;
}

/**
 * Title or byline: case-folded word tokens (a leading "By" dropped), multiset F1 ≥ 0.8 — a site-name
 * suffix on a long headline or "By " before a name is not a different value; a different name is.
 */
export function sameName(expected: string, actual: string | null | undefined): boolean {
  if (!actual) return false;
  const e = nameTokens(expected);
  const a = nameTokens(actual);
  if (e.length === 0 || a.length === 0) return false;
  const have = new Map<string, number>();
  for (const t of a) have.set(t, (have.get(t) ?? 0) + 1);
  let overlap = 0;
  for (const t of e) {
    const n = have.get(t) ?? 0;
    if (n > 0) {
      overlap++;
      have.set(t, n - 1);
    }
  }
  return (2 * overlap) / (e.length + a.length) >= SAME_NAME_F1;
}

/**
 * The calendar day a date is written for: the `YYYY-MM-DD` it starts with (its own time zone, as the
 * page states it), else whatever `Date` reads from it, in UTC. Null when it is not a date.
 */
export function calendarDay(s: string | null | undefined): string | null {
  if (!s) return null;
  const iso = /^\s*(\d{4}-\d{2}-\d{2})/.exec(s);
  if (iso) return iso[1]!;
  const t = Date.parse(s);
  return Number.isNaN(t) ? null : new Date(t).toISOString().slice(0, 10);
}

/** Published dates agree when they fall on the same calendar day. */
export function sameDay(expected: string, actual: string | null | undefined): boolean {
  const e = calendarDay(expected);
  return e !== null && e === calendarDay(actual);
}

export function fieldAgrees(field: PageField, expected: string, actual: string | null | undefined): boolean {
  return field === 'published' ? sameDay(expected, actual) : sameName(expected, actual);
}

/** Agreement per extractor and field, counting only pages where the corpus gives a value. */
export function scoreMetadata(
  pages: readonly PageMetadata[],
  ids: readonly ExtractorId[],
): Partial<Record<ExtractorId, MetadataScore>> {
  const out: Partial<Record<ExtractorId, MetadataScore>> = {};
  for (const id of ids) {
    const score = {} as MetadataScore;
    for (const f of PAGE_FIELDS) {
      const s: FieldScore = { n: 0, agree: 0 };
      for (const p of pages) {
        const expected = p[f].expected?.trim();
        if (!expected) continue;
        s.n++;
        if (fieldAgrees(f, expected, p[f].actual[id])) s.agree++;
      }
      score[f] = s;
    }
    out[id] = score;
  }
  return out;
}

/** Each field's expected value beside every extractor's. */
export function pageMetadata(
  expected: Record<PageField, string | null | undefined>,
  results: Partial<Record<ExtractorId, Pick<Extraction, PageField>>>,
): PageMetadata {
  const field = (f: PageField) => ({
    expected: expected[f] ?? null,
    actual: Object.fromEntries(Object.entries(results).map(([id, r]) => [id, r[f]])) as Partial<
      Record<ExtractorId, string | null>
    >,
  });
  return { title: field('title'), byline: field('byline'), published: field('published') };
}
