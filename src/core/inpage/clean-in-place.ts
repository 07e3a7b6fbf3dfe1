import { matchPage, type PageMatch } from '../rules/match';
import { rulesForHost } from '../rules/remove';
import type { CompiledRule, RuleFamily } from '../types';
import { buildArticleIndex } from './article-index';
import { FOCUS_ATTR, HIDDEN_ATTR, MARKER_CSS, STYLE_ATTR, installStyle, removeStyles } from './css';
import { FOCUS_CAUSE, planFocus, type FocusFallback } from './focus';
import {
  emptyResult,
  hideCandidates,
  hideMatches,
  markHidden,
  type FocusRecord,
  type HiddenBlock,
  type HideContext,
  type InPageMode,
  type InPageResult,
} from './hide';
import { findArticleContainer, linkListCandidates } from './judge';
import { prepareInPageRules, STORY_LINE_RULES, type InPageExceptions } from './prepare';
import { retainsAtLeast } from './retention';
import { findMasthead, inStoryHeader, mapStory, type StoryMap } from './story-map';

/** Focus stands only if the page still shows this share of the article's grams (issue 4's figure). */
export const FOCUS_MIN_RETENTION = 0.995;

export interface CleanInPlaceOptions {
  /** Every rule the reader has on (built-in families + custom); scoped to `hostname` here. */
  rules?: readonly CompiledRule[];
  /**
   * Or, instead of `rules`: the page's body already matched with the host's rules (`matchPage(doc.body,
   * rulesForHost(rules, hostname))`) in this task — the match `clean()` read, so the page is walked once
   * for both. The in-place subset of its rules is taken here.
   */
  match?: PageMatch;
  hostname: string;
  /**
   * `clean()`'s `article.text` for this page. Given it, no element holding article text is hidden and
   * link lists inside the article container are judged; without it only the size guard protects.
   */
  articleText?: string | null;
  siteExceptions?: InPageExceptions | null;
  /**
   * Add the marker stylesheet as a <style> and remove the early one (default true). False when the
   * shell injects MARKER_CSS itself (e.g. as a registered content-script CSS file, which page CSP
   * cannot block) and removes its early sheet right after this call.
   */
  manageStyles?: boolean;
  /** Hide link lists inside the article container that are not article text (default true). */
  judgeLinkLists?: boolean;
  /** Continue an earlier record (re-clean after a site exception); a fresh one by default. */
  result?: InPageResult;
  /**
   * `tidy` (default): hide what the rules name and the engine judges is not article. `focus`: also hide
   * everything around the story (see focus.ts), unless that would hide article text — then the page is
   * left tidied and `result.focus.fallback` says why.
   */
  mode?: InPageMode;
  /** `clean()`'s `article.title`: finds the story's headline on the page. */
  title?: string | null;
}

/**
 * The pass at DOM ready: hides (never removes) what the rules match on the live page and what the
 * engine judges is not article, sparing every element that holds article text. Returns the record
 * that `restore` and `restoreOne` undo, and that the late-widget cleaner continues.
 */
export function cleanInPlace(doc: Document, options: CleanInPlaceOptions): InPageResult {
  const body = doc.body;
  if (!body) return options.result ?? emptyResult(0);
  if (options.match && options.match.root !== body) throw new Error('the match is not of this page');
  const match = options.match ?? matchPage(body, rulesForHost(options.rules ?? [], options.hostname));
  const rules = prepareInPageRules(match.rules, options.hostname, options.siteExceptions);
  // The size guard reads the page's text as the rules do (no script or style source).
  const result = options.result ?? emptyResult(match.index.allText.length / 2);
  if (!options.result) result.nextId = firstFreeId(doc);
  const index = options.articleText ? buildArticleIndex(options.articleText) : null;
  const story = index ? mapStory(body, index, options.title ?? null) : null;
  const ctx: HideContext = {
    rules,
    index,
    result,
    isStoryLine: story ? (el, rule) => STORY_LINE_RULES.has(rule.id) && inStoryHeader(story, el) : undefined,
  };
  hideMatches(ctx, match, 'descendants', 'dom');
  if (ctx.index && options.judgeLinkLists !== false) {
    const container = findArticleContainer(body, ctx.index);
    if (container) hideCandidates(ctx, linkListCandidates(container, ctx.index), 'dom');
  }
  const mode = options.mode ?? 'tidy';
  const layoutMarks = result.focus?.layoutMarks ?? false;
  result.focus =
    mode === 'focus'
      ? focusOn(doc, ctx, story, options.articleText ?? '', layoutMarks, match)
      : { mode, fallback: null, layoutMarks };
  if (options.manageStyles !== false) {
    installStyle(doc, 'marks', MARKER_CSS);
    removeStyles(doc, 'early');
  }
  return result;
}

/**
 * Hides what `planFocus` says is not the story, then measures: if the page no longer shows
 * FOCUS_MIN_RETENTION of the article, those blocks are shown again in the same task (never painted)
 * and the page stays tidied. Returns how the page was left.
 */
function focusOn(
  doc: Document,
  ctx: HideContext,
  story: StoryMap | null,
  articleText: string,
  layoutMarks: boolean,
  match: PageMatch,
): FocusRecord {
  const tidy = (fallback: FocusFallback): FocusRecord => ({ mode: 'tidy', fallback, layoutMarks });
  if (!ctx.index) return tidy('no-article');
  if (!story) return tidy('story-not-found');
  const body = doc.body!;
  const masthead = findMasthead(body, story);
  const plan = planFocus(body, story, masthead, ctx.rules.keepSelectors);
  const { result } = ctx;
  const firstId = result.nextId;
  const hidden: Element[] = [];
  for (const el of plan.hide) {
    if (el.closest(`[${HIDDEN_ATTR}]`)) continue;
    markHidden(result, el, FOCUS_CAUSE, 'dom');
    hidden.push(el);
  }
  // The page's match tells what the page hides itself: the check does not match the page again.
  if (!retainsAtLeast(doc, articleText, FOCUS_MIN_RETENTION, match)) {
    for (const el of hidden) el.removeAttribute(HIDDEN_ATTR);
    result.blocks.splice(result.blocks.length - hidden.length);
    result.nextId = firstId;
    return tidy('story-text-lost');
  }
  return { mode: 'focus', fallback: null, layoutMarks: layoutMarks || markLayout(doc, story, masthead) };
}

/**
 * Marks, for the marker sheet's Focus rules (css.ts), the page's root elements, the story's column and
 * the elements around it, and the logo and the elements around it. Only on a page that does not carry
 * FOCUS_ATTR itself: restore then removes every one. Returns whether it marked.
 */
function markLayout(doc: Document, story: StoryMap, masthead: Element | null): boolean {
  if (doc.documentElement.hasAttribute(FOCUS_ATTR) || doc.querySelector(`[${FOCUS_ATTR}]`)) return false;
  const body = doc.body!;
  const mark = (el: Element, token: string) => {
    const value = el.getAttribute(FOCUS_ATTR);
    el.setAttribute(FOCUS_ATTR, value ? `${value} ${token}` : token);
  };
  const around = (el: Element, token: string) => {
    for (let p = el.parentElement; p && p !== body; p = p.parentElement) mark(p, token);
  };
  mark(doc.documentElement, 'page');
  mark(body, 'page');
  if (story.column !== body) {
    mark(story.column, 'story');
    around(story.column, 'path');
  }
  if (masthead) {
    mark(masthead, 'masthead');
    around(masthead, 'masthead-path');
  }
  return true;
}

/** A record for blocks the reader hides by hand (the zapper) on a page not cleaned yet. */
export function recordForZaps(doc: Document): InPageResult {
  const result = emptyResult(Infinity);
  result.nextId = firstFreeId(doc);
  return result;
}

/**
 * Block ids start after any `cwN` the page already carries in our attribute (a page may copy markup
 * from a cleaned copy of itself), so that restore never touches an attribute it did not set.
 */
function firstFreeId(doc: Document): number {
  let next = 1;
  for (const el of Array.from(doc.querySelectorAll(`[${HIDDEN_ATTR}]`))) {
    const n = /^cw(\d+)$/.exec(el.getAttribute(HIDDEN_ATTR) ?? '');
    if (n) next = Math.max(next, Number(n[1]) + 1);
  }
  return next;
}

/** The element of a hidden block, while it is hidden (for the zapper's selector before a restore). */
export function elementForBlock(doc: Document, blockId: string): Element | null {
  if (!/^cw\d+$/.test(blockId)) return null;
  return doc.querySelector(`[${HIDDEN_ATTR}="${blockId}"]`);
}

/** Puts the page back exactly as it was: every mark Cleanwire set and its stylesheets removed. */
export function restore(doc: Document, result: InPageResult): void {
  const ours = new Set(result.blocks.map((b) => b.id));
  for (const el of Array.from(doc.querySelectorAll(`[${HIDDEN_ATTR}]`))) {
    if (ours.has(el.getAttribute(HIDDEN_ATTR) ?? '')) el.removeAttribute(HIDDEN_ATTR);
  }
  if (result.focus?.layoutMarks) {
    doc.documentElement.removeAttribute(FOCUS_ATTR);
    for (const el of Array.from(doc.querySelectorAll(`[${FOCUS_ATTR}]`))) el.removeAttribute(FOCUS_ATTR);
  }
  removeStyles(doc);
  result.blocks.length = 0;
  delete result.focus;
}

/** Shows one hidden block again and drops it from the record; returns it, or null if there is none. */
export function restoreOne(doc: Document, result: InPageResult, blockId: string): HiddenBlock | null {
  const at = result.blocks.findIndex((b) => b.id === blockId);
  if (at < 0) return null;
  elementForBlock(doc, blockId)?.removeAttribute(HIDDEN_ATTR);
  return result.blocks.splice(at, 1)[0]!;
}

/** Hides an element the reader picked with the zapper, as a restorable block. */
export function hideElement(
  doc: Document,
  result: InPageResult,
  el: Element,
  options: { ruleId?: string; family?: RuleFamily; manageStyles?: boolean } = {},
): HiddenBlock | null {
  if (!el.isConnected || el === doc.body || el === doc.documentElement || el.closest(`[${HIDDEN_ATTR}]`))
    return null;
  if (options.manageStyles !== false && !doc.querySelector(`style[${STYLE_ATTR}="marks"]`))
    installStyle(doc, 'marks', MARKER_CSS);
  return markHidden(
    result,
    el,
    { ruleId: options.ruleId ?? 'user:zap', family: options.family ?? 'user' },
    'zap',
  );
}
