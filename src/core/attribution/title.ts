import type { PageScan } from '../page-scan';
import { collapse } from '../text';

/** Title separators sites put between headline and site name. */
const TITLE_SEPARATOR = /\s+[|–—·»:/-]\s+/;
/** An <h1> longer than this is a block of text marked up as a heading, not a headline. */
const MAX_HEADLINE = 150;

/**
 * The headline without the site name Readability sometimes leaves on it ("… says report – The Daily
 * Ledger"): the part of the title that the page's own og:title or first <h1> (from its scan) confirms,
 * the <h1> when it goes on where the title's head stops, or the title without a trailing " | site name".
 */
export function headline(
  title: string,
  scan: Pick<PageScan, 'metas' | 'h1' | 'title'>,
  siteName: string | null,
): string {
  if (!TITLE_SEPARATOR.test(title)) return title;
  const confirmed = new Set<string>();
  for (const meta of scan.metas) {
    const key = (meta.getAttribute('property') ?? meta.getAttribute('name') ?? '').toLowerCase();
    if (key === 'og:title' || key === 'twitter:title')
      confirmed.add(collapse(meta.getAttribute('content') ?? ''));
  }
  const h1 = scan.h1;
  if (h1) confirmed.add(collapse(h1.textContent ?? ''));
  const cuts = Array.from(title.matchAll(new RegExp(TITLE_SEPARATOR.source, 'g')));
  for (const cut of cuts.reverse()) {
    const head = title.slice(0, cut.index);
    if (confirmed.has(head)) return head;
  }
  // The visible headline that goes on where the title's head stops ("Best Drip Coffee Makers | Site" over
  // <h1>Best Drip Coffee Makers (2026): Real Reviews</h1>): the title is the h1 cut short for the tab.
  const fullHeadline = h1 ? collapse(h1.textContent ?? '') : '';
  // An h1 that is the whole <title> again, site name and all, is no headline.
  const tabTitle = collapse(scan.title?.textContent ?? '').toLowerCase();
  if (
    fullHeadline.length <= MAX_HEADLINE &&
    ![title.toLowerCase(), tabTitle].includes(fullHeadline.toLowerCase())
  ) {
    for (const cut of cuts) {
      const head = title.slice(0, cut.index).toLowerCase();
      if (
        head.split(' ').length >= 2 &&
        fullHeadline.length > head.length &&
        fullHeadline.toLowerCase().startsWith(head)
      )
        return fullHeadline;
    }
  }
  const last = cuts[0];
  if (last && siteName) {
    const tail = title.slice(last.index + last[0].length).toLowerCase();
    const site = collapse(siteName).toLowerCase();
    if (tail === site || (tail.length >= 3 && site.includes(tail))) return title.slice(0, last.index);
  }
  return title;
}
