import type { FocusFallback, InPageMode } from '../../src/core/inpage';
import { percentile, summarize, type Summary } from '../lib/stats';
import type { LateReport, ModeReport, PageReport, PassTimes, WarmTimes } from './protocol';
import type { LossSource, TruthRetention } from './truth-retention';

/** Everything one `npm run bench:browser` run measured. */
export interface BrowserBenchRun {
  startedAt: string;
  browser: string;
  wallSeconds: number;
  /** The mode the timed pass cleaned in (both modes are measured; see ModeReport). */
  mode: InPageMode;
  /** --smoke / --limit: figures are not comparable to a full run. */
  partial: boolean;
  skipped: string[];
  pages: PageReport[];
}

/** Issue 4's goals. */
export const GOALS = {
  /** (a)+(b), the pass before first paint and at DOM ready. */
  beforePaintMedianMs: 8,
  beforePaintP95Ms: 30,
  /** (d) one late-widget batch, judged on its main-thread CPU (the wall figure is shown beside it). */
  lateBatchMs: 1,
  retention: 0.995,
} as const;

/** Issue 14's goals for the visible non-story text in Focus, per corpus (Tidy's is reported only). */
export const FOCUS_NON_STORY_GOALS = { median: 0.05, p90: 0.15 } as const;

export interface PassRow {
  pass: string;
  summary: Summary;
  max: number;
  /** Median, p95 and total each divided by raw Readability's on the same pages; null for (d). */
  ratio: { median: number; p95: number; total: number } | null;
  goal: string;
  met: boolean | null;
}

const PASSES: { pass: string; time: (t: PassTimes) => number; goal?: 'before-paint' }[] = [
  { pass: '(a) document_start: compile rules + cssForRules + early sheet', time: (t) => t.docStart },
  { pass: '    of which compiling the built-in rules', time: (t) => t.compile },
  { pass: '(b) DOM ready: cleanInPlace + late-widget watch', time: (t) => t.inPlace },
  { pass: '(a)+(b) before paint + DOM ready', time: (t) => t.docStart + t.inPlace, goal: 'before-paint' },
  { pass: 'engine clean() at DOM ready (article text for (b))', time: (t) => t.engine },
  { pass: 'all in-page work: (a) + clean() + (b)', time: (t) => t.docStart + t.engine + t.inPlace },
  { pass: '(c) raw Readability: cloneNode + parse', time: (t) => t.readability },
];

/** Pages where every pass ran (the engine found an article): the pages the timing rows compare. */
export function timedPages(pages: readonly PageReport[]): (PageReport & { times: PassTimes })[] {
  return pages.filter(
    (p): p is PageReport & { times: PassTimes } =>
      !p.error && p.times !== null && Number.isFinite(p.times.inPlace),
  );
}

export function passRows(pages: readonly PageReport[]): PassRow[] {
  const timed = timedPages(pages);
  const base = summarize(timed.map((p) => p.times.readability));
  const rows: PassRow[] = PASSES.map(({ pass, time, goal }) => {
    const values = timed.map((p) => time(p.times));
    const summary = summarize(values);
    const met =
      goal === 'before-paint' && summary.n > 0
        ? summary.median <= GOALS.beforePaintMedianMs && summary.p95 <= GOALS.beforePaintP95Ms
        : null;
    return {
      pass,
      summary,
      max: Math.max(0, ...values),
      ratio: ratio(summary, base),
      goal:
        goal === 'before-paint'
          ? `median ≤ ${GOALS.beforePaintMedianMs}, p95 ≤ ${GOALS.beforePaintP95Ms}`
          : '',
      met,
    };
  });
  return [...rows, ...lateRows(timed)];
}

/** Rows of figures that are not per page (no ratio to Readability), optionally held to a p95 goal. */
function pooledRow(pass: string, values: number[], goal?: { text: string; p95Below: number }): PassRow {
  const summary = summarize(values);
  return {
    pass,
    summary,
    max: Math.max(0, ...values),
    ratio: null,
    goal: goal?.text ?? '',
    met: goal && summary.n > 0 ? summary.p95 < goal.p95Below : null,
  };
}

const known = (xs: readonly (number | null)[] | null | undefined) =>
  (xs ?? []).filter((x): x is number => x !== null);

export const LATE_ROWS = {
  wall: '(d) late-widget batch, wall clock (observer callbacks + batch)',
  cpu: '(d) late-widget batch, main-thread CPU (trace tdur)',
  controlWall: '    control: empty batch, wall clock',
  controlCpu: '    control: empty batch, main-thread CPU (trace tdur)',
  idleWall: '(d) article-text check of late blocks, in idle time, wall clock',
  idleCpu: '(d) article-text check of late blocks, in idle time, main-thread CPU',
  warmUp: '(d) warm-up of the late path, in idle time once per page, wall clock',
} as const;

/**
 * (d) pooled over pages: the batches' wall clock and main-thread CPU, each held to the goal (the goal
 * is judged on CPU; the wall row's verdict is shown, not hidden), then the control (an empty batch in
 * the same timing wrapper): the floor of both figures. Batches without a CPU figure are left out of
 * the CPU rows (see `lateCpuCoverage`).
 */
export function lateRows(pages: readonly PageReport[]): PassRow[] {
  const late = pages.flatMap((p) => (p.late ? [p.late] : []));
  const goal = (judged: boolean) => ({
    text: `< ${GOALS.lateBatchMs} per batch (p95)${judged ? ', the goal' : ', for reference'}`,
    p95Below: GOALS.lateBatchMs,
  });
  const rows: [string, (l: LateReport) => number[], ReturnType<typeof goal>?][] = [
    [LATE_ROWS.wall, (l) => l.batchMs, goal(false)],
    [LATE_ROWS.cpu, (l) => known(l.batchCpuMs), goal(true)],
    [LATE_ROWS.controlWall, (l) => l.controlMs],
    [LATE_ROWS.controlCpu, (l) => known(l.controlCpuMs)],
    [LATE_ROWS.idleWall, (l) => l.idleMs],
    [LATE_ROWS.idleCpu, (l) => known(l.idleCpuMs)],
    [LATE_ROWS.warmUp, (l) => l.warmUpMs],
  ];
  return rows.map(([pass, values, g]) => pooledRow(pass, late.flatMap(values), g));
}

/** How many batches and control frames have a CPU figure, of how many, and why some have none. */
export function lateCpuCoverage(pages: readonly PageReport[]) {
  const late = pages.flatMap((p) => (p.late ? [{ id: p.id, late: p.late }] : []));
  return {
    batches: late.reduce((s, { late: l }) => s + l.batchMs.length, 0),
    batchesWithCpu: late.reduce((s, { late: l }) => s + known(l.batchCpuMs).length, 0),
    controls: late.reduce((s, { late: l }) => s + l.controlMs.length, 0),
    controlsWithCpu: late.reduce((s, { late: l }) => s + known(l.controlCpuMs).length, 0),
    problems: late.flatMap(({ id, late: l }) => (l.traceError ? [`${id}: ${l.traceError}`] : [])),
  };
}

/** The warm re-runs (see WarmTimes), same pages as `passRows`, as ratios to warm Readability. */
export function warmRows(pages: readonly PageReport[]): PassRow[] {
  const warm = timedPages(pages)
    .map((p) => p.warm)
    .filter((w): w is WarmTimes => w !== null);
  const base = summarize(warm.map((w) => w.readability));
  const rows: [string, (w: WarmTimes) => number][] = [
    ['(b) cleanInPlace + late-widget watch', (w) => w.inPlace],
    ['engine clean()', (w) => w.engine],
    ['(c) raw Readability', (w) => w.readability],
  ];
  return rows.map(([pass, time]) => {
    const values = warm.map(time);
    const summary = summarize(values);
    return { pass, summary, max: Math.max(0, ...values), ratio: ratio(summary, base), goal: '', met: null };
  });
}

function ratio(x: Summary, base: Summary): PassRow['ratio'] {
  if (base.n === 0 || base.median === 0 || base.p95 === 0 || base.total === 0) return null;
  return { median: x.median / base.median, p95: x.p95 / base.p95, total: x.total / base.total };
}

export interface RetentionSummary {
  /** Pages with an article whose retention was measured. */
  n: number;
  /** Article grams shown after ÷ before, summed over all pages. */
  pooled: number;
  mean: number;
  min: number;
  below: number;
  /** Lowest first. */
  worst: { id: string; retention: number; pageMatch: number; lostBlocks: string[] }[];
  early: { mean: number; min: number; below: number; worst: { id: string; retention: number }[] };
}

export function retentionSummary(pages: readonly PageReport[], worst = 10): RetentionSummary {
  const measured = pages.filter((p) => !p.error && p.retention);
  const r = measured.map((p) => ({ id: p.id, ...p.retention! }));
  const before = r.reduce((s, x) => s + x.shownBefore, 0);
  const after = r.reduce((s, x) => s + x.shownAfter, 0);
  const early = measured
    .filter((p) => p.earlyRetention !== null)
    .map((p) => ({ id: p.id, retention: p.earlyRetention! }));
  const byRetention = <T extends { retention: number }>(xs: T[]) =>
    [...xs].sort((a, b) => a.retention - b.retention);
  const mean = (xs: { retention: number }[]) =>
    xs.length === 0 ? 1 : xs.reduce((s, x) => s + x.retention, 0) / xs.length;
  const min = (xs: { retention: number }[]) => Math.min(1, ...xs.map((x) => x.retention));
  return {
    n: r.length,
    pooled: before === 0 ? 1 : after / before,
    mean: mean(r),
    min: min(r),
    below: r.filter((x) => x.retention < GOALS.retention).length,
    worst: byRetention(r)
      .slice(0, worst)
      .map((x) => ({ id: x.id, retention: x.retention, pageMatch: x.pageMatch, lostBlocks: x.lostBlocks })),
    early: {
      mean: mean(early),
      min: min(early),
      below: early.filter((x) => x.retention < GOALS.retention).length,
      worst: byRetention(early).slice(0, 5),
    },
  };
}

/** What each corpus's ground truth is, as the report names it. */
const TRUTH_NAMES: Record<TruthRetention['kind'], string> = {
  'main-content': '`main_content`, word 5-grams',
  with: '`with` snippets, whole',
};

export interface TruthSummary {
  /** The page id's first segment: `readability`, `trafilatura-dev`, `wcxb-dev`. */
  corpus: string;
  /** Null for a corpus without ground truth of its own (Readability's: only its expected output). */
  kind: TruthRetention['kind'] | null;
  /** Pages of the corpus in the run, and of those measured (an article found, so something cleaned). */
  pages: number;
  n: number;
  /** Units shown after ÷ before, summed over the corpus's pages. */
  pooled: number;
  mean: number;
  min: number;
  below: number;
  /** Mean over pages of the ground truth's share that the restored page showed. */
  pageMatch: number;
  /** Lost units by rule family over the corpus (`''`: in no hidden block), most first. */
  lostByFamily: { family: string; units: number }[];
  /** Pages below the goal, lowest first. */
  worst: { id: string; retention: number; shownBefore: number; lost: string[]; lostBy: LossSource[] }[];
}

const corpusOf = (id: string) => id.split('/')[0]!;

/** Ground-truth retention per corpus, in the order the corpora come in the run. */
export function truthSummaries(pages: readonly PageReport[], worst = 10): TruthSummary[] {
  const corpora = [...new Set(pages.map((p) => corpusOf(p.id)))];
  return corpora.map((corpus) => {
    const all = pages.filter((p) => corpusOf(p.id) === corpus);
    const measured = all.flatMap((p) => (!p.error && p.truth ? [{ id: p.id, ...p.truth }] : []));
    const sum = (f: (t: TruthRetention) => number) => measured.reduce((s, t) => s + f(t), 0);
    const families = new Map<string, number>();
    for (const t of measured)
      for (const l of t.lostBy) families.set(l.family, (families.get(l.family) ?? 0) + l.units);
    const n = measured.length;
    return {
      corpus,
      kind: measured[0]?.kind ?? null,
      pages: all.length,
      n,
      pooled: sum((t) => t.shownBefore) === 0 ? 1 : sum((t) => t.shownAfter) / sum((t) => t.shownBefore),
      mean: n === 0 ? 1 : sum((t) => t.retention) / n,
      min: Math.min(1, ...measured.map((t) => t.retention)),
      below: measured.filter((t) => t.retention < GOALS.retention).length,
      pageMatch: n === 0 ? 1 : sum((t) => t.pageMatch) / n,
      lostByFamily: [...families]
        .map(([family, units]) => ({ family, units }))
        .sort((a, b) => b.units - a.units),
      worst: measured
        .filter((t) => t.retention < GOALS.retention)
        .sort((a, b) => a.retention - b.retention)
        .slice(0, worst)
        .map((t) => ({
          id: t.id,
          retention: t.retention,
          shownBefore: t.shownBefore,
          lost: t.lost,
          lostBy: t.lostBy,
        })),
    };
  });
}

export const MODES: readonly InPageMode[] = ['focus', 'tidy'];

/** One mode on one corpus (see ModeReport): retention, visible non-story text, Focus's fallbacks. */
export interface ModeSummary {
  corpus: string;
  mode: InPageMode;
  /** Pages of the corpus in the run, and of those measured (an article found, so something cleaned). */
  pages: number;
  n: number;
  /** The engine's article on `body.innerText`: mean and lowest per page, pages below the goal. */
  retention: { mean: number; min: number; below: number };
  /** The corpus's ground truth the same way; null for a corpus without one (or nothing measured). */
  truth: { n: number; mean: number; min: number; below: number } | null;
  /** Visible non-story text per page (share of the words before cleaning). */
  nonStory: { median: number; p90: number; mean: number };
  /** Focus: both non-story goals met (null with nothing measured); Tidy: null (reported only). */
  met: boolean | null;
  /** Pages where Focus gave way to Tidy, and why. */
  fallbacks: { id: string; reason: FocusFallback }[];
  /** Pages below the goal by either retention, lowest article retention first. */
  below: {
    id: string;
    retention: number;
    truth: number | null;
    lostBlocks: string[];
    truthLost: string[];
    lostBy: LossSource[];
  }[];
  /** The pages with most non-story text left (any at all), most first. */
  mostNonStory: { id: string; nonStory: number; words: number; lines: ModeReport['nonStoryLines'] }[];
}

/** Each mode on each corpus, corpora in the order they come in the run, Focus first. */
export function modeSummaries(pages: readonly PageReport[], worst = 5): ModeSummary[] {
  const corpora = [...new Set(pages.map((p) => corpusOf(p.id)))];
  return MODES.flatMap((mode) =>
    corpora.map((corpus) => {
      const all = pages.filter((p) => corpusOf(p.id) === corpus);
      const measured = all.flatMap((p) => (!p.error && p.modes ? [{ id: p.id, ...p.modes[mode] }] : []));
      const n = measured.length;
      const mean = (xs: number[]) => (xs.length === 0 ? 1 : xs.reduce((a, b) => a + b, 0) / xs.length);
      const retention = measured.map((m) => m.retention.retention);
      const truths = measured.flatMap((m) => (m.truth ? [m.truth.retention] : []));
      const nonStory = measured.map((m) => m.nonStory);
      const median = percentile(nonStory, 50);
      const p90 = percentile(nonStory, 90);
      const low = (m: (typeof measured)[number]) =>
        m.retention.retention < GOALS.retention || (m.truth !== null && m.truth.retention < GOALS.retention);
      return {
        corpus,
        mode,
        pages: all.length,
        n,
        retention: {
          mean: mean(retention),
          min: Math.min(1, ...retention),
          below: retention.filter((r) => r < GOALS.retention).length,
        },
        truth:
          truths.length === 0
            ? null
            : {
                n: truths.length,
                mean: mean(truths),
                min: Math.min(1, ...truths),
                below: truths.filter((r) => r < GOALS.retention).length,
              },
        nonStory: { median, p90, mean: nonStory.length === 0 ? 0 : mean(nonStory) },
        met:
          mode === 'focus' && n > 0
            ? median <= FOCUS_NON_STORY_GOALS.median && p90 <= FOCUS_NON_STORY_GOALS.p90
            : null,
        fallbacks: measured.flatMap((m) => (m.fallback ? [{ id: m.id, reason: m.fallback }] : [])),
        below: measured
          .filter(low)
          .sort((a, b) => a.retention.retention - b.retention.retention)
          .map((m) => ({
            id: m.id,
            retention: m.retention.retention,
            truth: m.truth?.retention ?? null,
            lostBlocks: m.retention.lostBlocks,
            truthLost: m.truth?.lost ?? [],
            lostBy: m.truth?.lostBy ?? [],
          })),
        mostNonStory: measured
          .filter((m) => m.nonStoryWords > 0)
          .sort((a, b) => b.nonStory - a.nonStory)
          .slice(0, worst)
          .map((m) => ({ id: m.id, nonStory: m.nonStory, words: m.nonStoryWords, lines: m.nonStoryLines })),
      };
    }),
  );
}

/** What each fallback means, as the report says it. */
const FALLBACK_REASONS: Record<FocusFallback, string> = {
  'no-article': 'no article found',
  'story-not-found': "no block of the page holds the article's text",
  'story-text-lost': `hiding all but the story would leave under ${(GOALS.retention * 100).toFixed(1)}% of the article`,
};

const MODE_NAMES: Record<InPageMode, string> = { focus: 'Focus', tidy: 'Tidy' };
const ms = (x: number) => x.toFixed(2);
const pct = (x: number) => `${(x * 100).toFixed(2)}%`;
const yes = (ok: boolean | null) => (ok === null ? '' : ok ? 'yes' : '**no**');

function table(head: string[], rows: (string | number)[][]): string {
  const line = (cells: (string | number)[]) =>
    `| ${cells.map((c) => String(c).replace(/\|/g, '\\|')).join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}

export function renderBrowserReport(run: BrowserBenchRun): string {
  const out: string[] = [];
  const timed = timedPages(run.pages);
  const errors = run.pages.filter((p) => p.error);
  const noArticle = run.pages.filter((p) => !p.error && p.times && !Number.isFinite(p.times.inPlace));
  const isolated = run.pages.filter((p) => p.isolated).length;
  out.push(`# Cleanwire in-page benchmark (Chromium) — ${run.startedAt}`, '');
  out.push(
    `${run.browser}; ${run.pages.length} corpus pages in ${run.wallSeconds.toFixed(0)} s; timed pass in ${MODE_NAMES[run.mode]}; ` +
      `${timed.length} timed (the engine found an article), ${noArticle.length} without an article, ${errors.length} failed.` +
      (run.partial ? ' **Partial run** (--smoke/--limit): not comparable to a full run.' : ''),
  );
  for (const s of run.skipped) out.push('', `> Skipped: ${s}`);
  const undisplayed = run.pages.filter((p) => p.undisplayed).map((p) => p.id);
  if (undisplayed.length > 0)
    out.push(
      '',
      `${undisplayed.length} page(s) keep \`<html>\` or \`<body>\` \`display: none\` until their (blocked) scripts run; the benchmark displays them for its readings of \`innerText\`: ${undisplayed.join(', ')}.`,
    );

  out.push('', '## Time per page (ms)', '');
  out.push(
    table(
      ['pass', 'n', 'median', 'p95', 'max', '÷ Readability (median / p95 / total)', 'goal', 'met'],
      passRows(run.pages).map((r) => [
        r.pass,
        r.summary.n,
        ms(r.summary.median),
        ms(r.summary.p95),
        ms(r.max),
        r.ratio
          ? `${r.ratio.median.toFixed(2)}× / ${r.ratio.p95.toFixed(2)}× / ${r.ratio.total.toFixed(2)}×`
          : '—',
        r.goal,
        yes(r.met),
      ]),
    ),
  );
  out.push('', 'The same regions run again on the same page once V8 has compiled them (best of two):', '');
  out.push(
    table(
      ['pass, warm', 'n', 'median', 'p95', 'max', '÷ Readability warm (median / p95 / total)'],
      warmRows(run.pages).map((r) => [
        r.pass,
        r.summary.n,
        ms(r.summary.median),
        ms(r.summary.p95),
        ms(r.max),
        r.ratio
          ? `${r.ratio.median.toFixed(2)}× / ${r.ratio.p95.toFixed(2)}× / ${r.ratio.total.toFixed(2)}×`
          : '—',
      ]),
    ),
  );
  out.push(
    '',
    '- One cold run per page, as a content script runs: a fresh tab per page, the bundle served `no-store`. Cold minus warm is what compiling code and regular expressions costs on each page load.',
    '- Raw Readability and Cleanwire (clean() then cleanInPlace) run on the same page at DOMContentLoaded, their order alternating page by page.',
    `- Clock: \`performance.now()\` in a cross-origin-isolated page (5 µs) on ${isolated} of ${run.pages.length} pages.`,
    '- Page scripts are blocked by CSP; nothing leaves 127.0.0.1.',
    "- (d) is given twice: the wall clock around a batch includes the renderer being preempted on a shared machine; the main-thread CPU (`tdur` in a Chrome trace of the late phase) is the work the batch costs the page's main thread, so the goal is judged on CPU and the wall verdict is shown for reference. The control rows (an empty batch, timed the same way) are the floor under both.",
  );
  const coverage = lateCpuCoverage(timed);
  if (coverage.batchesWithCpu < coverage.batches || coverage.controlsWithCpu < coverage.controls) {
    out.push(
      `- CPU figures for ${coverage.batchesWithCpu} of ${coverage.batches} batches and ${coverage.controlsWithCpu} of ${coverage.controls} control frames; the rest are left out of the CPU rows:`,
    );
    for (const p of coverage.problems.slice(0, 5)) out.push(`  - ${p}`);
    if (coverage.problems.length > 5) out.push(`  - … and ${coverage.problems.length - 5} more pages`);
  }

  const late = timed.filter((p) => p.late);
  const clutter = late.reduce((s, p) => s + p.late!.clutterWidgets, 0);
  const caught = late.reduce((s, p) => s + p.late!.clutterHidden, 0);
  const benign = late.reduce((s, p) => s + p.late!.benignHidden, 0);
  const beside = late.reduce((s, p) => s + p.late!.besideHidden, 0);
  const shownAgain = late.reduce((s, p) => s + p.late!.shownAgain, 0);
  out.push(
    '',
    `Late widgets: ${caught} of ${clutter} clutter widgets hidden after load (${late.length} pages); ${benign} benign mutations hidden where the page's mode keeps them (should be 0), ${beside} hidden by Focus as arriving beside the story (by design); ${shownAgain} late block(s) shown again by the idle-time article-text check.`,
  );
  const wrong = late.filter((p) => p.late!.wrong.length > 0);
  for (const p of wrong.slice(0, 10)) out.push(`- ${p.id}: ${p.late!.wrong.join(', ')} the wrong way`);
  if (wrong.length > 10) out.push(`- … and ${wrong.length - 10} more pages`);

  const ret = retentionSummary(run.pages);
  out.push(
    '',
    `## Retention on the rendered page (\`body.innerText\`), timed run in ${MODE_NAMES[run.mode]}`,
    '',
  );
  out.push(
    `${ret.n} pages: article text still shown after in-page cleaning ${pct(ret.pooled)} overall, ` +
      `mean ${pct(ret.mean)} per page, lowest ${pct(ret.min)}; ${ret.below} page(s) below ${pct(GOALS.retention)}.`,
  );
  out.push(
    `Under the early stylesheet alone (first paint → DOM ready): mean ${pct(ret.early.mean)}, lowest ${pct(ret.early.min)}; ${ret.early.below} page(s) below ${pct(GOALS.retention)} (that text appears at DOM ready).`,
  );
  if (ret.worst.length > 0) {
    out.push('', 'Worst pages:', '');
    out.push(
      table(
        ['page', 'retention', 'article on page', 'blocks mostly hidden'],
        ret.worst.map((w) => [
          w.id,
          pct(w.retention),
          pct(w.pageMatch),
          w.lostBlocks
            .slice(0, 2)
            .map((b) => `“${b}”`)
            .join(' '),
        ]),
      ),
    );
  }
  out.push(...renderTruth(truthSummaries(run.pages)));
  out.push(...renderModes(modeSummaries(run.pages)));
  if (errors.length > 0) {
    out.push('', '## Failed pages', '');
    for (const p of errors) out.push(`- ${p.id}: ${(p.error ?? '').split('\n')[0]}`);
  }
  return out.join('\n') + '\n';
}

const sourceName = (family: string, ruleId?: string) =>
  family === '' ? 'in no hidden block' : ruleId ? `${ruleId} (${family})` : family;

function renderTruth(summaries: TruthSummary[]): string[] {
  const out = ['', "## Retention of the corpora's ground truth (`body.innerText`)", ''];
  out.push(
    "The same comparison against each corpus's own ground truth instead of the engine's output, so text the engine missed (and the in-place pass therefore did not protect) counts as lost too. Over the ground truth the restored page showed; pages without an article (nothing hidden) are not counted.",
    '',
  );
  out.push(
    table(
      [
        'corpus',
        'ground truth',
        'pages',
        'mean',
        'lowest',
        'pooled',
        `below ${pct(GOALS.retention)}`,
        'shown on the page',
        'lost, by family (units)',
      ],
      summaries.map((t) =>
        t.kind === null
          ? [
              t.corpus,
              "none beyond Readability's expected output (see above)",
              t.pages,
              '—',
              '—',
              '—',
              '—',
              '—',
              '—',
            ]
          : [
              t.corpus,
              TRUTH_NAMES[t.kind],
              `${t.n} of ${t.pages}`,
              pct(t.mean),
              pct(t.min),
              pct(t.pooled),
              t.below,
              pct(t.pageMatch),
              t.lostByFamily.map((f) => `${sourceName(f.family)} ${f.units}`).join(', ') || '—',
            ],
      ),
    ),
  );
  const worst = summaries.flatMap((t) => t.worst);
  if (worst.length > 0) {
    out.push('', `Pages below ${pct(GOALS.retention)}, lowest first per corpus:`, '');
    out.push(
      table(
        ['page', 'retention', 'units shown', 'first lost text', 'hidden by (units)'],
        worst.map((w) => [
          w.id,
          pct(w.retention),
          w.shownBefore,
          w.lost[0] ? `“${w.lost[0]}”` : '',
          w.lostBy
            .slice(0, 3)
            .map((l) => `${sourceName(l.family, `${l.stage} ${l.ruleId}`)} ${l.units}`)
            .join(', '),
        ]),
      ),
    );
  }
  return out;
}

function renderModes(summaries: ModeSummary[]): string[] {
  const out = ['', '## Focus and Tidy on the page as served (`body.innerText`)', ''];
  out.push(
    "Each mode's pass on every page with an article, untimed, on the page as served (the timed run's page restored and the benchmark's late widgets taken off), with the timed run's article text. Retention as above, of the engine's article and of the corpus's ground truth. Visible non-story text: words of `body.innerText` after the pass that no 5-gram of the extracted article covers, as a share of the page's words before cleaning. A page where Focus fell back shows Tidy, and counts under Focus with what it shows.",
  );
  for (const mode of MODES) {
    const rows = summaries.filter((m) => m.mode === mode);
    const focus = mode === 'focus';
    out.push('', `### ${MODE_NAMES[mode]}`, '');
    out.push(
      table(
        [
          'corpus',
          'pages',
          'article retention: mean',
          'lowest',
          `< ${pct(GOALS.retention)}`,
          'ground truth: mean',
          'lowest',
          `< ${pct(GOALS.retention)}`,
          'non-story text: median',
          'p90',
          'fell back to Tidy',
          'goal',
          'met',
        ],
        rows.map((m) => [
          m.corpus,
          `${m.n} of ${m.pages}`,
          pct(m.retention.mean),
          pct(m.retention.min),
          m.retention.below,
          m.truth ? pct(m.truth.mean) : '—',
          m.truth ? pct(m.truth.min) : '—',
          m.truth ? m.truth.below : '—',
          pct(m.nonStory.median),
          pct(m.nonStory.p90),
          focus ? m.fallbacks.length : '—',
          focus
            ? `non-story median ≤ ${pct(FOCUS_NON_STORY_GOALS.median)}, p90 ≤ ${pct(FOCUS_NON_STORY_GOALS.p90)}`
            : 'reported',
          yes(m.met),
        ]),
      ),
    );
  }
  const below = summaries.flatMap((m) => m.below.map((b) => ({ mode: m.mode, ...b })));
  out.push('', `Pages below ${pct(GOALS.retention)} in a mode: ${below.length === 0 ? 'none.' : ''}`);
  if (below.length > 0) {
    out.push(
      '',
      table(
        ['page', 'mode', 'article retention', 'ground truth', 'first lost text', 'hidden by (units)'],
        below.map((b) => [
          b.id,
          MODE_NAMES[b.mode],
          pct(b.retention),
          b.truth === null ? '—' : pct(b.truth),
          [b.lostBlocks[0], b.truthLost[0]]
            .filter((t) => t !== undefined)
            .map((t) => `“${t}”`)
            .join(' '),
          b.lostBy
            .slice(0, 3)
            .map((l) => `${sourceName(l.family, `${l.stage} ${l.ruleId}`)} ${l.units}`)
            .join(', '),
        ]),
      ),
    );
  }
  const fallbacks = summaries.flatMap((m) => m.fallbacks.map((f) => ({ mode: m.mode, ...f })));
  out.push('', `Pages where Focus fell back to Tidy: ${fallbacks.length}${fallbacks.length > 0 ? '' : '.'}`);
  if (fallbacks.length > 0) out.push('');
  for (const f of fallbacks) out.push(`- ${f.id}: ${f.reason} (${FALLBACK_REASONS[f.reason]})`);
  const most = summaries.filter((m) => m.mode === 'focus').flatMap((m) => m.mostNonStory);
  if (most.length > 0) {
    out.push('', 'Most non-story text left in Focus, per corpus:', '');
    out.push(
      table(
        ['page', 'non-story text', 'words', 'lines with most of it (words)'],
        most.map((m) => [
          m.id,
          pct(m.nonStory),
          m.words,
          m.lines.map((l) => `“${l.text}” (${l.words})`).join(' '),
        ]),
      ),
    );
  }
  return out;
}
