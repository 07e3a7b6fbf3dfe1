import { blockGrams, splitBlocks, words } from '../../src/core/inpage/article-index';
import { preview } from '../../src/core/text';
import { normalizeSpace } from '../lib/score';
import { gramSet, visibleRetention } from './visible-retention';

/**
 * Retention measured against a corpus's own ground truth instead of the engine's output, so that text
 * the engine missed — which the in-place pass then does not protect — shows up as a loss too.
 *
 * Both measures compare what the page rendered (`body.innerText`) after in-page cleaning with what it
 * rendered once restored, over the ground truth the restored page showed (text the page never renders
 * counts for nothing, as in `visibleRetention`):
 * - `main-content` (wcxb-dev's `main_content`): word grams, the units of `visibleRetention`;
 * - `with` (trafilatura-dev's snippets): whole snippets, as whitespace-normalised, case-sensitive
 *   substrings — the corpus's own scoring rule (bench/lib/score.ts).
 */
export type GroundTruth = { kind: 'main-content'; text: string } | { kind: 'with'; snippets: string[] };

/** One block Cleanwire hid, as the page reports it: which rule, and its text (`blockText`). */
export interface HiddenText {
  ruleId: string;
  family: string;
  stage: string;
  text: string;
}

/** Ground-truth units lost to one rule (or to none found: `ruleId` empty). */
export interface LossSource {
  ruleId: string;
  family: string;
  stage: string;
  units: number;
}

export interface TruthRetention {
  kind: GroundTruth['kind'];
  /** Units shown after cleaning ÷ units shown before; 1 when none were shown. */
  retention: number;
  /** Units shown on the restored page ÷ all units of the ground truth. */
  pageMatch: number;
  /** Units (grams counting repeats, or snippets) shown on the restored page: the denominator. */
  shownBefore: number;
  shownAfter: number;
  /** What was lost, worst first: blocks of which less than half stays (main-content), or snippets. */
  lost: string[];
  /** Which hidden blocks held the lost units, most first; `ruleId` '' for units no hidden block holds. */
  lostBy: LossSource[];
}

const MAX_LOST = 5;

export function truthRetention(
  truth: GroundTruth,
  before: string,
  after: string,
  hidden: readonly HiddenText[],
): TruthRetention {
  if (truth.kind === 'with') return snippetRetention(truth.snippets, before, after, hidden);
  const r = visibleRetention(truth.text, before, after, MAX_LOST);
  const shown = gramSet(before);
  const stays = gramSet(after);
  const lostGrams: string[] = [];
  for (const block of splitBlocks(truth.text))
    for (const g of blockGrams(block)) if (shown.has(g) && !stays.has(g)) lostGrams.push(g);
  return {
    kind: 'main-content',
    retention: r.retention,
    pageMatch: r.pageMatch,
    shownBefore: r.shownBefore,
    shownAfter: r.shownAfter,
    lost: r.lostBlocks,
    lostBy: attributeLoss(lostGrams, hidden),
  };
}

function snippetRetention(
  snippets: readonly string[],
  before: string,
  after: string,
  hidden: readonly HiddenText[],
): TruthRetention {
  const shown = normalizeSpace(before);
  const stays = normalizeSpace(after);
  const visible = snippets.filter((s) => shown.includes(normalizeSpace(s)));
  const lost = visible.filter((s) => !stays.includes(normalizeSpace(s)));
  const shownAfter = visible.length - lost.length;
  return {
    kind: 'with',
    retention: visible.length === 0 ? 1 : shownAfter / visible.length,
    pageMatch: snippets.length === 0 ? 1 : visible.length / snippets.length,
    shownBefore: visible.length,
    shownAfter,
    lost: lost.slice(0, MAX_LOST).map((s) => preview(s)),
    lostBy: attributeLoss(lost, hidden),
  };
}

/**
 * Which hidden block held each lost unit: the first (in the page's order) whose lines hold the unit's
 * words in a row. Compared as words, not characters, since a hidden block's text is built from its
 * DOM (`blockText`) and the page's from layout (`innerText`): spacing and case differ, words do not.
 */
export function attributeLoss(units: readonly string[], hidden: readonly HiddenText[]): LossSource[] {
  const lines = hidden.map((h) =>
    splitBlocks(h.text)
      .map((line) => ` ${words(line).join(' ')} `)
      .join('\n'),
  );
  const bySource = new Map<string, LossSource>();
  for (const unit of units) {
    const key = ` ${words(unit).join(' ')} `;
    const at = key.trim() === '' ? -1 : lines.findIndex((l) => l.includes(key));
    const h = at < 0 ? null : hidden[at]!;
    const id = h ? `${h.stage} ${h.ruleId}` : '';
    const source = bySource.get(id) ?? {
      ruleId: h?.ruleId ?? '',
      family: h?.family ?? '',
      stage: h?.stage ?? '',
      units: 0,
    };
    source.units++;
    bySource.set(id, source);
  }
  return [...bySource.values()].sort((a, b) => b.units - a.units);
}
