import type { VisibleRetention } from './visible-retention';

/** What the runner tells the in-page script about the page (served as /__bench/config/N.js). */
export interface PageConfig {
  id: string;
  /** The page's own address: rules are scoped to its host, the engine reads it for attribution. */
  url: string;
  /** Which of raw Readability and Cleanwire runs first at DOM ready (rotated page by page). */
  readabilityFirst: boolean;
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
  /** (d) each batch: the MutationObserver callbacks since the last batch + the batch itself. */
  batchMs: number[];
  /** Nodes the observer reported and the cleaner looked at. */
  nodes: number;
  /** Widgets appended after load, and how many of those that are clutter ended up hidden. */
  clutterWidgets: number;
  clutterHidden: number;
  /** Widgets that are not clutter (an ad slot, a live clock) hidden anyway: should stay 0. */
  benignHidden: number;
  /** The widgets that ended up the wrong way (clutter shown or benign hidden), by name. */
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
  warm: WarmTimes | null;
}

declare global {
  interface Window {
    __cwBenchConfig?: PageConfig;
    __cwBenchReport?: PageReport;
    __cwBenchDebug?: { inPlace(times: number): number; engine(times: number): number };
  }
}
