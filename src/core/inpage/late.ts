import { matchPage, prepareRules, safeMatches, type PreparedRules } from '../rules/match';
import type { CompiledRule } from '../types';
import { buildArticleIndex, holdsArticleText } from './article-index';
import { HIDDEN_ATTR } from './css';
import { FOCUS_CAUSE, isBesideStory } from './focus';
import {
  emptyResult,
  hideMatches,
  hideRootBySelector,
  markHidden,
  unhideBlock,
  type HiddenBlock,
  type HideContext,
  type HideOptions,
  type InPageResult,
} from './hide';
import { prepareInPageRules, type InPageExceptions } from './prepare';

/**
 * How long a late block's article-text check may wait for idle time (the shells' `requestIdleCallback`
 * timeout): on the rare page that re-renders its story into a wrapper a rule matches, that is how long
 * the story may stay hidden.
 */
export const LATE_CHECK_MAX_WAIT_MS = 300;

export interface LateWidgetOptions {
  hostname: string;
  /** The record `cleanInPlace` returned: late blocks join it, so restore undoes them too. */
  result: InPageResult;
  articleText?: string | null;
  siteExceptions?: InPageExceptions | null;
  /**
   * The page shows Focus: what arrives beside the story (`isBesideStory`) is hidden as well, unless it
   * holds article text (checked as a rule match's is). Needs the article text.
   */
  focus?: boolean;
  /** Work per batch before yielding to the next `schedule` call (default 1 ms). */
  budgetMs?: number;
  /** Clock in milliseconds (the shell passes `performance.now`). */
  now: () => number;
  /** Runs the callback later, once (the shell passes `requestAnimationFrame`, so hiding happens before paint). */
  schedule: (run: () => void) => void;
  /**
   * Runs the callback once the page is idle (the shell passes `requestIdleCallback` with a timeout).
   * Given it, a batch hides what the rules match at once and the article-text guard (reading the whole
   * widget's text) waits for idle time: a block that holds article text is shown again then, and the
   * rules look inside it. Without it, the guard runs in the batch.
   */
  idle?: (run: () => void) => void;
  /** Told about each batch's newly hidden blocks (the shell updates the badge). */
  onHidden?: (blocks: HiddenBlock[]) => void;
  /** Told about blocks shown again by the deferred article-text guard. */
  onShown?: (blocks: HiddenBlock[]) => void;
}

export interface LateWidgetStats {
  batches: number;
  nodes: number;
  /** Longest batch, by the injected clock. */
  maxBatchMs: number;
  /** Idle-time checks run, blocks they looked at, and blocks they showed again (article text). */
  checks: number;
  checked: number;
  shownAgain: number;
}

export interface LateWidgetCleaner {
  /** Queue nodes a MutationObserver reported added (`record.addedNodes`); schedules a batch if none is pending. */
  add(nodes: Iterable<Node>): void;
  /** Nodes waiting for a batch. */
  pending(): number;
  /** Blocks hidden whose article-text check waits for idle time. */
  unchecked(): number;
  /** Processes everything queued now, ignoring the budget, and checks every block hidden. */
  flush(): void;
  /** Drops the queue (after checking the blocks already hidden); later `add` calls are ignored. */
  stop(): void;
  readonly stats: LateWidgetStats;
}

/**
 * Catches widgets that arrive after the DOM-ready pass (comment iframes, carousels, newsletter
 * pop-ins). The shell owns the MutationObserver (`childList`, `subtree`) and feeds its added nodes
 * here; batches run through the injected `schedule` and stop when the injected clock says the budget
 * is spent (at least one node per batch, so the queue always drains). The same rules, guards and
 * article-text protection as the DOM-ready pass apply; with `idle`, the article-text check of what a
 * batch hid comes in the next idle period, so that a frame pays only for matching (see `idle`).
 */
export function createLateWidgetCleaner(
  doc: Document,
  rules: readonly CompiledRule[],
  options: LateWidgetOptions,
): LateWidgetCleaner {
  const ctx: HideContext = {
    rules: prepareInPageRules(rules, options.hostname, options.siteExceptions),
    index: options.articleText ? buildArticleIndex(options.articleText) : null,
    result: options.result,
  };
  const budget = options.budgetMs ?? 1;
  const queue: Node[] = [];
  let head = 0;
  let scheduled = false;
  let stopped = false;
  const stats: LateWidgetStats = {
    batches: 0,
    nodes: 0,
    maxBatchMs: 0,
    checks: 0,
    checked: 0,
    shownAgain: 0,
  };
  const toCheck: { el: Element; block: HiddenBlock }[] = [];
  let checkScheduled = false;
  const { idle } = options;
  const hideOptions: HideOptions = idle
    ? {
        deferArticleCheck: (el, block) => {
          toCheck.push({ el, block });
          if (!checkScheduled) {
            checkScheduled = true;
            idle(checkHidden);
          }
        },
      }
    : {};

  /**
   * The deferred article-text guard: a block that holds article text is shown again, and the rules look
   * inside it (as the DOM-ready pass looks inside a wrapper it spares). Those inner matches are checked
   * at once, in this same idle callback.
   */
  function checkHidden(): void {
    checkScheduled = false;
    if (toCheck.length === 0 || !ctx.index) return;
    stats.checks++;
    const shown: HiddenBlock[] = [];
    const hidden: HiddenBlock[] = [];
    for (const { el, block } of toCheck.splice(0)) {
      stats.checked++;
      if (el.getAttribute(HIDDEN_ATTR) !== block.id || !holdsArticleText(ctx.index, el)) continue;
      if (!unhideBlock(ctx.result, el, block, 'article-text')) continue;
      shown.push(block);
      if (el.isConnected) hidden.push(...hideMatches(ctx, matchActive(el), 'descendants', 'late'));
    }
    stats.shownAgain += shown.length;
    if (shown.length > 0) options.onShown?.(shown);
    if (hidden.length > 0) options.onHidden?.(hidden);
  }

  const process = (node: Node): HiddenBlock[] => {
    // A text node changed an element's text: that element may now match a text rule.
    const el = node.nodeType === 1 ? (node as Element) : node.nodeType === 3 ? node.parentElement : null;
    if (
      !el ||
      !el.isConnected ||
      el.closest(`[${HIDDEN_ATTR}]`) ||
      !doc.body?.contains(el) ||
      el === doc.body
    )
      return [];
    if (node.nodeType === 1 && focusBeside(el)) return hideBeside(el);
    return hideLate(el, node.nodeType === 3 ? { ...hideOptions, textOnly: true } : hideOptions);
  };

  const focusBeside = (el: Element) =>
    options.focus === true &&
    ctx.index !== null &&
    isBesideStory(el) &&
    !ctx.rules.keepSelectors.some((s) => safeMatches(el, s));
  /** Hides an element beside the story; its article-text check waits for idle time, or runs now. */
  function hideBeside(el: Element): HiddenBlock[] {
    const block = markHidden(ctx.result, el, FOCUS_CAUSE, 'late');
    if (hideOptions.deferArticleCheck) hideOptions.deferArticleCheck(el, block);
    else if (holdsArticleText(ctx.index!, el)) {
      unhideBlock(ctx.result, el, block, 'article-text');
      return hideLate(el, hideOptions);
    }
    return [block];
  }

  // Prepared once, on first use (the warm-up in idle time, or the first batch), not in the DOM-ready
  // task before first paint: every batch matches the same lists.
  let lists: { active: PreparedRules; textRules: PreparedRules } | null = null;
  const prepared = () =>
    (lists ??= {
      active: prepareRules([...ctx.rules.plain, ...ctx.rules.text]),
      textRules: prepareRules(ctx.rules.text),
    });
  const matchActive = (el: Element) => matchPage(el, prepared().active);
  /** A changed text (textOnly) asks the element alone; an added element is asked with its subtree. */
  function hideLate(el: Element, hideOpts: HideOptions): HiddenBlock[] {
    const { active, textRules } = prepared();
    if (active.ordered.length === 0) return [];
    if (hideOpts.textOnly) return hideMatches(ctx, matchPage(el, textRules), 'self', 'late', hideOpts);
    const quick =
      hideOpts.deferArticleCheck &&
      ctx.index &&
      hideRootBySelector(ctx, el, 'late', hideOpts.deferArticleCheck);
    return quick ? [quick] : hideMatches(ctx, matchActive(el), 'self-and-descendants', 'late', hideOpts);
  }

  const run = (ignoreBudget: boolean) => {
    scheduled = false;
    if (stopped || head >= queue.length) return;
    const started = options.now();
    const hidden: HiddenBlock[] = [];
    let count = 0;
    while (head < queue.length) {
      hidden.push(...process(queue[head++]!));
      count++;
      if (!ignoreBudget && options.now() - started >= budget) break;
    }
    if (head === queue.length) {
      queue.length = 0;
      head = 0;
    } else if (!scheduled) {
      scheduled = true;
      options.schedule(() => run(false));
    }
    stats.batches++;
    stats.nodes += count;
    stats.maxBatchMs = Math.max(stats.maxBatchMs, options.now() - started);
    if (hidden.length > 0) options.onHidden?.(hidden);
  };

  if (idle)
    idle(() => {
      const { active, textRules } = prepared();
      warmUp(doc, ctx, active, textRules);
      // The batch's own steps too, on nothing: a detached node is passed over at once, an empty queue
      // ends the batch before it counts.
      process(doc.createElement('div'));
      if (!scheduled && head >= queue.length) run(false);
    });

  return {
    add(nodes) {
      if (stopped) return;
      for (const n of nodes) if (n.nodeType === 1 || n.nodeType === 3) queue.push(n);
      if (head < queue.length && !scheduled) {
        scheduled = true;
        options.schedule(() => run(false));
      }
    },
    pending: () => queue.length - head,
    unchecked: () => toCheck.length,
    flush() {
      run(true);
      checkHidden();
    },
    stop() {
      checkHidden();
      stopped = true;
      queue.length = 0;
      head = 0;
    },
    stats,
  };
}

/**
 * Runs the late path once, in idle time, on detached sample widgets with a scratch record: V8 compiles
 * functions on their first call, and without this the first widget to arrive pays for compiling the
 * late path (a millisecond or more) inside its frame. Nothing on the page is read or changed.
 */
function warmUp(doc: Document, ctx: HideContext, active: PreparedRules, textRules: PreparedRules): void {
  const scratch: HideContext = { ...ctx, result: emptyResult(Infinity) };
  // Called only when the article text is known (hideMatches defers nothing without it).
  const check: HideOptions = { deferArticleCheck: (el) => holdsArticleText(ctx.index!, el) };
  const sample = (attrs: Record<string, string>, text: string) => {
    const el = doc.createElement('div');
    for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
    const p = doc.createElement('p');
    p.append(text);
    el.append(p);
    return el;
  };
  // A widget a selector names by its root (the quick look), one it does not (the full walk), and a
  // text change (the text rules alone).
  const named = sample({ id: 'comments', class: 'comments' }, 'A reader wrote a comment');
  const plain = sample({ class: 'cw-sample' }, 'Share this:');
  for (const el of [named, plain]) {
    const quick = hideRootBySelector(scratch, el, 'late', check.deferArticleCheck!);
    if (!quick) hideMatches(scratch, matchPage(el, active), 'self-and-descendants', 'late', check);
  }
  hideMatches(scratch, matchPage(plain.firstElementChild!, textRules), 'self', 'late', {
    ...check,
    textOnly: true,
  });
}
