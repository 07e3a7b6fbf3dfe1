import { describe, expect, it } from 'vitest';
import { insertAtDocumentStart } from '../../bench/browser/pages';
import type { PageReport, PassTimes } from '../../bench/browser/protocol';
import { passRows, retentionSummary, timedPages, warmRows } from '../../bench/browser/report';
import { visibleRetention } from '../../bench/browser/visible-retention';
import { preview } from '../../src/core/text';

const ARTICLE = [
  'The harbour city council voted on Tuesday to rebuild the flood walls along the old port.',
  'Work starts in spring and is expected to take four years, the mayor told reporters.',
  'Residents of the lower town will be moved while the walls go up.',
].join('\n\n');

describe('visibleRetention', () => {
  it('is 1 when cleaning hid nothing of the article, whatever clutter went', () => {
    const before = `Menu Home World\n${ARTICLE}\nShare this: Facebook X\nMost read`;
    const after = ARTICLE;
    const r = visibleRetention(ARTICLE, before, after);
    expect(r.retention).toBe(1);
    expect(r.pageMatch).toBe(1);
    expect(r.lostBlocks).toEqual([]);
  });

  it('falls by the share of the article grams hidden, and names the block lost', () => {
    const paragraphs = ARTICLE.split('\n\n');
    const after = [paragraphs[0], paragraphs[2]].join('\n');
    const r = visibleRetention(ARTICLE, ARTICLE, after);
    // 12 + 11 + 9 grams of five words; the 11 of the second paragraph are gone.
    expect(r.shownBefore).toBe(32);
    expect(r.shownAfter).toBe(21);
    expect(r.retention).toBeCloseTo(21 / 32, 10);
    expect(r.lostBlocks).toEqual([preview(paragraphs[1]!)]);
  });

  it('measures over what the page showed before cleaning, not text the page never rendered', () => {
    const paragraphs = ARTICLE.split('\n\n');
    // The page itself never showed the third paragraph (collapsed by its own CSS).
    const before = [paragraphs[0], paragraphs[1]].join('\n');
    const r = visibleRetention(ARTICLE, before, before);
    expect(r.retention).toBe(1);
    expect(r.pageMatch).toBeCloseTo(23 / 32, 10);
  });

  it('compares words, not markup, case or punctuation', () => {
    const rendered = ARTICLE.toUpperCase().replace(/[.,]/g, ' ;').replace(/\n\n/g, '\n');
    expect(visibleRetention(ARTICLE, rendered, rendered).pageMatch).toBe(1);
  });

  it('is 1 for an empty article', () => {
    expect(visibleRetention('', 'anything', '')).toMatchObject({ retention: 1, pageMatch: 1 });
  });
});

describe('insertAtDocumentStart', () => {
  const tags = '<script src="/x.js"></script>';
  it('goes after the doctype, so the page keeps its standards mode', () => {
    expect(insertAtDocumentStart('<!DOCTYPE html>\n<html><body>x', tags)).toBe(
      `<!DOCTYPE html>${tags}\n<html><body>x`,
    );
  });
  it('goes after an XML declaration and comments that precede the doctype', () => {
    const html =
      '<?xml version="1.0"?>\n<!-- saved -->\n<!doctype html PUBLIC "-//W3C//DTD XHTML 1.0//EN">\n<html>';
    const out = insertAtDocumentStart(html, tags);
    expect(out.indexOf(tags)).toBe(html.indexOf('\n<html>'));
  });
  it('goes first in a page without a doctype, and never after a doctype-like string later on', () => {
    const html = '<html><body><pre>&lt;!doctype html&gt; <!doctype html></pre>';
    expect(insertAtDocumentStart(html, tags)).toBe(tags + html);
  });
});

function page(id: string, t: Partial<PassTimes> | null, extra: Partial<PageReport> = {}): PageReport {
  return {
    id,
    status: 'ok',
    isolated: true,
    elements: 100,
    selectors: 200,
    times: t && { docStart: 1, compile: 0.5, engine: 10, inPlace: 2, readability: 5, ...t },
    hiddenAtDomReady: 3,
    sparedForArticle: 0,
    late: null,
    retention: null,
    earlyRetention: null,
    warm: null,
    ...extra,
  };
}

describe('the report figures', () => {
  const pages = [
    page('a', { docStart: 1, inPlace: 2, readability: 10 }),
    page('b', { docStart: 2, inPlace: 4, readability: 20 }),
    page('c', { docStart: 3, inPlace: 30, readability: 30 }),
    page('no article', { inPlace: Number.NaN }),
    page('failed', null, { error: 'timeout' }),
  ];

  it('times only pages where every pass ran', () => {
    expect(timedPages(pages).map((p) => p.id)).toEqual(['a', 'b', 'c']);
  });

  it('gives each pass its median, p95 and ratios to Readability on the same pages, and checks the goals', () => {
    const rows = passRows(pages);
    const both = rows.find((r) => r.pass.startsWith('(a)+(b)'))!;
    expect(both.summary).toMatchObject({ n: 3, median: 6, p95: 33, total: 42 });
    expect(both.max).toBe(33);
    expect(both.ratio).toEqual({ median: 6 / 20, p95: 33 / 30, total: 42 / 60 });
    expect(both.met).toBe(false); // p95 33 ms > 30 ms
    const readability = rows.find((r) => r.pass.startsWith('(c)'))!;
    expect(readability.ratio).toEqual({ median: 1, p95: 1, total: 1 });
    expect(passRows(pages.slice(0, 2)).find((r) => r.pass.startsWith('(a)+(b)'))!.met).toBe(true);
  });

  it('pools late-widget batches over pages and holds them to 1 ms at p95', () => {
    const late = (batchMs: number[]) => ({
      batchMs,
      nodes: 1,
      clutterWidgets: 1,
      clutterHidden: 1,
      benignHidden: 0,
      wrong: [],
    });
    const rows = passRows([
      page('a', {}, { late: late([0.2, 0.4]) }),
      page('b', {}, { late: late(Array.from({ length: 18 }, () => 0.3)) }),
    ]);
    const batch = rows.find((r) => r.pass.startsWith('(d)'))!;
    expect(batch.summary.n).toBe(20);
    expect(batch.ratio).toBeNull();
    expect(batch.met).toBe(true);
    expect(
      passRows([page('a', {}, { late: late([0.2, 1.5]) })]).find((r) => r.pass.startsWith('(d)'))!.met,
    ).toBe(false);
  });

  it('gives the warm re-runs as ratios to warm Readability', () => {
    const rows = warmRows([page('a', {}, { warm: { engine: 8, inPlace: 1, readability: 4 } })]);
    expect(rows.map((r) => [r.summary.median, r.ratio?.median])).toEqual([
      [1, 0.25],
      [8, 2],
      [4, 1],
    ]);
  });

  it('pools retention over pages and lists the worst first', () => {
    const r = (shownBefore: number, shownAfter: number) => ({
      retention: shownAfter / shownBefore,
      pageMatch: 1,
      shownBefore,
      shownAfter,
      lostBlocks: [],
    });
    const summary = retentionSummary([
      page('full', {}, { retention: r(100, 100), earlyRetention: 0.9 }),
      page('half', {}, { retention: r(10, 5), earlyRetention: 1 }),
      page('failed', null, { error: 'x', retention: r(10, 0) }),
      page('no article', {}),
    ]);
    expect(summary.n).toBe(2);
    expect(summary.pooled).toBeCloseTo(105 / 110, 10);
    expect(summary.mean).toBeCloseTo(0.75, 10);
    expect(summary.min).toBe(0.5);
    expect(summary.below).toBe(1);
    expect(summary.worst.map((w) => w.id)).toEqual(['half', 'full']);
    expect(summary.early).toMatchObject({ min: 0.9, below: 1 });
  });
});
