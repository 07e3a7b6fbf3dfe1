/**
 * What the popup shows, read from its DOM in one call. `snapshotPopup` runs inside the popup (it is
 * serialised with toString, so it uses nothing from this module's scope).
 */
export interface PopupSnapshot {
  state: string | null;
  statusMessage: string | null;
  title: string | null;
  /** The article element's text: title, attribution and body (not the removals list or the buttons). */
  articleText: string | null;
  /** The article body's text alone, one line per block. */
  bodyText: string | null;
  site: string | null;
  byline: string | null;
  /** The `datetime` of the published date, and its hover text. */
  published: string | null;
  publishedTitle: string | null;
  canonical: string | null;
  wire: string | null;
  readingTime: string | null;
  removalsSummary: string | null;
  links: Array<{ href: string; target: string | null; rel: string | null }>;
  images: string[];
  renderedAt: number | null;
}

export function snapshotPopup(): PopupSnapshot {
  const q = (sel: string) => document.querySelector(sel);
  const text = (sel: string) => {
    const el = q(sel) as HTMLElement | null;
    return el ? el.innerText.trim() : null;
  };
  const body = q('[data-testid=article] .cw-body') as HTMLElement | null;
  const canonical = q('[data-testid=canonical]');
  const published = q('[data-testid=published]');
  return {
    state: document.body.dataset.state ?? null,
    statusMessage: text('[data-testid=status-message]'),
    title: text('[data-testid=title]'),
    articleText: text('[data-testid=article]'),
    bodyText: body ? body.innerText : null,
    site: text('[data-testid=site]'),
    byline: text('[data-testid=byline]'),
    published: published ? published.getAttribute('datetime') : null,
    publishedTitle: published ? published.getAttribute('title') : null,
    canonical: canonical ? canonical.getAttribute('href') : null,
    wire: text('[data-testid=wire]'),
    readingTime: text('[data-testid=reading-time]'),
    removalsSummary: text('[data-testid=removals-summary]'),
    links: Array.from(body ? body.querySelectorAll('a') : []).map((a) => ({
      href: a.getAttribute('href') ?? '',
      target: a.getAttribute('target'),
      rel: a.getAttribute('rel'),
    })),
    images: Array.from(body ? body.querySelectorAll('img') : []).map((i) => i.getAttribute('src') ?? ''),
    renderedAt: document.body.dataset.renderedAt ? Number(document.body.dataset.renderedAt) : null,
  };
}

/** The expression form, for the raw-CDP action popup. */
export const SNAPSHOT_EXPRESSION = `(${snapshotPopup.toString()})()`;
