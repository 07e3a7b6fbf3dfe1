/**
 * The seed-shaped fixture pages (test/fixtures/pages): each page, cleaned, must keep every article
 * sentence, leak none of its clutter and yield the attribution its sidecar names. The sidecars are
 * written from the spec (issue 2), not from what the engine happens to output today.
 */
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ATTRIBUTION_FIELDS,
  containsText,
  loadFixtures,
  scoreFixture,
  type Fixture,
} from '../../bench/lib/fixtures';
import { clean } from '../../src/core/clean';
import { blockText, collapse } from '../../src/core/text';
import type { CleanResult } from '../../src/core/types';

const PAGES = fileURLToPath(new URL('../fixtures/pages/', import.meta.url));
const fixtures = loadFixtures(PAGES);

/** One page per seed site (../shared/seeds/README.md), by file name. */
const SEED_SITES = [
  'business-recorder',
  'steemit-repost',
  'business-standard',
  'wordpress-news',
  'news-aggregator',
];

function parse(f: Fixture): JSDOM {
  return new JSDOM(f.html, { url: f.expected.url });
}

describe('fixture pages: the data itself', () => {
  it('has a page for every seed site, and extra shapes', () => {
    const names = fixtures.map((f) => f.name);
    for (const site of SEED_SITES) expect(names).toContain(site);
    expect(fixtures.length).toBeGreaterThan(SEED_SITES.length);
  });

  for (const f of fixtures) {
    describe(f.name, () => {
      it('sidecar is complete', () => {
        const e = f.expected;
        expect(e.url).toMatch(/^https?:\/\//);
        expect(e.title.length).toBeGreaterThan(0);
        expect(e.about.length).toBeGreaterThan(0);
        expect(e.keep.length).toBeGreaterThan(0);
        expect(e.absent.length).toBeGreaterThan(0);
        expect(Object.keys(e.attribution).sort()).toEqual([...ATTRIBUTION_FIELDS].sort());
      });

      it('every sentence to keep is visible text of the page', () => {
        const dom = parse(f);
        const visible = blockText(dom.window.document.body);
        dom.window.close();
        expect(f.expected.keep.filter((s) => !containsText(visible, s))).toEqual([]);
      });

      it('every clutter string is on the page (so its absence means something)', () => {
        const dom = parse(f);
        const all = collapse(dom.window.document.documentElement.textContent ?? '');
        dom.window.close();
        const clutter = [...f.expected.absent, ...(f.expected.absentLines ?? [])];
        expect(clutter.filter((s) => !containsText(all, s))).toEqual([]);
      });

      it('no clutter string is part of an article sentence', () => {
        const clashes = f.expected.absent.flatMap((a) =>
          f.expected.keep.filter((k) => containsText(k, a)).map((k) => `${a} ⊂ ${k}`),
        );
        expect(clashes).toEqual([]);
      });
    });
  }
});

describe('fixture pages: clean()', () => {
  for (const f of fixtures) {
    describe(f.name, () => {
      let dom: JSDOM;
      let result: CleanResult;
      let score: ReturnType<typeof scoreFixture>;

      beforeAll(() => {
        dom = parse(f);
        result = clean(dom.window.document, { url: f.expected.url });
        const a = result.attribution;
        score = scoreFixture(f.expected, {
          text: result.article?.text ?? '',
          title: result.article?.title ?? null,
          attribution: {
            siteName: a.siteName?.value ?? null,
            byline: a.byline?.value ?? null,
            published: a.published?.value ?? null,
            canonicalUrl: a.canonicalUrl?.value ?? null,
            wire: a.wire?.agency ?? null,
          },
        });
      });
      afterAll(() => dom.window.close());

      it('finds the article', () => {
        expect(result.status).toBe('ok');
      });

      it('keeps every article sentence', () => {
        expect(score.missing).toEqual([]);
      });

      it('leaks no clutter', () => {
        expect(score.leaked).toEqual([]);
      });

      it('has the title', () => {
        expect(score.title.actual).toBe(f.expected.title);
      });

      for (const field of ATTRIBUTION_FIELDS) {
        it(`attribution.${field} is ${JSON.stringify(f.expected.attribution[field])}`, () => {
          const check = score.fields.find((c) => c.field === field)!;
          if (field === 'published') {
            // Same instant, or the same calendar date when the sidecar gives only a date.
            expect(check.ok, `published: got ${JSON.stringify(check.actual)}, want ${check.expected}`).toBe(
              true,
            );
          } else {
            expect(check.actual).toBe(check.expected);
          }
        });
      }
    });
  }
});
