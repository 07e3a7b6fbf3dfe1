import type { CompiledRule } from '../types';
import { buildArticleIndex } from './article-index';
import { HIDDEN_ATTR } from './css';
import { hideMatches, type HiddenBlock, type HideContext, type InPageResult } from './hide';
import { prepareInPageRules, type InPageExceptions } from './prepare';

export interface LateWidgetOptions {
  hostname: string;
  /** The record `cleanInPlace` returned: late blocks join it, so restore undoes them too. */
  result: InPageResult;
  articleText?: string | null;
  siteExceptions?: InPageExceptions | null;
  /** Work per batch before yielding to the next `schedule` call (default 1 ms). */
  budgetMs?: number;
  /** Clock in milliseconds (the shell passes `performance.now`). */
  now: () => number;
  /** Runs the callback later, once (the shell passes `requestAnimationFrame`, so hiding happens before paint). */
  schedule: (run: () => void) => void;
  /** Told about each batch's newly hidden blocks (the shell updates the badge). */
  onHidden?: (blocks: HiddenBlock[]) => void;
}

export interface LateWidgetStats {
  batches: number;
  nodes: number;
  /** Longest batch, by the injected clock. */
  maxBatchMs: number;
}

export interface LateWidgetCleaner {
  /** Queue nodes a MutationObserver reported added (`record.addedNodes`); schedules a batch if none is pending. */
  add(nodes: Iterable<Node>): void;
  /** Nodes waiting for a batch. */
  pending(): number;
  /** Processes everything queued now, ignoring the budget (before a restore or on page hide). */
  flush(): void;
  /** Drops the queue; later `add` calls are ignored. */
  stop(): void;
  readonly stats: LateWidgetStats;
}

/**
 * Catches widgets that arrive after the DOM-ready pass (comment iframes, carousels, newsletter
 * pop-ins). The shell owns the MutationObserver (`childList`, `subtree`) and feeds its added nodes
 * here; batches run through the injected `schedule` and stop when the injected clock says the budget
 * is spent (at least one node per batch, so the queue always drains). The same rules, guards and
 * article-text protection as the DOM-ready pass apply.
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
  const stats: LateWidgetStats = { batches: 0, nodes: 0, maxBatchMs: 0 };

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
    if (node.nodeType === 3) return hideMatches(ctx, el, 'self', 'late', { textOnly: true });
    return hideMatches(ctx, el, 'self-and-descendants', 'late');
  };

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
    flush: () => run(true),
    stop() {
      stopped = true;
      queue.length = 0;
      head = 0;
    },
    stats,
  };
}
