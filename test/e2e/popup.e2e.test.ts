/**
 * Toolbar click on each seed-shaped fixture → the real popup shows the article's title, body and
 * attribution (wire badge included), and none of the page's clutter. Expected values come from each
 * fixture's `*.expected.json` sidecar.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtensionBrowser, type ExtensionBrowser } from './support/browser';
import { mountFixture, seedFixtures } from './support/server';
import { SNAPSHOT_EXPRESSION, type PopupSnapshot } from './support/snapshot';

const fixtures = seedFixtures('pages', 'e2e');
let b: ExtensionBrowser;

beforeAll(async () => {
  b = await launchExtensionBrowser();
});
afterAll(async () => {
  await b?.close();
});

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

/** An ISO 8601 value compared by what it means: "…T18:05:00Z" and "…T18:05:00+00:00" are the same instant. */
function sameDate(shown: string | null, expected: string | null): boolean {
  if (shown === null || expected === null) return shown === expected;
  const dateOnly = (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s);
  if (dateOnly(shown) || dateOnly(expected)) return shown === expected;
  return Date.parse(shown) === Date.parse(expected) && !Number.isNaN(Date.parse(shown));
}

describe.each(fixtures)('toolbar popup on $name', (fixture) => {
  const { expected } = fixture;
  let shown: PopupSnapshot;

  beforeAll(async () => {
    const url = mountFixture(b.server, fixture);
    const page = await b.openTab(url);
    const popup = await b.clickToolbar(page);
    await popup.settled();
    shown = await popup.evaluate<PopupSnapshot>(SNAPSHOT_EXPRESSION);
    b.noteArticleImages(shown.images);
    await popup.close();
    await page.close();
  });

  it('shows the article', () => {
    expect(shown.state, shown.statusMessage ?? '').toBe('article');
  });

  it('shows the title', () => {
    expect(shown.title).toBe(expected.title);
  });

  it('keeps every article sentence', () => {
    const body = collapse(shown.bodyText ?? '');
    const missing = expected.keep.filter((s) => !body.includes(collapse(s)));
    expect(missing).toEqual([]);
  });

  it('shows none of the clutter', () => {
    // the title and attribution rightly show the headline and byline: clutter is judged in the body
    const article = collapse(shown.bodyText ?? '');
    const leaked = expected.absent.filter((s) => article.includes(collapse(s)));
    const lines = (shown.bodyText ?? '').split('\n').map(collapse);
    const leakedLines = (expected.absentLines ?? []).filter((l) => lines.includes(collapse(l)));
    expect([...leaked, ...leakedLines]).toEqual([]);
  });

  it('shows the attribution', () => {
    const a = expected.attribution;
    expect({
      site: shown.site,
      byline: shown.byline,
      published: sameDate(shown.published, a.published) ? a.published : shown.published,
      canonical: shown.canonical,
      wire: shown.wire,
    }).toEqual({
      site: a.siteName,
      byline: a.byline,
      published: a.published,
      canonical: a.canonicalUrl,
      wire: a.wire ? `via ${a.wire}` : null,
    });
  });
});

describe('network', () => {
  it('no request left the browser during the popup tests', () => {
    const report = b.requestReport();
    console.log(
      'outside requests (all refused by the test proxy):',
      JSON.stringify({ ...report, unexplained: report.unexplained.length }),
    );
    expect(report.unexplained).toEqual([]);
  });
});
