import { safeMatches, type PageMatch } from '../rules/match';
import { indexTree, NOT_TEXT, textLength, textOf } from '../rules/tree';
import { collapse, preview } from '../text';
import type { CompiledRule, RuleFamily } from '../types';
import { holdsArticleText, type ArticleIndex } from './article-index';
import { HIDDEN_ATTR } from './css';
import type { FocusFallback } from './focus';
import { sortInDocumentOrder, type InPageRules } from './prepare';

/** One block Cleanwire hid on the page: what the popup lists, and the handle to restore it. */
export interface HiddenBlock {
  /** The value of HIDDEN_ATTR on the element: `cw1`, `cw2`, … */
  id: string;
  ruleId: string;
  family: RuleFamily;
  /** `dom`: the pass at DOM ready; `late`: a widget that arrived afterwards; `zap`: the reader's click. */
  stage: 'dom' | 'late' | 'zap';
  preview: string;
  textLength: number;
}

/** A rule match that was NOT hidden, and why (for tests and the benchmark's report). */
export interface KeptBlock {
  ruleId: string;
  reason: 'article-text' | 'too-large' | 'site-exception' | 'story-line';
  preview: string;
}

/**
 * The record of in-page cleaning on one document. Plain data (it can cross the message boundary); the
 * functions that hide and restore update it in place, so the late-widget cleaner and the popup's
 * "restore one" work on the same record.
 */
export interface InPageResult {
  blocks: HiddenBlock[];
  kept: KeptBlock[];
  /** No single element with more text than this is hidden: half the page's text at DOM ready. */
  maxHiddenChars: number;
  /** Next block number. */
  nextId: number;
  /** How the page was cleaned, when it was: Tidy, or Focus (and, if Focus gave way to Tidy, why). */
  focus?: FocusRecord;
}

export type InPageMode = 'focus' | 'tidy';

export interface FocusRecord {
  /** The mode the page shows: `tidy` when asked for, or when Focus fell back. */
  mode: InPageMode;
  /** Why Focus gave way to Tidy, or null. */
  fallback: FocusFallback | null;
  /** Whether the layout marks (FOCUS_ATTR) are Cleanwire's, to be removed on restore. */
  layoutMarks: boolean;
}

export const MAX_KEPT_RECORDS = 200;

export function emptyResult(maxHiddenChars: number): InPageResult {
  return { blocks: [], kept: [], maxHiddenChars, nextId: 1 };
}

export interface HideContext {
  rules: InPageRules;
  /** The engine's article text, indexed; null when there is none (then only the size guard protects). */
  index: ArticleIndex | null;
  result: InPageResult;
  /** Whether an element a rule matched is the story's own byline or date line (kept in place). */
  isStoryLine?: (el: Element, rule: CompiledRule) => boolean;
}

export interface HideOptions {
  /** Ask the text rules alone (an element whose text changed). */
  textOnly?: boolean;
  /**
   * Hide a match at once and leave the article-text guard to the caller, which runs `holdsArticleText`
   * later (the late-widget cleaner, when the page is idle) and shows the block again if it holds some.
   * Only with the article text known; without it the size guard decides at once, as always.
   */
  deferArticleCheck?: (el: Element, block: HiddenBlock) => void;
}

export interface Candidate {
  el: Element;
  rule: CompiledRule;
  /** Collapsed text, when matching already computed it. */
  text?: string;
}

/**
 * Hides what the rules match at the match's root (its descendants, itself, or both) and returns the
 * blocks hidden.
 *
 * One walk in document order over the match (rules/match.ts), deciding as `clean()` does: the first rule
 * in priority order that selects an element names it, a text rule only within the size guard.
 * `textOnly` asks the text rules alone (an element whose text changed). Then the in-place guards: an
 * element the reader excepted, or one holding article text, stays — and the walk looks inside it, so
 * clutter nested in a spared wrapper still goes. A hidden element's subtree is skipped: the outermost
 * match is the block. With `deferArticleCheck` (late widgets) the article-text guard is the caller's,
 * later.
 */
export function hideMatches(
  ctx: HideContext,
  match: PageMatch,
  scope: 'descendants' | 'self-and-descendants' | 'self',
  stage: HiddenBlock['stage'],
  options: HideOptions = {},
): HiddenBlock[] {
  const hidden: HiddenBlock[] = [];
  const { rules } = ctx;
  if (rules.plain.length + rules.text.length === 0) return hidden;
  const root = match.root as Element;
  const defer = ctx.index ? options.deferArticleCheck : undefined;
  const { index } = match;
  const max = ctx.result.maxHiddenChars;
  // The size guard stands in for knowing where the article is. A widget that arrived after DOM ready
  // (a long comment thread on a short story) is measured against the article's own text instead: it
  // goes, whatever its size, unless it holds some of that text (a page that re-renders its story).
  const sizeGuarded = !(stage === 'late' && ctx.index);

  /** True when element i (-1: the root) was hidden (its subtree needs no look). */
  const consider = (i: number): boolean => {
    const spaced = i < 0 ? index.allText.length : textLength(index, i);
    // Text rules do not look at an element over the size guard (its text is never what they name);
    // the text length read here is at most 2 more than the trimmed text's.
    const rule = (i < 0 ? match.rootHits : match.hits[i]!).find(
      (r) => rules.applies(r) && (r.text ? spaced <= max + 2 : options.textOnly !== true),
    );
    if (!rule) return false;
    const text = i < 0 ? index.allText.trim() : textOf(index, i);
    if (rule.text && text.length > max) return false;
    const el = i < 0 ? root : index.elements[i]!;
    const keep = (reason: KeptBlock['reason']) => {
      if (ctx.result.kept.length < MAX_KEPT_RECORDS)
        ctx.result.kept.push({ ruleId: rule.id, reason, preview: preview(text) });
      return false;
    };
    if (rules.keepSelectors.some((s) => safeMatches(el, s))) return keep('site-exception');
    if (ctx.isStoryLine?.(el, rule)) return keep('story-line');
    if (sizeGuarded && text.length > max) return keep('too-large');
    const checked = ctx.index !== null && text !== '';
    if (checked && !defer && holdsArticleText(ctx.index!, el)) return keep('article-text');
    const block = markHidden(ctx.result, el, { ruleId: rule.id, family: rule.family }, stage, text);
    if (checked && defer) defer(el, block);
    hidden.push(block);
    return true;
  };

  if (scope !== 'descendants' && (consider(-1) || scope === 'self')) return hidden;
  const { elements, ends } = index;
  // Blocks hidden before this walk (an earlier pass, a re-clean): their subtrees need no look. Found
  // with one query rather than one attribute read per element.
  const hiddenBefore = new Set(root.querySelectorAll(`[${HIDDEN_ATTR}]`));
  for (let i = 0; i < elements.length;) {
    if ((hiddenBefore.size > 0 && hiddenBefore.has(elements[i]!)) || consider(i)) i = ends[i]!;
    else i++;
  }
  return hidden;
}

/**
 * A late widget is nearly always clutter by its own root (`#disqus_thread`, `.comments-area`), and a
 * selector-only rule on the root names it before any text rule could: then one look at the root decides,
 * and the subtree is neither indexed nor matched. The guards are those of `hideMatches` for a late block
 * with the article text known (an excepted root goes the long way, which keeps it and looks inside).
 */
export function hideRootBySelector(
  ctx: HideContext,
  root: Element,
  stage: HiddenBlock['stage'],
  defer: NonNullable<HideOptions['deferArticleCheck']>,
): HiddenBlock | null {
  const rule = ctx.rules.plain.find((r) => safeMatches(root, r.selector));
  if (!rule || ctx.rules.keepSelectors.some((s) => safeMatches(root, s))) return null;
  // The text as the index reads it (no code) only when there is code to leave out; else the DOM's own.
  const text = root.querySelector(CODE_ELEMENTS)
    ? indexTree(root).allText.trim()
    : collapse(root.textContent ?? '');
  const block = markHidden(ctx.result, root, { ruleId: rule.id, family: rule.family }, stage, text);
  if (text !== '') defer(root, block);
  return block;
}

const CODE_ELEMENTS = [...NOT_TEXT].join(', ');

/**
 * Hides a list of candidates chosen by other means (the engine's judgement), outermost first, with the
 * same guards as `hideMatches`.
 */
export function hideCandidates(
  ctx: HideContext,
  candidates: Candidate[],
  stage: HiddenBlock['stage'],
): HiddenBlock[] {
  const byEl = new Map(candidates.map((c) => [c.el, c]));
  const hidden: HiddenBlock[] = [];
  for (const el of sortInDocumentOrder([...byEl.keys()])) {
    const c = byEl.get(el)!;
    if (!el.isConnected || el.closest(`[${HIDDEN_ATTR}]`)) continue;
    const text = c.text ?? collapse(el.textContent ?? '');
    const keep = (reason: KeptBlock['reason']) => {
      if (ctx.result.kept.length < MAX_KEPT_RECORDS)
        ctx.result.kept.push({ ruleId: c.rule.id, reason, preview: preview(text) });
    };
    if (ctx.rules.keepSelectors.some((s) => safeMatches(el, s))) keep('site-exception');
    else if (text.length > ctx.result.maxHiddenChars) keep('too-large');
    else if (ctx.index && text !== '' && holdsArticleText(ctx.index, el)) keep('article-text');
    else hidden.push(markHidden(ctx.result, el, { ruleId: c.rule.id, family: c.rule.family }, stage, text));
  }
  return hidden;
}

/**
 * Shows a hidden block again because a check made after hiding it says it must stay (the late cleaner's
 * deferred article-text guard), and records why. False when the block is no longer in the record
 * (the reader restored it meanwhile).
 */
export function unhideBlock(
  result: InPageResult,
  el: Element,
  block: HiddenBlock,
  reason: KeptBlock['reason'],
): boolean {
  const at = result.blocks.indexOf(block);
  if (at < 0) return false;
  result.blocks.splice(at, 1);
  if (el.getAttribute(HIDDEN_ATTR) === block.id) el.removeAttribute(HIDDEN_ATTR);
  if (result.kept.length < MAX_KEPT_RECORDS)
    result.kept.push({ ruleId: block.ruleId, reason, preview: block.preview });
  return true;
}

/** Marks one element hidden and records it. */
export function markHidden(
  result: InPageResult,
  el: Element,
  cause: { ruleId: string; family: RuleFamily },
  stage: HiddenBlock['stage'],
  text = collapse(el.textContent ?? ''),
): HiddenBlock {
  const block: HiddenBlock = {
    id: `cw${result.nextId++}`,
    ruleId: cause.ruleId,
    family: cause.family,
    stage,
    preview: preview(text),
    textLength: text.length,
  };
  el.setAttribute(HIDDEN_ATTR, block.id);
  result.blocks.push(block);
  return block;
}
