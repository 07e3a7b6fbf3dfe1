/**
 * The benchmark's in-page script, bundled into one classic script (IIFE) and loaded by a <script>
 * tag the runner's server puts right after the doctype, so it runs where a `document_start` content
 * script runs: before the parser has built the page. It times, in this one page load:
 * (a) the document_start pass, (b) the DOM-ready pass, (c) raw Readability on a clone of the same
 * page, (d) the late-widget cleaner per batch; then measures retention on `body.innerText`.
 * Before (d) the page sets `window.__cwBenchLateReady` and waits for the runner to call
 * `window.__cwBenchStartLate()` (it traces that phase for the batches' CPU time), or 10 s at most.
 * The result goes to `window.__cwBenchReport`, which the runner reads. Each region is timed once,
 * cold, as a content script runs once per page load; only afterwards, on the restored page, the warm
 * re-runs show how much of that was compiling.
 */
import { Readability } from '@mozilla/readability';
import { clean, hostnameOf } from '../../../src/core/clean';
import { buildArticleIndex } from '../../../src/core/inpage/article-index';
import { cleanInPlace, restore } from '../../../src/core/inpage/clean-in-place';
import { cssForRules, HIDDEN_ATTR, installStyle, removeStyles } from '../../../src/core/inpage/css';
import type { InPageMode, InPageResult } from '../../../src/core/inpage/hide';
import { findArticleContainer } from '../../../src/core/inpage/judge';
import {
  createLateWidgetCleaner,
  LATE_CHECK_MAX_WAIT_MS,
  type LateWidgetCleaner,
} from '../../../src/core/inpage/late';
import { nonStoryText } from '../../../src/core/inpage/non-story';
import { BUILTIN_RULES, selectorCheckFor } from '../../../src/core/rules/compile';
import { EARLY_RULES } from '../../../src/generated/early-rules';
import { matchPage } from '../../../src/core/rules/match';
import { rulesForHost } from '../../../src/core/rules/remove';
import { blockText, preview } from '../../../src/core/text';
import type { CompiledRule } from '../../../src/core/types';
import type { LateReport, ModeReport, PageConfig, PageReport, PassTimes, WarmTimes } from '../protocol';
import type { HiddenText } from '../truth-retention';
import { visibleRetention } from '../visible-retention';
import { LATE_WIDGETS } from './widgets';

const now = () => performance.now();
const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function fail(config: PageConfig, error: unknown): void {
  window.__cwBenchReport = {
    id: config.id,
    error: error instanceof Error ? `${error.message}\n${error.stack ?? ''}` : String(error),
    status: 'error',
    isolated: crossOriginIsolated,
    elements: document.getElementsByTagName('*').length,
    selectors: 0,
    times: null,
    hiddenAtDomReady: 0,
    sparedForArticle: 0,
    late: null,
    retention: null,
    earlyRetention: null,
    rendered: null,
    truth: null,
    warm: null,
    modes: null,
    undisplayed: false,
  };
}

function documentStart(config: PageConfig) {
  const hostname = hostnameOf(config.url);
  const t0 = now();
  // The built-in rules come compiled from the build (src/generated): nothing is left to compile, and the
  // early sheet takes the selector rules with their sheet selectors worked out there too (EARLY_RULES),
  // as the extension's document_start script (src/content/early.ts) does.
  const rules = [...BUILTIN_RULES];
  const t1 = now();
  const sheet = cssForRules(EARLY_RULES, hostname, { isValidSelector: selectorCheckFor(document) });
  installStyle(document, 'early', sheet.css);
  const t2 = now();
  return { hostname, rules, sheet, docStart: t2 - t0, compile: t1 - t0 };
}

async function domReady(config: PageConfig, start: ReturnType<typeof documentStart>): Promise<void> {
  const { rules, hostname } = start;
  const times: PassTimes = {
    docStart: start.docStart,
    compile: start.compile,
    engine: 0,
    inPlace: 0,
    readability: 0,
  };
  const elements = document.getElementsByTagName('*').length;

  const rawReadability = () => {
    const t0 = now();
    const clone = document.cloneNode(true) as Document;
    new Readability(clone).parse();
    times.readability = now() - t0;
  };
  let articleText = '';
  let title: string | null = null;
  let status = 'ok';
  let result: InPageResult | null = null;
  let watch: LateWatch | null = null;
  const cleanwire = () => {
    const t0 = now();
    // As the shell: one match of the live page for clean() and the in-place pass (counted as engine time).
    const match = matchPage(document.body, rulesForHost(rules, hostname));
    const cleaned = clean(document, { url: config.url, match });
    const t1 = now();
    times.engine = t1 - t0;
    status = cleaned.status;
    articleText = cleaned.article?.text ?? '';
    title = cleaned.article?.title ?? null;
    // The shell cleans in place only where the engine found an article.
    if (!cleaned.article) return;
    // As the shell's DOM-ready task (src/content/inpage.ts): the pass in the reader's mode, with the
    // headline for the story's header, then the late-widget cleaner and its observer.
    result = cleanInPlace(document, { match, hostname, articleText, title, mode: config.mode });
    watch = watchLateWidgets(rules, hostname, articleText, result);
    times.inPlace = now() - t1;
  };
  if (config.readabilityFirst) {
    rawReadability();
    cleanwire();
  } else {
    cleanwire();
    rawReadability();
  }
  const report: PageReport = {
    id: config.id,
    status,
    isolated: crossOriginIsolated,
    elements,
    selectors: start.sheet.selectorCount,
    times: result ? times : { ...times, inPlace: Number.NaN },
    hiddenAtDomReady: 0,
    sparedForArticle: 0,
    late: null,
    retention: null,
    earlyRetention: null,
    rendered: null,
    truth: null,
    warm: null,
    modes: null,
    undisplayed: false,
  };
  if (!result || !watch) {
    removeStyles(document);
    window.__cwBenchReport = report;
    return;
  }
  const inPage: InPageResult = result;
  const late: LateWatch = watch;
  report.hiddenAtDomReady = inPage.blocks.length;
  report.sparedForArticle = inPage.kept.filter((k) => k.reason === 'article-text').length;

  if (document.readyState !== 'complete')
    await new Promise((resolve) => addEventListener('load', resolve, { once: true }));
  await nextFrame();
  const startedBy = await runnerStartsLatePhase();
  const widgets = await appendLateWidgets(late, articleText, startedBy, inPage.focus?.mode === 'focus');
  report.late = widgets.report;

  // Retention on what the browser renders: after cleaning, then restored, then under the early sheet alone.
  const unveil = unveilPage();
  const after = document.body.innerText;
  const hidden = hiddenTexts(inPage);
  restore(document, inPage);
  const before = document.body.innerText;
  installStyle(document, 'early', start.sheet.css);
  const early = document.body.innerText;
  removeStyles(document);
  unveil.remove();
  report.retention = visibleRetention(articleText, before, after);
  report.earlyRetention = visibleRetention(articleText, before, early, 0).retention;
  report.rendered = { after, before, hidden };
  report.warm = warmTimes(config, rules, hostname);
  if (config.debug) window.__cwBenchDebug = debugHooks(config, rules, hostname, articleText, title);
  // The benchmark's widgets are not the site's: each mode is measured on the page as served.
  for (const el of widgets.appended) el.remove();
  report.modes = measureModes(rules, hostname, articleText, title);
  report.undisplayed = undisplayed;
  window.__cwBenchReport = report;
}

/**
 * Some pages keep <body> invisible until their scripts run (AMP's boilerplate, anti-flicker snippets),
 * a few even `display: none` on <html> or <body> — and `innerText` of a body that is not rendered is
 * its `textContent`, scripts and hidden blocks included. With the page's scripts blocked, that veil
 * stays, so it is lifted for every reading of `innerText` alike. Returns the <style> to remove
 * afterwards.
 */
function unveilPage(): HTMLStyleElement {
  const unveil = document.createElement('style');
  unveil.textContent = 'html, body { visibility: visible !important; animation: none !important; }';
  for (const el of [document.documentElement, document.body])
    if (getComputedStyle(el).display === 'none') {
      unveil.textContent += `\n${el.localName} { display: block !important; }`;
      undisplayed = true;
    }
  document.documentElement.append(unveil);
  return unveil;
}

/** Set when `unveilPage` had to display <html> or <body> (reported as `undisplayed`). */
let undisplayed = false;

/** The text of each block the pass hid, while it is hidden (for the ground truth's loss by rule). */
function hiddenTexts(result: InPageResult): HiddenText[] {
  return result.blocks.map((b) => {
    const el = document.querySelector(`[${HIDDEN_ATTR}="${b.id}"]`);
    return { ruleId: b.ruleId, family: b.family, stage: b.stage, text: el ? blockText(el) : '' };
  });
}

const NON_STORY_LINES = 3;

/**
 * Focus and Tidy, each on the page as served (restored, the late widgets taken off), untimed: the
 * pass as the shell runs it — a fresh match of the page, `cleanInPlace` in the mode with the timed run's
 * article text and title — then `body.innerText` is read and the page restored. Both modes read the
 * same page, so their figures compare; the timed mode's agree with the timed run's but for the widgets.
 */
function measureModes(
  rules: CompiledRule[],
  hostname: string,
  articleText: string,
  title: string | null,
): Record<InPageMode, ModeReport> {
  const unveil = unveilPage();
  const before = document.body.innerText;
  const index = buildArticleIndex(articleText);
  const measure = (mode: InPageMode): ModeReport => {
    const match = matchPage(document.body, rulesForHost(rules, hostname));
    const result = cleanInPlace(document, { match, hostname, articleText, title, mode });
    const after = document.body.innerText;
    const hidden = hiddenTexts(result);
    const fallback = result.focus?.fallback ?? null;
    const hiddenBlocks = result.blocks.length;
    restore(document, result);
    const nonStory = nonStoryText(index, before, after);
    return {
      fallback,
      hiddenBlocks,
      retention: visibleRetention(articleText, before, after),
      nonStory: nonStory.share,
      wordsBefore: nonStory.wordsBefore,
      nonStoryWords: nonStory.words,
      nonStoryLines: [...nonStory.lines]
        .sort((a, b) => b.uncovered - a.uncovered)
        .slice(0, NON_STORY_LINES)
        .map((l) => ({ text: preview(l.line), words: l.uncovered })),
      rendered: { after, before, hidden },
      truth: null,
    };
  };
  const modes = { focus: measure('focus'), tidy: measure('tidy') };
  unveil.remove();
  return modes;
}

function debugHooks(
  config: PageConfig,
  rules: CompiledRule[],
  hostname: string,
  articleText: string,
  title: string | null,
) {
  const loop = (times: number, run: () => void) => {
    const t0 = now();
    for (let i = 0; i < times; i++) run();
    return (now() - t0) / times;
  };
  return {
    inPlace: (times: number) =>
      loop(times, () =>
        restore(document, cleanInPlace(document, { rules, hostname, articleText, title, mode: config.mode })),
      ),
    engine: (times: number) => loop(times, () => clean(document, { url: config.url, rules })),
  };
}

/**
 * The same passes again on the restored page, now that V8 has compiled them (best of WARM_RUNS): what
 * the cold figures above spend on compiling code and regular expressions is the difference.
 */
const WARM_RUNS = 2;

function warmTimes(config: PageConfig, rules: CompiledRule[], hostname: string): WarmTimes {
  const best = (run: () => void) => {
    let min = Infinity;
    for (let i = 0; i < WARM_RUNS; i++) {
      const t0 = now();
      run();
      min = Math.min(min, now() - t0);
    }
    return min;
  };
  let articleText = '';
  let title: string | null = null;
  let match = matchPage(document.body, rulesForHost(rules, hostname));
  const engine = best(() => {
    match = matchPage(document.body, rulesForHost(rules, hostname));
    const article = clean(document, { url: config.url, match }).article;
    articleText = article?.text ?? '';
    title = article?.title ?? null;
  });
  const readability = best(() => new Readability(document.cloneNode(true) as Document).parse());
  const inPlace = best(() => {
    // The page is as the last clean() saw it (restore only took our marks off): its match holds.
    const result = cleanInPlace(document, { match, hostname, articleText, title, mode: config.mode });
    createLateWidgetCleaner(document, rules, {
      hostname,
      result,
      articleText,
      focus: result.focus?.mode === 'focus',
      now,
      schedule: () => {},
    });
    restore(document, result);
  });
  return { engine, inPlace, readability };
}

/** How long the page waits for the runner before it starts the late phase by itself. */
const LATE_START_TIMEOUT_MS = 10_000;

/**
 * Tells the runner the late phase is next and waits until it calls `__cwBenchStartLate` (after it has
 * started tracing); without a runner, starts after LATE_START_TIMEOUT_MS, so a page never hangs.
 */
function runnerStartsLatePhase(): Promise<LateReport['startedBy']> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve('timeout'), LATE_START_TIMEOUT_MS);
    window.__cwBenchStartLate = () => {
      clearTimeout(timer);
      resolve('runner');
    };
    window.__cwBenchLateReady = true;
  });
}

/**
 * One `requestAnimationFrame` whose callback runs `run` timed; `done` gets the callback's wall ms and
 * the frame's id (the value `requestAnimationFrame` returned, which the trace's FireAnimationFrame
 * carries). The cleaner's batches and the control frames go through this same wrapper.
 */
function timedFrame(run: () => void, done: (ms: number, id: number) => void): number {
  const id = requestAnimationFrame(() => {
    const t0 = now();
    run();
    done(now() - t0, id);
  });
  return id;
}

interface LateWatch {
  cleaner: LateWidgetCleaner;
  observer: MutationObserver;
  /** Each batch: the observer callbacks since the last batch + the batch itself (wall ms). */
  batchMs: number[];
  /** Each batch's requestAnimationFrame id. */
  batchFrames: number[];
  /** Each idle-time check (wall ms) and its requestIdleCallback id. */
  idleMs: number[];
  idleIds: number[];
  /** Idle callbacks asked for before the late phase: the cleaner's warm-up of the late path (wall ms). */
  warmUpMs: number[];
  /** Set when the widgets start arriving. */
  started: { late: boolean };
}

/** The shell's wiring: MutationObserver → cleaner, batches on requestAnimationFrame; timed per batch. */
function watchLateWidgets(
  rules: CompiledRule[],
  hostname: string,
  articleText: string,
  result: InPageResult,
): LateWatch {
  const batchMs: number[] = [];
  const batchFrames: number[] = [];
  const idleMs: number[] = [];
  const idleIds: number[] = [];
  const warmUpMs: number[] = [];
  const started = { late: false };
  let observerMs = 0;
  const cleaner = createLateWidgetCleaner(document, rules, {
    hostname,
    result,
    articleText,
    // As the shell: after Focus, what arrives beside the story goes too.
    focus: result.focus?.mode === 'focus',
    now,
    schedule: (run) =>
      timedFrame(run, (ms, id) => {
        batchMs.push(observerMs + ms);
        batchFrames.push(id);
        observerMs = 0;
      }),
    // As the shell: the article-text check of what a batch hid waits for idle time.
    idle: (run) => {
      const warmUp = !started.late;
      const id = requestIdleCallback(
        () => {
          const t0 = now();
          run();
          if (warmUp) warmUpMs.push(now() - t0);
          else {
            idleMs.push(now() - t0);
            idleIds.push(id);
          }
        },
        { timeout: LATE_CHECK_MAX_WAIT_MS },
      );
    },
  });
  // A method, so the callback keeps its name through minification: the runner finds its calls in the
  // trace as FunctionCall events named OBSERVER_FUNCTION (bench/browser/trace.ts).
  const callback = {
    cwLateObserver(records: MutationRecord[]) {
      const t0 = now();
      for (const record of records) cleaner.add(record.addedNodes);
      observerMs += now() - t0;
    },
  }.cwLateObserver;
  const observer = new MutationObserver(callback);
  observer.observe(document.documentElement, { childList: true, subtree: true });
  return { cleaner, observer, batchMs, batchFrames, idleMs, idleIds, warmUpMs, started };
}

/**
 * After load, widgets arrive one per frame; then a text change. After each one's batches, a control
 * frame: an empty callback in the same timing wrapper (the floor a batch's figures stand on). A widget
 * should end up hidden when it is clutter, or, on a page that shows Focus, when it arrives beside the
 * story. Returns the report and the widgets (the caller takes them off the page again).
 */
async function appendLateWidgets(
  watch: LateWatch,
  articleText: string,
  startedBy: LateReport['startedBy'],
  focus: boolean,
): Promise<{ report: LateReport; appended: Element[] }> {
  const { cleaner, observer, batchMs, batchFrames, idleMs, idleIds, warmUpMs } = watch;
  watch.started.late = true;
  const container = findArticleContainer(document.body, buildArticleIndex(articleText));
  const story = container ?? document.querySelector('article') ?? document.body;
  const appended: { el: Element; clutter: boolean; beside: boolean; name: string }[] = [];
  const controlMs: number[] = [];
  const controlFrames: number[] = [];
  const control = async () => {
    timedFrame(
      () => {},
      (ms, id) => {
        controlMs.push(ms);
        controlFrames.push(id);
      },
    );
    // Requested after the control, so it runs after it in the same frame: what follows (the next
    // widget, and the observer's callback for it) runs in this frame callback's microtasks, not in
    // the control's. Neither touches the cleaner: its `pending()` and `stats` count only the batches.
    await nextFrame();
  };
  const drain = async () => {
    await nextTask(); // the observer's callback
    for (let i = 0; i < 10 && cleaner.pending() > 0; i++) await nextFrame();
    // Idle callbacks run in order: one asked for now runs after the cleaner's check.
    for (let i = 0; i < 10 && cleaner.unchecked() > 0; i++)
      await new Promise((resolve) => requestIdleCallback(resolve));
    await control();
  };
  for (const widget of LATE_WIDGETS) {
    const el = document.createRange().createContextualFragment(widget.html).firstElementChild!;
    (widget.where === 'article' ? story : document.body).append(el);
    appended.push({
      el,
      clutter: widget.clutter,
      beside: focus && widget.where === 'body',
      name: widget.name,
    });
    await drain();
  }
  // A text change: the clock ticks (the observer reports the new text node).
  appended.at(-1)!.el.textContent = 'Updated 10:43';
  await drain();
  observer.disconnect();
  cleaner.stop();
  window.__cwBenchLateDone = true;

  const hidden = (el: Element) => el.closest(`[${HIDDEN_ATTR}]`) !== null;
  const benign = appended.filter((a) => !a.clutter && hidden(a.el));
  const report: LateReport = {
    batchMs,
    batchFrames,
    batchCpuMs: null,
    controlMs,
    controlFrames,
    controlCpuMs: null,
    idleMs,
    idleIds,
    idleCpuMs: null,
    warmUpMs,
    shownAgain: cleaner.stats.shownAgain,
    startedBy,
    traceError: null,
    nodes: cleaner.stats.nodes,
    clutterWidgets: appended.filter((a) => a.clutter).length,
    clutterHidden: appended.filter((a) => a.clutter && hidden(a.el)).length,
    benignHidden: benign.filter((a) => !a.beside).length,
    besideHidden: benign.filter((a) => a.beside).length,
    wrong: appended.filter((a) => (a.clutter || a.beside) !== hidden(a.el)).map((a) => a.name),
  };
  return { report, appended: appended.map((a) => a.el) };
}

const config = window.__cwBenchConfig;
if (config) {
  try {
    const start = documentStart(config);
    document.addEventListener(
      'DOMContentLoaded',
      () => {
        domReady(config, start).catch((e: unknown) => fail(config, e));
      },
      { once: true },
    );
  } catch (e) {
    fail(config, e);
  }
}
