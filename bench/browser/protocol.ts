import type { FocusFallback, InPageMode } from '../../src/core/inpage';
import type { HiddenText, TruthRetention } from './truth-retention';
import type { VisibleRetention } from './visible-retention';

/** What the runner tells the in-page script about the page (served as /__bench/config/N.js). */
export interface PageConfig {
  id: string;
  /** The page's own address: rules are scoped to its host, the engine reads it for attribution. */
  url: string;
  /** Which of raw Readability and Cleanwire runs first at DOM ready (rotated page by page). */
  readabilityFirst: boolean;
  /** The mode the timed DOM-ready pass cleans in (the other one is measured afterwards, untimed). */
  mode: InPageMode;
  /** Expose `window.__cwBenchDebug` (for profiling the warm passes; off in runs). */
  debug?: boolean;
}

/** Milliseconds of each timed region on one page (`performance.now()` in the page). */
export interface PassTimes {
  /** (a) document_start: compile the built-in rules, `cssForRules`, inject the early stylesheet. */
  docStart: number;
  /** …of which compiling the built-in rules (a shell could do it once, off the page). */
  compile: number;
  /** The engine at DOM ready: `clean()` on the page for the article text (it clones internally). */
  engine: number;
  /**
   * (b) DOM ready, as the shell's task after `clean()`: `cleanInPlace` with the built-in rules and the
   * article text, then creating the late-widget cleaner and starting its MutationObserver.
   */
  inPlace: number;
  /** (c) raw Readability: `document.cloneNode(true)` + `new Readability(clone).parse()`. */
  readability: number;
}

/** The same regions run again on the same page once compiled (best of two): cold minus warm = compiling. */
export type WarmTimes = Pick<PassTimes, 'engine' | 'inPlace' | 'readability'>;

export interface LateReport {
  /**
   * (d) each batch, wall clock (`performance.now()` in the page): the MutationObserver callbacks since
   * the last batch + the batch itself. Includes the renderer's main thread being preempted.
   */
  batchMs: number[];
  /** Each batch's `requestAnimationFrame` id (same order as `batchMs`), to find it in the trace. */
  batchFrames: number[];
  /**
   * Each batch's main-thread CPU in ms, filled in by the runner from a trace of the late phase
   * (`bench/browser/trace.ts`): `tdur` of the batch's `FireAnimationFrame` + of the observer callbacks
   * before it. An entry is null when the trace lacks its events; the whole list is null when the late
   * phase was not traced (the page leaves it null).
   */
  batchCpuMs: (number | null)[] | null;
  /**
   * The control: after each widget's batches (and after the text change) one more frame whose callback
   * does nothing inside the same timing wrapper, i.e. the floor of an empty batch. Wall ms, rAF ids
   * and (from the trace, as `batchCpuMs`) CPU ms.
   */
  controlMs: number[];
  controlFrames: number[];
  controlCpuMs: (number | null)[] | null;
  /**
   * The article-text check of what the batches hid, which the cleaner leaves to idle time
   * (`requestIdleCallback`, as the shell runs it): wall ms per idle callback, their ids, and CPU ms from
   * the trace (`FireIdleCallback`), as for the batches.
   */
  idleMs: number[];
  idleIds: number[];
  idleCpuMs: (number | null)[] | null;
  /**
   * The cleaner's warm-up (its first idle callback, right after the DOM-ready pass): the late path run
   * once on detached samples, so the first widget's frame does not pay for compiling it. Wall ms;
   * before the traced phase, so no CPU figure.
   */
  warmUpMs: number[];
  /** Blocks the idle check showed again because they hold article text. */
  shownAgain: number;
  /** Who started the late phase: the runner (with tracing) or the page's own timeout (no runner came). */
  startedBy: 'runner' | 'timeout';
  /** Why the CPU figures are missing (tracing could not start or stop, no trace events), if they are. */
  traceError: string | null;
  /** Nodes the observer reported and the cleaner looked at. */
  nodes: number;
  /** Widgets appended after load, and how many of those that are clutter ended up hidden. */
  clutterWidgets: number;
  clutterHidden: number;
  /**
   * Widgets that are not clutter (an ad slot, a live clock) hidden where the page's mode should leave
   * them: should stay 0.
   */
  benignHidden: number;
  /** Of those that are not clutter, how many Focus hid because they arrived beside the story (by design). */
  besideHidden: number;
  /** The widgets that ended up the wrong way for the page's mode (clutter shown, benign hidden), by name. */
  wrong: string[];
}

export interface PageReport {
  id: string;
  /** Set when the page could not be measured; the other fields may be missing. */
  error?: string;
  /** The engine's status for the page (`ok` when it found an article). */
  status: string;
  /** `crossOriginIsolated` in the page: the clock then has 5 µs resolution instead of 100 µs. */
  isolated: boolean;
  elements: number;
  selectors: number;
  times: PassTimes | null;
  hiddenAtDomReady: number;
  sparedForArticle: number;
  late: LateReport | null;
  /** On `body.innerText`, before and after cleaning (null without an article). */
  retention: VisibleRetention | null;
  /** The same, with only the early stylesheet applied (what shows between first paint and DOM ready). */
  earlyRetention: number | null;
  /**
   * What the page rendered after cleaning and once restored, and the text of each block it hid: the
   * runner compares them with the corpus's ground truth (`truth`) and drops them before writing the
   * JSON. Null without an article.
   */
  rendered: RenderedText | null;
  /** Retention of the corpus's ground truth (filled in by the runner); null where there is none. */
  truth: TruthRetention | null;
  warm: WarmTimes | null;
  /**
   * The page keeps <html> or <body> `display: none` until its (blocked) scripts run: the benchmark
   * displays it for its readings of `innerText` (see `unveilPage` in page/entry.ts).
   */
  undisplayed: boolean;
  /** Each mode measured on the page as served (see ModeReport); null without an article. */
  modes: Record<InPageMode, ModeReport> | null;
}

/**
 * One mode's pass on the page as served: after the timed run, the page is restored, the benchmark's
 * late widgets are taken off again, and `cleanInPlace` runs in this mode (untimed) with the timed
 * run's article text and title; its rendered text is read, and the page restored.
 */
export interface ModeReport {
  /** Why Focus gave way to Tidy (the page then shows Tidy); null when it did not, and in Tidy. */
  fallback: FocusFallback | null;
  /** Blocks hidden. */
  hiddenBlocks: number;
  /** The article on `body.innerText`, after this mode vs before cleaning. */
  retention: VisibleRetention;
  /**
   * Visible non-story text: words of `body.innerText` after this mode that no article gram covers
   * (`nonStoryText` in core), as a share of the words of `body.innerText` before cleaning.
   */
  nonStory: number;
  wordsBefore: number;
  nonStoryWords: number;
  /** The lines holding most non-story words, most first (at most 3), as previews. */
  nonStoryLines: { text: string; words: number }[];
  /** The texts for ground-truth retention; the runner fills in `truth` and drops them. */
  rendered: RenderedText | null;
  truth: TruthRetention | null;
}

export interface RenderedText {
  /** `body.innerText` after in-page cleaning (DOM ready + late widgets; or one mode's pass). */
  after: string;
  /** `body.innerText` once restored (before cleaning). */
  before: string;
  hidden: HiddenText[];
}

declare global {
  interface Window {
    __cwBenchConfig?: PageConfig;
    __cwBenchReport?: PageReport;
    /** Set by the page when it waits for the runner before the late phase (the runner starts tracing). */
    __cwBenchLateReady?: boolean;
    /** Called by the runner once tracing runs: the page appends the late widgets. */
    __cwBenchStartLate?: () => void;
    /** Set by the page when the late phase is over (the runner stops tracing). */
    __cwBenchLateDone?: boolean;
    __cwBenchDebug?: { inPlace(times: number): number; engine(times: number): number };
  }
}
