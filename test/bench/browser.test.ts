import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { insertAtDocumentStart, listCorpusPages, readPage } from '../../bench/browser/pages';
import type { LateReport, ModeReport, PageReport, PassTimes } from '../../bench/browser/protocol';
import {
  LATE_ROWS,
  lateCpuCoverage,
  modeSummaries,
  passRows,
  renderBrowserReport,
  retentionSummary,
  timedPages,
  truthSummaries,
  warmRows,
} from '../../bench/browser/report';
import {
  animationFrameEvents,
  lateCpuFromTrace,
  OBSERVER_FUNCTION,
  type TraceEvent,
} from '../../bench/browser/trace';
import {
  attributeLoss,
  truthRetention,
  type HiddenText,
  type TruthRetention,
} from '../../bench/browser/truth-retention';
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

describe('truthRetention', () => {
  const paragraphs = ARTICLE.split('\n\n');
  const menu = 'Menu Home World Sport';
  const related = 'Related: Flood defences across the coast cost more than planned';
  const hidden = (ruleId: string, family: string, text: string): HiddenText => ({
    ruleId,
    family,
    stage: 'dom',
    text,
  });

  describe('against main_content (word grams)', () => {
    it("counts a paragraph hidden on the page as lost even when the engine's output never had it", () => {
      // The engine extracted paragraphs 1 and 3 only: against its output, hiding paragraph 2 costs nothing.
      const engineOutput = [paragraphs[0], paragraphs[2]].join('\n\n');
      const before = [menu, ...paragraphs, related].join('\n');
      const after = [paragraphs[0], paragraphs[2]].join('\n');
      expect(visibleRetention(engineOutput, before, after).retention).toBe(1);
      const r = truthRetention({ kind: 'main-content', text: ARTICLE }, before, after, [
        hidden('menu', 'navigation', menu),
        hidden('related-box', 'related', `${paragraphs[1]}\n${related}`),
      ]);
      // 12 + 11 + 9 grams; the 11 of paragraph 2 are gone.
      expect(r).toMatchObject({ kind: 'main-content', shownBefore: 32, shownAfter: 21, pageMatch: 1 });
      expect(r.retention).toBeCloseTo(21 / 32, 10);
      expect(r.lost).toEqual([preview(paragraphs[1]!)]);
      expect(r.lostBy).toEqual([{ ruleId: 'related-box', family: 'related', stage: 'dom', units: 11 }]);
    });

    it('is measured over the ground truth the restored page showed, not text it never rendered', () => {
      const before = [paragraphs[0], paragraphs[1]].join('\n');
      const r = truthRetention({ kind: 'main-content', text: ARTICLE }, before, before, []);
      expect(r.retention).toBe(1);
      expect(r.pageMatch).toBeCloseTo(23 / 32, 10);
      expect(r.lostBy).toEqual([]);
    });
  });

  describe('against with snippets (whole, whitespace-normalised, case-sensitive)', () => {
    const snippets = [
      'voted on Tuesday to rebuild',
      'expected to  take\n four years', // as a corpus may write it
      'moved while the walls go up',
      'a snippet the page never shows',
    ];

    it('counts the snippets still shown among those shown before, ignoring spacing', () => {
      const before = ARTICLE.replace(/ on /, '\n on  ').replace('take four', 'take\u00a0four');
      const after = [paragraphs[0], paragraphs[2]].join('\n').replace(/ on /, '\n on  ');
      const r = truthRetention({ kind: 'with', snippets }, before, after, [
        hidden('social-embed', 'share', paragraphs[1]!),
      ]);
      expect(r).toMatchObject({ kind: 'with', shownBefore: 3, shownAfter: 2, pageMatch: 3 / 4 });
      expect(r.retention).toBeCloseTo(2 / 3, 10);
      expect(r.lost).toEqual(['expected to take four years']);
      expect(r.lostBy).toEqual([{ ruleId: 'social-embed', family: 'share', stage: 'dom', units: 1 }]);
    });

    it('does not count a snippet the page shows in another case (the corpus rule is case-sensitive)', () => {
      const upper = ARTICLE.toUpperCase();
      expect(truthRetention({ kind: 'with', snippets }, upper, '', [])).toMatchObject({
        retention: 1,
        shownBefore: 0,
        pageMatch: 0,
      });
    });
  });

  it('attributes a lost unit to the first hidden block holding its words in a row, else to none', () => {
    const blocks = [
      hidden('a', 'share', 'Share this story'),
      hidden('b', 'related', 'READ MORE:\nThe walls, the port and the mayor'),
      hidden('c', 'comments', 'the walls the port'),
    ];
    expect(
      attributeLoss(['the walls the port', 'port and the mayor', 'walls the mayor', 'share this'], blocks),
    ).toEqual([
      { ruleId: 'b', family: 'related', stage: 'dom', units: 2 },
      { ruleId: '', family: '', stage: '', units: 1 },
      { ruleId: 'a', family: 'share', stage: 'dom', units: 1 },
    ]);
    // Words in a row within one line: not across the block's lines.
    expect(attributeLoss(['more the walls'], blocks)[0]!.ruleId).toBe('');
  });
});

describe('listCorpusPages', () => {
  const root = mkdtempSync(join(tmpdir(), 'cw-bench-corpus-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('lists wcxb-dev pages with their main_content, served decoded from gzip', () => {
    mkdirSync(join(root, 'wcxb-dev', 'ground-truth'), { recursive: true });
    mkdirSync(join(root, 'wcxb-dev', 'html'));
    for (const id of ['0001', '0002']) {
      writeFileSync(
        join(root, 'wcxb-dev', 'ground-truth', `${id}.json`),
        JSON.stringify({
          url: `https://news.example/${id}`,
          file_id: id,
          ground_truth: { main_content: `Story ${id}`, with: ['x'], without: [] },
        }),
      );
      writeFileSync(join(root, 'wcxb-dev', 'html', `${id}.html.gz`), gzipSync(`<p>Café ${id}</p>`));
    }
    const listing = listCorpusPages(root);
    expect(listing.pages.map((p) => [p.id, p.url, p.truth])).toEqual([
      ['wcxb-dev/0001', 'https://news.example/0001', { kind: 'main-content', text: 'Story 0001' }],
      ['wcxb-dev/0002', 'https://news.example/0002', { kind: 'main-content', text: 'Story 0002' }],
    ]);
    expect(readPage(listing.pages[1]!)).toBe('<p>Café 0002</p>');
    expect(listCorpusPages(root, 1).pages).toHaveLength(1);
  });

  it('says which corpora are absent', () => {
    const { skipped } = listCorpusPages(root);
    expect(skipped).toEqual([
      `readability corpus: no ${join(root, 'readability')}`,
      `trafilatura-dev: no ${join(root, 'trafilatura-dev', 'cases.json')}`,
    ]);
    expect(listCorpusPages(join(root, 'nowhere')).skipped.at(-1)).toBe(
      `wcxb-dev: no ${join(root, 'nowhere', 'wcxb-dev', 'ground-truth')}`,
    );
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
    rendered: null,
    truth: null,
    warm: null,
    modes: null,
    undisplayed: false,
    ...extra,
  };
}

/** The markdown report of a partial run of these pages. */
const render = (pages: PageReport[]) =>
  renderBrowserReport({
    startedAt: 'now',
    browser: 'Chromium',
    mode: 'focus',
    wallSeconds: 1,
    partial: true,
    skipped: [],
    pages,
  });

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

  const late = (batchMs: number[], extra: Partial<LateReport> = {}): LateReport => ({
    batchMs,
    batchFrames: batchMs.map((_, i) => 2 + 2 * i),
    batchCpuMs: null,
    controlMs: [],
    controlFrames: [],
    controlCpuMs: null,
    idleMs: [],
    idleIds: [],
    idleCpuMs: null,
    warmUpMs: [],
    shownAgain: 0,
    startedBy: 'runner',
    traceError: null,
    nodes: 1,
    clutterWidgets: 1,
    clutterHidden: 1,
    benignHidden: 0,
    besideHidden: 0,
    wrong: [],
    ...extra,
  });
  const row = (rows: ReturnType<typeof passRows>, pass: string) => rows.find((r) => r.pass === pass)!;

  it('reports the idle-time checks apart from the batches, with no goal of their own', () => {
    const rows = passRows([
      page('a', {}, { late: late([0.2], { idleMs: [4, 2], idleCpuMs: [1.5, null] }) }),
      page('b', {}, { late: late([0.3], { idleMs: [3], idleCpuMs: [0.5] }) }),
    ]);
    expect(row(rows, LATE_ROWS.idleWall).summary).toMatchObject({ n: 3, median: 3 });
    expect(row(rows, LATE_ROWS.idleCpu).summary).toMatchObject({ n: 2 });
    expect(row(rows, LATE_ROWS.idleCpu).met).toBeNull();
    expect(row(rows, LATE_ROWS.cpu).summary.n).toBe(0); // idle CPU never counts as a batch's
  });

  it('pools late-widget batches over pages and holds them to 1 ms at p95', () => {
    const rows = passRows([
      page('a', {}, { late: late([0.2, 0.4]) }),
      page('b', {}, { late: late(Array.from({ length: 18 }, () => 0.3)) }),
    ]);
    const batch = row(rows, LATE_ROWS.wall);
    expect(batch.summary.n).toBe(20);
    expect(batch.ratio).toBeNull();
    expect(batch.met).toBe(true);
    expect(row(passRows([page('a', {}, { late: late([0.2, 1.5]) })]), LATE_ROWS.wall).met).toBe(false);
  });

  it('gives (d) wall and main-thread CPU side by side, each with its verdict, and the control under them', () => {
    const pages = [
      page(
        'a',
        {},
        {
          late: late([0.5, 3.0], {
            batchCpuMs: [0.4, 0.6],
            controlMs: [0.01, 2.5],
            controlCpuMs: [0.1, 0.12],
          }),
        },
      ),
      page('b', {}, { late: late([0.7], { batchCpuMs: [null], controlMs: [0.02], controlCpuMs: [0.11] }) }),
      // Not traced: wall figures only.
      page('c', {}, { late: late([0.3], { controlMs: [0], traceError: 'tracing did not start: busy' }) }),
      page('failed', null, { error: 'x', late: late([9], { batchCpuMs: [9] }) }),
    ];
    const rows = passRows(pages);
    expect(rows.slice(-7).map((r) => r.pass)).toEqual([
      LATE_ROWS.wall,
      LATE_ROWS.cpu,
      LATE_ROWS.controlWall,
      LATE_ROWS.controlCpu,
      LATE_ROWS.idleWall,
      LATE_ROWS.idleCpu,
      LATE_ROWS.warmUp,
    ]);
    const wall = row(rows, LATE_ROWS.wall);
    expect(wall.summary).toMatchObject({ n: 4, median: 0.5, p95: 3 });
    expect(wall.met).toBe(false); // shown, not hidden
    expect(wall.goal).toContain('for reference');
    const cpu = row(rows, LATE_ROWS.cpu);
    expect(cpu.summary).toMatchObject({ n: 2, median: 0.4, p95: 0.6 }); // the null batch is left out
    expect(cpu.max).toBe(0.6);
    expect(cpu.met).toBe(true);
    expect(cpu.goal).toContain('the goal');
    expect(row(rows, LATE_ROWS.controlWall)).toMatchObject({ summary: { n: 4 }, max: 2.5, met: null });
    expect(row(rows, LATE_ROWS.controlCpu)).toMatchObject({ summary: { n: 3 }, max: 0.12, met: null });
    // Nothing traced: no CPU figures, no verdict on them.
    expect(row(passRows([pages[2]!]), LATE_ROWS.cpu)).toMatchObject({ summary: { n: 0 }, met: null });

    expect(lateCpuCoverage(timedPages(pages))).toEqual({
      batches: 4,
      batchesWithCpu: 2,
      controls: 4,
      controlsWithCpu: 3,
      problems: ['c: tracing did not start: busy'],
    });
    const md = render(pages);
    expect(md).toContain(
      `| ${LATE_ROWS.wall} | 4 | 0.50 | 3.00 | 3.00 | — | < 1 per batch (p95), for reference | **no** |`,
    );
    expect(md).toContain(
      `| ${LATE_ROWS.cpu} | 2 | 0.40 | 0.60 | 0.60 | — | < 1 per batch (p95), the goal | yes |`,
    );
    expect(md).toContain(`| ${LATE_ROWS.controlCpu} | 3 | 0.11 | 0.12 | 0.12 | — |  |  |`);
    expect(md).toContain('the goal is judged on CPU');
    expect(md).toContain('CPU figures for 2 of 4 batches and 3 of 4 control frames');
    expect(md).toContain('  - c: tracing did not start: busy');
  });

  it('counts benign widgets Focus hid beside the story apart from benign widgets hidden by mistake', () => {
    const md = render([
      page('a', {}, { late: late([0.2], { besideHidden: 2 }) }),
      page('b', {}, { late: late([0.2], { benignHidden: 1, wrong: ['live-clock'] }) }),
    ]);
    expect(md).toContain(
      "1 benign mutations hidden where the page's mode keeps them (should be 0), 2 hidden by Focus as arriving beside the story (by design)",
    );
    expect(md).toContain('- b: live-clock the wrong way');
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

describe('ground-truth retention per corpus', () => {
  const truth = (
    kind: TruthRetention['kind'],
    shownBefore: number,
    shownAfter: number,
    lostBy: TruthRetention['lostBy'] = [],
  ): TruthRetention => ({
    kind,
    retention: shownBefore === 0 ? 1 : shownAfter / shownBefore,
    pageMatch: 0.8,
    shownBefore,
    shownAfter,
    lost: shownAfter < shownBefore ? ['Residents of the lower town'] : [],
    lostBy,
  });
  const source = (ruleId: string, family: string, units: number) => ({ ruleId, family, stage: 'dom', units });
  const pages = [
    page('readability/001', {}, { retention: null }),
    page('wcxb-dev/0001', {}, { truth: truth('main-content', 100, 100) }),
    page(
      'wcxb-dev/0002',
      {},
      {
        truth: truth('main-content', 100, 90, [source('related-box', 'related', 8), source('', '', 2)]),
      },
    ),
    page('wcxb-dev/0003', {}, { truth: truth('main-content', 200, 197, [source('share-bar', 'share', 3)]) }),
    page('wcxb-dev/0004', { inPlace: Number.NaN }), // no article: nothing hidden, not measured
    page('wcxb-dev/0005', null, { error: 'timeout', truth: truth('main-content', 10, 0) }),
    page('trafilatura-dev/a.html', {}, { truth: truth('with', 4, 4) }),
  ];

  it('gives each corpus its mean, lowest, pooled figure, pages below 99.5% and losses by family', () => {
    const [readability, wcxb, trafilatura] = truthSummaries(pages);
    expect(readability).toMatchObject({ corpus: 'readability', kind: null, pages: 1, n: 0 });
    expect(wcxb).toMatchObject({ corpus: 'wcxb-dev', kind: 'main-content', pages: 5, n: 3, below: 2 });
    expect(wcxb!.mean).toBeCloseTo((1 + 0.9 + 0.985) / 3, 10);
    expect(wcxb!.min).toBeCloseTo(0.9, 10);
    expect(wcxb!.pooled).toBeCloseTo(387 / 400, 10);
    expect(wcxb!.pageMatch).toBeCloseTo(0.8, 10);
    expect(wcxb!.lostByFamily).toEqual([
      { family: 'related', units: 8 },
      { family: 'share', units: 3 },
      { family: '', units: 2 },
    ]);
    expect(wcxb!.worst.map((w) => w.id)).toEqual(['wcxb-dev/0002', 'wcxb-dev/0003']);
    expect(trafilatura).toMatchObject({ kind: 'with', n: 1, mean: 1, min: 1, below: 0, worst: [] });
  });

  it('renders a row per corpus, says Readability has no ground truth of its own, and lists the losses', () => {
    const md = render(pages);
    expect(md).toContain("## Retention of the corpora's ground truth");
    expect(md).toContain("| readability | none beyond Readability's expected output (see above) | 1 |");
    expect(md).toContain(
      '| wcxb-dev | `main_content`, word 5-grams | 3 of 5 | 96.17% | 90.00% | 96.75% | 2 | 80.00% | related 8, share 3, in no hidden block 2 |',
    );
    expect(md).toContain(
      '| wcxb-dev/0002 | 90.00% | 100 | “Residents of the lower town” | dom related-box (related) 8, in no hidden block 2 |',
    );
  });
});

describe('Focus and Tidy per corpus', () => {
  const retention = (r: number, lostBlocks: string[] = []) => ({
    retention: r,
    pageMatch: 1,
    shownBefore: 100,
    shownAfter: 100 * r,
    lostBlocks,
  });
  const truth = (r: number, lostBy: TruthRetention['lostBy'] = []): TruthRetention => ({
    kind: 'main-content',
    retention: r,
    pageMatch: 1,
    shownBefore: 100,
    shownAfter: 100 * r,
    lost: r < 1 ? ['Residents of the lower town'] : [],
    lostBy,
  });
  const mode = (nonStory: number, extra: Partial<ModeReport> = {}): ModeReport => ({
    fallback: null,
    hiddenBlocks: 4,
    retention: retention(1),
    nonStory,
    wordsBefore: 1000,
    nonStoryWords: Math.round(nonStory * 1000),
    nonStoryLines: nonStory > 0 ? [{ text: 'Most read: ten things', words: 4 }] : [],
    rendered: null,
    truth: null,
    ...extra,
  });
  const modes = (focus: ModeReport, tidy: ModeReport) => ({ modes: { focus, tidy } });
  const related = { ruleId: 'focus:not-story', family: 'furniture', stage: 'dom', units: 1 };
  const pages = [
    page(
      'readability/001',
      {},
      modes(mode(0, { retention: retention(0.99, ['Residents of the lower town']) }), mode(0.1)),
    ),
    page('wcxb-dev/0001', {}, modes(mode(0.01, { truth: truth(1) }), mode(0.2, { truth: truth(1) }))),
    page(
      'wcxb-dev/0002',
      {},
      modes(mode(0.03, { truth: truth(0.99, [related]) }), mode(0.4, { truth: truth(1) })),
    ),
    // Focus fell back: the page shows Tidy, and counts under Focus with Tidy's figures.
    page('wcxb-dev/0003', {}, modes(mode(0.3, { fallback: 'story-text-lost' }), mode(0.3))),
    page('wcxb-dev/0004', { inPlace: Number.NaN }), // no article: not measured
    page('wcxb-dev/0005', null, { error: 'timeout', ...modes(mode(0.9), mode(0.9)) }),
  ];

  it('gives each mode, on each corpus, retention, non-story median and p90, the goal and the fallbacks', () => {
    const summaries = modeSummaries(pages);
    expect(summaries.map((m) => `${m.mode} ${m.corpus}`)).toEqual([
      'focus readability',
      'focus wcxb-dev',
      'tidy readability',
      'tidy wcxb-dev',
    ]);
    const [focusReadability, focusWcxb, , tidyWcxb] = summaries;
    expect(focusReadability).toMatchObject({
      pages: 1,
      n: 1,
      retention: { mean: 0.99, min: 0.99, below: 1 },
      truth: null,
      nonStory: { median: 0, p90: 0 },
      met: true,
      fallbacks: [],
      mostNonStory: [], // a page with no non-story text is not listed
    });
    expect(focusReadability!.below).toEqual([
      {
        id: 'readability/001',
        retention: 0.99,
        truth: null,
        lostBlocks: ['Residents of the lower town'],
        truthLost: [],
        lostBy: [],
      },
    ]);
    expect(focusWcxb).toMatchObject({
      pages: 5,
      n: 3,
      retention: { mean: 1, min: 1, below: 0 },
      truth: { n: 2, min: 0.99, below: 1 },
      // Nearest rank over 0.01, 0.03, 0.30.
      nonStory: { median: 0.03, p90: 0.3 },
      met: false,
      fallbacks: [{ id: 'wcxb-dev/0003', reason: 'story-text-lost' }],
    });
    expect(focusWcxb!.truth!.mean).toBeCloseTo(0.995, 10);
    expect(focusWcxb!.below.map((b) => [b.id, b.truth])).toEqual([['wcxb-dev/0002', 0.99]]);
    expect(focusWcxb!.mostNonStory.map((m) => m.id)).toEqual([
      'wcxb-dev/0003',
      'wcxb-dev/0002',
      'wcxb-dev/0001',
    ]);
    expect(tidyWcxb).toMatchObject({
      nonStory: { median: 0.3, p90: 0.4 },
      met: null,
      fallbacks: [],
      below: [],
    });
    // Both goals: a median over 5% misses too.
    expect(modeSummaries([pages[3]!])[0]).toMatchObject({ nonStory: { median: 0.3 }, met: false });
  });

  it('renders a table per mode with every corpus, the pages below 99.5%, the fallbacks and the worst pages', () => {
    const md = render(pages);
    expect(md).toContain('timed pass in Focus');
    const focus = md.slice(md.indexOf('### Focus'), md.indexOf('### Tidy'));
    const tidy = md.slice(md.indexOf('### Tidy'));
    expect(focus).toContain(
      '| readability | 1 of 1 | 99.00% | 99.00% | 1 | — | — | — | 0.00% | 0.00% | 0 | non-story median ≤ 5.00%, p90 ≤ 15.00% | yes |',
    );
    expect(focus).toContain(
      '| wcxb-dev | 3 of 5 | 100.00% | 100.00% | 0 | 99.50% | 99.00% | 1 | 3.00% | 30.00% | 1 | non-story median ≤ 5.00%, p90 ≤ 15.00% | **no** |',
    );
    expect(tidy).toContain(
      '| readability | 1 of 1 | 100.00% | 100.00% | 0 | — | — | — | 10.00% | 10.00% | — | reported |  |',
    );
    expect(tidy).toContain(
      '| wcxb-dev | 3 of 5 | 100.00% | 100.00% | 0 | 100.00% | 100.00% | 0 | 30.00% | 40.00% | — | reported |  |',
    );
    expect(md).toContain('| readability/001 | Focus | 99.00% | — | “Residents of the lower town” |  |');
    expect(md).toContain(
      '| wcxb-dev/0002 | Focus | 100.00% | 99.00% | “Residents of the lower town” | dom focus:not-story (furniture) 1 |',
    );
    expect(md).toContain('Pages where Focus fell back to Tidy: 1');
    expect(md).toContain(
      '- wcxb-dev/0003: story-text-lost (hiding all but the story would leave under 99.5% of the article)',
    );
    expect(md).toContain('| wcxb-dev/0003 | 30.00% | 300 | “Most read: ten things” (4) |');
    expect(render([page('readability/veiled', {}, { undisplayed: true }), pages[1]!])).toContain(
      '1 page(s) keep `<html>` or `<body>` `display: none` until their (blocked) scripts run; the benchmark displays them for its readings of `innerText`: readability/veiled.',
    );
    const clean = render([pages[1]!]);
    expect(clean).toContain('Pages below 99.50% in a mode: none.');
    expect(clean).toContain('Pages where Focus fell back to Tidy: 0.');
  });
});

describe('main-thread CPU per late-widget batch from the trace', () => {
  const MAIN = 'MAIN';
  const frame = (id: number, ts: number, tdur: number | undefined, f = MAIN): TraceEvent => ({
    name: 'FireAnimationFrame',
    ts,
    dur: (tdur ?? 0) + 50,
    ...(tdur === undefined ? {} : { tdur }),
    args: { data: { id, frame: f } },
  });
  const call = (functionName: string, ts: number, tdur: number): TraceEvent => ({
    name: 'FunctionCall',
    ts,
    dur: tdur,
    tdur,
    args: { data: { functionName, frame: MAIN } },
  });
  const observer = (ts: number, tdur: number) => call(OBSERVER_FUNCTION, ts, tdur);

  it("matches a batch's frame callback by its requestAnimationFrame id and gives its tdur in ms", () => {
    const events = [frame(5, 2000, 300), frame(4, 1000, 999), frame(2, 500, 700)];
    expect(lateCpuFromTrace(events, { batch: [2, 5], control: [4] }, MAIN)).toEqual({
      batchCpuMs: [0.7, 0.3],
      controlCpuMs: [0.999],
      idleCpuMs: [],
    });
  });

  it('adds the observer callbacks since the previous batch to each batch, and only those', () => {
    const events = [
      observer(100, 40), // before batch 2
      frame(2, 200, 500),
      call('', 210, 480), // the batch's own callback, nested: already in the frame's tdur
      frame(3, 900, 100), // a control
      observer(1000, 30), // before batch 5
      observer(1100, 20), // also before batch 5 (a second callback)
      frame(5, 1500, 250),
      call('somethingElse', 1600, 999), // not the observer
      observer(1700, 60), // after the last batch: nobody's
    ];
    const cpu = lateCpuFromTrace(events, { batch: [2, 5], control: [3] }, MAIN);
    expect(cpu.batchCpuMs[0]).toBeCloseTo(0.54, 10);
    expect(cpu.batchCpuMs[1]).toBeCloseTo(0.3, 10);
    expect(cpu.controlCpuMs).toEqual([0.1]);
  });

  it('gives null for a frame missing from the trace or without tdur, and for the batch after a missing one', () => {
    const events = [frame(2, 100, 200), observer(300, 10), frame(9, 500, 100), frame(11, 700, undefined)];
    expect(lateCpuFromTrace(events, { batch: [2, 6, 9, 11], control: [7, 11] }, MAIN)).toEqual({
      // 6 is missing, so the observer call at 300 cannot be placed: 9 is null too.
      batchCpuMs: [0.2, null, null, null],
      controlCpuMs: [null, null],
      idleCpuMs: [],
    });
    expect(lateCpuFromTrace([], { batch: [], control: [] })).toEqual({
      batchCpuMs: [],
      controlCpuMs: [],
      idleCpuMs: [],
    });
  });

  it('finds the idle-time checks by their requestIdleCallback ids, apart from the frames', () => {
    const idle = (id: number, ts: number, tdur: number): TraceEvent => ({
      name: 'FireIdleCallback',
      ts,
      dur: tdur + 10,
      tdur,
      args: { data: { id, frame: MAIN } },
    });
    // Frame and idle ids count separately: frame 1 and idle callback 1 are different callbacks.
    const events = [frame(1, 100, 200), idle(1, 400, 1500), idle(2, 900, 300), observer(950, 999)];
    expect(lateCpuFromTrace(events, { batch: [1], control: [], idle: [1, 2, 3] }, MAIN)).toEqual({
      batchCpuMs: [0.2],
      controlCpuMs: [],
      idleCpuMs: [1.5, 0.3, null],
    });
  });

  it("counts only the main frame's frame callbacks when it is known, else the latest with the id", () => {
    const events = [frame(2, 100, 200), frame(2, 300, 900, 'IFRAME'), frame(3, 50, 40, 'IFRAME')];
    expect(animationFrameEvents(events, [2, 3], MAIN).map((e) => e?.tdur ?? null)).toEqual([200, null]);
    expect(animationFrameEvents(events, [2, 3]).map((e) => e?.tdur ?? null)).toEqual([900, 40]);
  });
});
