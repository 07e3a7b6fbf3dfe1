import { BY_LINE, cleanByline, looksLikeName } from './byline';
import { parseDate } from './dates';
import { isInStoryArea, isOutsideStory, spacedText } from './dom';

/**
 * Short visible texts that can carry a byline, a date, a dateline or a credit, gathered once:
 * - the byline/date elements the page scan found (by class name, and `<address>`);
 * - the texts the cleaning rules removed ("Published: …", "Economy | By …", "Copyright AFP");
 * - the first and last lines of the article text.
 */
export interface PageLines {
  /** Lines near the top of the story: bylines, datelines, date stamps. */
  head: string[];
  /** Lines at the end of the story and removed texts: copyright, credits, "Reporting by". */
  tail: string[];
  /** Texts of byline elements (class byline, author…): a bare name is trusted here. */
  bylineElements: string[];
  /** Texts of date elements in the article area, and of byline elements: a bare date is trusted here. */
  dateElements: string[];
}

const BYLINE_MARK = /byline|by-line|author|writer/i;
/** Masthead clocks and weather show today's date, not the story's. */
const NOT_STORY_DATE = /today|current|clock|weather|copyright/i;
const MAX_CANDIDATES = 40;
const MAX_LINE = 200;
const HEAD_LINES = 4;
const TAIL_LINES = 5;

/**
 * `candidates` are the page scan's byline/date elements, in document order; `creditLines` the "By …"
 * lines under the headline (near-headline.ts); `headline` the page's first `<h1>` (see isOutsideStory).
 */
export function collectPageLines(
  candidates: readonly Element[],
  articleText: string,
  removedTexts: readonly string[],
  creditLines: readonly string[] = [],
  headline: Element | null = null,
): PageLines {
  const lines: PageLines = { head: [], tail: [], bylineElements: [], dateElements: [] };
  const collapse = (s: string) => s.replace(/[\s\u00a0]+/g, ' ').trim();

  let taken = 0;
  for (const el of candidates) {
    if (taken >= MAX_CANDIDATES) break;
    // a wrapper with many children is a layout block that happens to have "date" in its class
    if (el.childElementCount > 12 || isOutsideStory(el, headline)) continue;
    const text = spacedText(el, 2 * MAX_LINE);
    if (text === '' || text.length > MAX_LINE) continue;
    taken++;
    const marks = el.getAttribute('class') ?? '';
    lines.head.push(text);
    const byline = BYLINE_MARK.test(marks) || el.localName === 'address';
    if (byline) lines.bylineElements.push(text);
    if (!NOT_STORY_DATE.test(marks) && (byline || isInStoryArea(el))) lines.dateElements.push(text);
  }

  for (const t of removedTexts) {
    const text = collapse(t);
    if (text === '' || text.length > 400) continue;
    lines.head.push(text);
    lines.tail.push(text);
  }

  lines.head.push(...creditLines);

  const articleLines = articleText
    .split(/\n+/)
    .map(collapse)
    .filter((l) => l !== '');
  lines.head.push(...articleLines.slice(0, HEAD_LINES));
  lines.tail.push(...articleLines.slice(-TAIL_LINES));
  return lines;
}

/** "Published: Wed, August 08, 2018", "Posted on 7 August 2018", "Veröffentlicht am 07.08.2018". */
const PUBLISHED_LABEL =
  /^(?:(?:first|originally)\s+)?(?:published|posted|publication date|date published|released|veröffentlicht|erstellt|publié|publicado|pubblicato|gepubliceerd)(?:\s+(?:on|at|am|le|el|il|op))?\s*[:\-–]?\s*/i;
const UPDATED_LABEL =
  /^(?:last\s+)?(?:updated|modified|aktualisiert|zuletzt aktualisiert|mis à jour|actualizado|aggiornato|bijgewerkt)(?:\s+(?:on|at|am|le|el|il|op))?\s*[:\-–]?\s*/i;
const SEGMENTS = /\s*[|•·]\s*|\s+[–—]\s+/;

/** The segments of a line: "By X | Published: Aug 7, 2018 | Updated: Aug 8" has three. */
function segments(line: string): string[] {
  return line
    .split(SEGMENTS)
    .flatMap((s) => {
      // "Published 7 August 2018 Updated 8 August 2018" is two stamps in one segment
      const i = s.search(/\s(?:last\s+)?updated\b/i);
      return i > 0 ? [s.slice(0, i), s.slice(i + 1)] : [s];
    })
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** Dates in labelled stamps ("Published: …", "Updated …") and, from date elements, bare dates. */
export function datesFromLines(lines: PageLines): { published: string | null; updated: string | null } {
  let published: string | null = null;
  let updated: string | null = null;
  for (const line of lines.head) {
    for (const seg of segments(line)) {
      if (!published && PUBLISHED_LABEL.test(seg)) published = parseDate(seg.replace(PUBLISHED_LABEL, ''));
      else if (!updated && UPDATED_LABEL.test(seg)) updated = parseDate(seg.replace(UPDATED_LABEL, ''));
    }
    if (published) break;
  }
  if (!published) {
    outer: for (const line of lines.dateElements) {
      for (const seg of segments(line)) {
        if (UPDATED_LABEL.test(seg)) continue;
        published = parseDate(seg.replace(PUBLISHED_LABEL, ''));
        if (published) break outer;
      }
    }
  }
  return { published, updated };
}

const AUTHOR_LABEL = /^(?:authors?|autor(?:in)?|auteur)\s*:\s*\S/i;

/**
 * A byline from visible text: a "By …" / "Author: …" segment anywhere near the top, or the whole text
 * of a byline element. The cleaned names must read as names.
 */
export function bylineFromLines(lines: PageLines): string | null {
  for (const line of lines.bylineElements) {
    const name = cleanByline(line);
    // the element says it is a byline, so a user name ("marketwatcher", "CC7567") counts too
    if (name && (looksLikeName(name) || /^[\p{L}\p{N}._-]{2,40}$/u.test(name))) return name;
  }
  for (const line of lines.head) {
    if (line.length > 150) continue;
    for (const seg of segments(line)) {
      if (!BY_LINE.test(seg) && !AUTHOR_LABEL.test(seg)) continue;
      const name = cleanByline(seg);
      if (name && looksLikeName(name)) return name;
    }
  }
  return null;
}
