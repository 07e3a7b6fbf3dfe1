import { prepareRule } from '../rules/apply';
import { indexTree } from '../rules/tree';
import { ElementView } from '../rules/select';
import { collapse, preview } from '../text';
import type { CompiledRule, RuleFamily } from '../types';
import { holdsArticleText, type ArticleIndex } from './article-index';
import { HIDDEN_ATTR } from './css';
import { safeMatches, sortInDocumentOrder, type InPageRules } from './prepare';

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
  reason: 'article-text' | 'too-large' | 'site-exception';
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
}

export interface Candidate {
  el: Element;
  rule: CompiledRule;
  /** Collapsed text, when matching already computed it. */
  text?: string;
}

/**
 * Hides what the rules match at `root` (its descendants, itself, or both) and returns the blocks hidden.
 *
 * One walk in document order with the engine's own matcher (rules/apply.ts `prepareRule`, `indexTree`),
 * so it decides as `applyRules` does: the first selector rule that matches names an element; a text
 * rule needs its selector and its pattern on the collapsed text; nothing holding more text than the
 * size guard is hidden. Then the in-place guards: an element the reader excepted, or one holding
 * article text, stays — and the walk looks inside it, so clutter nested in a spared wrapper still goes.
 * A hidden element's subtree is skipped: the outermost match is the block.
 */
export function hideMatches(
  ctx: HideContext,
  root: Element,
  scope: 'descendants' | 'self-and-descendants' | 'self',
  stage: HiddenBlock['stage'],
): HiddenBlock[] {
  const rules = [...ctx.rules.plain, ...ctx.rules.text];
  const hidden: HiddenBlock[] = [];
  if (rules.length === 0) return hidden;
  const prepared = rules.map((r) => prepareRule(root, r));
  const plain = prepared.filter((p) => !p.text);
  const textual = prepared.filter((p) => p.text);
  const max = ctx.result.maxHiddenChars;

  const decide = (v: ElementView, raw: string): { rule: CompiledRule; text: string } | null => {
    for (const p of plain) {
      if (p.matches(v)) return { rule: p.rule, text: collapse(raw) };
    }
    let text: string | null = null;
    for (const p of textual) {
      if (!p.matches(v)) continue;
      text ??= collapse(raw);
      if (text.length > max) return null;
      if (p.text!.test(text)) return { rule: p.rule, text };
    }
    return null;
  };
  /** True when the element was hidden (its subtree needs no look). */
  const consider = (el: Element, view: ElementView, raw: string): boolean => {
    const hit = decide(view, raw);
    if (!hit) return false;
    const keep = (reason: KeptBlock['reason']) => {
      if (ctx.result.kept.length < MAX_KEPT_RECORDS)
        ctx.result.kept.push({ ruleId: hit.rule.id, reason, preview: preview(hit.text) });
      return false;
    };
    if (ctx.rules.keepSelectors.some((s) => safeMatches(el, s))) return keep('site-exception');
    if (hit.text.length > max) return keep('too-large');
    if (ctx.index && hit.text !== '' && holdsArticleText(ctx.index, el)) return keep('article-text');
    hidden.push(
      markHidden(ctx.result, el, { ruleId: hit.rule.id, family: hit.rule.family }, stage, hit.text),
    );
    return true;
  };

  const tree = scope === 'self' ? null : indexTree(root);
  if (scope !== 'descendants') {
    const raw = tree ? tree.rootText : textOutsideCode(root);
    if (consider(root, new ElementView(root), raw) || !tree) return hidden;
  }
  const { elements, ends, texts } = tree!;
  for (let i = 0; i < elements.length;) {
    const el = elements[i]!;
    const view = new ElementView(el);
    if (view.attr(HIDDEN_ATTR) !== null || consider(el, view, texts[i]!)) i = ends[i]!;
    else i++;
  }
  return hidden;
}

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

/** An element's text as the engine's rules see it: `textContent` without script and style. */
function textOutsideCode(el: Element): string {
  return indexTree(el).rootText;
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
