/**
 * What one copy lacks, changes and adds against another, in words a reader can act on. Records keep no
 * text, so everything quoted is from the copy being read (its own paragraphs): where the missing
 * paragraphs would go is told by the paragraph of this copy that comes before them.
 */
import { isSample, type StoryFingerprint } from './fingerprint';
import { compareParagraphs } from './copies';

/** Where a run of missing paragraphs would go in this copy. */
export type MissingPlace =
  /** Before this copy's first paragraph (`before`: its opening words). */
  | { at: 'start'; before: string }
  /** After the paragraph of this copy that opens with `after`; `end`: the other copy ends with the run. */
  | { at: 'after' | 'end'; after: string };

export interface MissingRun {
  paragraphs: number;
  words: number;
  place: MissingPlace;
}

export interface ChangedParagraph {
  /** Opening words of this copy's paragraph. */
  preview: string;
  /** Words of that paragraph here, and of the other copy's. */
  words: number;
  otherWords: number;
}

export interface AddedParagraph {
  preview: string;
  words: number;
}

export interface CopyDifferences {
  lacks: MissingRun[];
  changed: ChangedParagraph[];
  adds: AddedParagraph[];
}

/** Words of a paragraph quoted to say which one it is. */
const PREVIEW_WORDS = 8;

/** A paragraph's opening words, with "…" when there is more. */
export function paragraphPreview(paragraph: string): string {
  const words = paragraph.trim().split(/\s+/);
  return words.length > PREVIEW_WORDS ? `${words.slice(0, PREVIEW_WORDS).join(' ')}…` : words.join(' ');
}

/**
 * What `copy` lacks, changes and adds against `other`. `copyParagraphs`: the copy's text as
 * storyParagraphs gives it (the paragraphs its fingerprint was made from).
 */
export function describeDifferences(
  copy: StoryFingerprint,
  other: StoryFingerprint,
  copyParagraphs: readonly string[],
): CopyDifferences {
  const comparison = compareParagraphs(copy, other);
  const preview = (index: number) => paragraphPreview(copyParagraphs[index] ?? '');
  const lacked = new Set(comparison.lacks.map((p) => p.index));
  const counterpart = (index: number): number | null => {
    const changed = comparison.changed.find((c) => c.index === index);
    return changed ? changed.in : counterpartIn(copy, other, index);
  };

  const lacks: MissingRun[] = [];
  for (const p of comparison.lacks) {
    const run = lacks.at(-1);
    if (run && lacked.has(p.index - 1)) {
      run.paragraphs++;
      run.words += p.words;
      continue;
    }
    let anchor: number | null = null;
    for (let i = p.index - 1; i >= 0 && anchor === null; i--) if (!lacked.has(i)) anchor = counterpart(i);
    const place: MissingPlace =
      anchor === null ? { at: 'start', before: preview(0) } : { at: 'after', after: preview(anchor) };
    lacks.push({ paragraphs: 1, words: p.words, place });
  }
  // A run the other copy ends with: this copy was cut there.
  const last = lacks.at(-1);
  if (last?.place.at === 'after' && lacked.has(other.paragraphs.length - 1)) last.place.at = 'end';

  return {
    lacks,
    changed: comparison.changed.map((c) => ({
      preview: preview(c.in),
      words: copy.paragraphs[c.in]?.words ?? 0,
      otherWords: c.words,
    })),
    adds: comparison.adds.map((p) => ({ preview: preview(p.index), words: p.words })),
  };
}

/**
 * The paragraph of `copy` that holds the `index`th paragraph of `other`: the one with the same words,
 * else the one holding most of its samples; null when none holds any.
 */
function counterpartIn(copy: StoryFingerprint, other: StoryFingerprint, index: number): number | null {
  const p = other.paragraphs[index]!;
  const same = copy.paragraphs.findIndex((q) => q.hash === p.hash);
  if (same >= 0) return same;
  const level = Math.max(copy.level, other.level);
  const samples = new Set(p.samples.filter((s) => isSample(s, level)));
  let best: number | null = null;
  let most = 0;
  copy.paragraphs.forEach((q, i) => {
    const n = q.samples.filter((s) => samples.has(s)).length;
    if (n > most) [best, most] = [i, n];
  });
  return best;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** "Lacks 3 paragraphs · adds 1 · 2 changed vs reuters.com", or "Same paragraphs as reuters.com". */
export function differencesSummary(d: CopyDifferences, otherName: string): string {
  const lacked = d.lacks.reduce((sum, run) => sum + run.paragraphs, 0);
  const parts = [
    lacked ? `Lacks ${plural(lacked, 'paragraph')}` : null,
    d.adds.length ? `adds ${d.adds.length}` : null,
    d.changed.length ? `${d.changed.length} changed` : null,
  ].filter((p): p is string => p !== null);
  if (!parts.length) return `Same paragraphs as ${otherName}`;
  const [first, ...rest] = parts;
  return `${first![0]!.toUpperCase()}${first!.slice(1)}${rest.map((p) => ` · ${p}`).join('')} vs ${otherName}`;
}

/** One missing run in words: "2 paragraphs (84 words) missing after “…”". */
export function missingRunText(run: MissingRun): string {
  const what = `${plural(run.paragraphs, 'paragraph')} (${plural(run.words, 'word')}) missing`;
  switch (run.place.at) {
    case 'start':
      return `${what} at the start, before “${run.place.before}”`;
    case 'after':
      return `${what} after “${run.place.after}”`;
    case 'end':
      return `${what} at the end, after “${run.place.after}”`;
  }
}

/** How a changed paragraph differs: fewer words usually means link text was dropped. */
export function changedNote(c: ChangedParagraph): string {
  if (c.words < c.otherWords) return `${plural(c.otherWords - c.words, 'word')} fewer: link text dropped?`;
  if (c.words > c.otherWords) return `${plural(c.words - c.otherWords, 'word')} more`;
  return 'words differ';
}

/** The comparison as plain text, for the clipboard. */
export function differencesText(d: CopyDifferences, otherName: string, otherUrl: string | null): string {
  const lines = [differencesSummary(d, otherName) + (otherUrl ? ` (${otherUrl})` : '')];
  if (d.lacks.length) lines.push('', 'This copy lacks:', ...d.lacks.map((run) => `- ${missingRunText(run)}`));
  if (d.changed.length)
    lines.push('', 'Changed here:', ...d.changed.map((c) => `- “${c.preview}” (${changedNote(c)})`));
  if (d.adds.length)
    lines.push(
      '',
      'Only in this copy:',
      ...d.adds.map((a) => `- “${a.preview}” (${plural(a.words, 'word')})`),
    );
  return lines.join('\n') + '\n';
}
