/**
 * Scoring rules, importable on their own.
 * - trafilatura's with/without rule (its README, "Scoring rule"): whitespace-normalised, case-sensitive
 *   substring match of each segment, counts summed over cases (micro-average).
 * - token recall for the readability corpus: how much of a reference text's words are still in ours.
 * - attribution field comparison shared by the readability corpus and the fixtures.
 */

export interface Counts {
  tp: number;
  fn: number;
  fp: number;
  tn: number;
}

export interface Metrics {
  precision: number;
  recall: number;
  f1: number;
  accuracy: number;
}

export interface CaseScore extends Counts {
  /** `with` segments not found in the output. */
  missed: string[];
  /** `without` segments found in the output. */
  leaked: string[];
}

/** Every run of whitespace to one space, trimmed — upstream's normalisation. */
export function normalizeSpace(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

export const zeroCounts = (): Counts => ({ tp: 0, fn: 0, fp: 0, tn: 0 });

/** Scores one case. Empty output (nothing extracted or a crash) misses every `with` and rejects every `without`. */
export function scoreCase(
  output: string,
  withSegments: readonly string[],
  withoutSegments: readonly string[],
): CaseScore {
  const text = normalizeSpace(output);
  const found = (seg: string) => text !== '' && text.includes(normalizeSpace(seg));
  const missed = withSegments.filter((s) => !found(s));
  const leaked = withoutSegments.filter(found);
  return {
    tp: withSegments.length - missed.length,
    fn: missed.length,
    fp: leaked.length,
    tn: withoutSegments.length - leaked.length,
    missed,
    leaked,
  };
}

export function addCounts(into: Counts, c: Counts): Counts {
  into.tp += c.tp;
  into.fn += c.fn;
  into.fp += c.fp;
  into.tn += c.tn;
  return into;
}

const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);

export function metrics(c: Counts): Metrics {
  return {
    precision: ratio(c.tp, c.tp + c.fp),
    recall: ratio(c.tp, c.tp + c.fn),
    f1: ratio(2 * c.tp, 2 * c.tp + c.fp + c.fn),
    accuracy: ratio(c.tp + c.tn, c.tp + c.tn + c.fp + c.fn),
  };
}

/** Word tokens (letters/digits runs), lower-cased; CJK ideographs count one token each. */
export function tokens(text: string): string[] {
  return text.toLowerCase().match(/[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]|[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * Share of the reference's tokens (as a multiset) present in the candidate: 1 when every word of the
 * reference survives, whatever else the candidate holds. A reference without tokens scores 1.
 */
export function tokenRecall(reference: string, candidate: string): number {
  const ref = tokens(reference);
  if (ref.length === 0) return 1;
  return multisetOverlap(ref, tokens(candidate)) / ref.length;
}

/** How many tokens the two lists share, each token counted as often as it is in both (multiset intersection). */
export function multisetOverlap(a: readonly string[], b: readonly string[]): number {
  const have = new Map<string, number>();
  for (const t of b) have.set(t, (have.get(t) ?? 0) + 1);
  let hit = 0;
  for (const t of a) {
    const n = have.get(t) ?? 0;
    if (n > 0) {
      hit++;
      have.set(t, n - 1);
    }
  }
  return hit;
}

/** Same string once whitespace is collapsed (titles, bylines, site names). */
export function sameText(expected: string | null, actual: string | null | undefined): boolean {
  if (expected === null) return actual === null || actual === undefined || actual === '';
  return actual !== null && actual !== undefined && normalizeSpace(actual) === normalizeSpace(expected);
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Published dates: a date-only expectation (`2018-08-08`) is met by any value on that calendar date as
 * written (`2018-08-08T09:14:00+02:00`); an expectation with a time needs the same instant.
 */
export function sameDate(expected: string | null, actual: string | null | undefined): boolean {
  if (expected === null) return actual === null || actual === undefined || actual === '';
  if (!actual) return false;
  const a = actual.trim();
  if (DATE_ONLY.test(expected)) return a.slice(0, 10) === expected;
  if (DATE_ONLY.test(a)) return false;
  const te = Date.parse(expected);
  const ta = Date.parse(a);
  return !Number.isNaN(te) && te === ta;
}
