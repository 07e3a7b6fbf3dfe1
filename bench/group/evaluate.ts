/** Precision and recall of near-duplicate pairs on the test set (testset.ts), through the real index. */
import {
  compareStories,
  fingerprintStory,
  StoryIndex,
  toStoryRecord,
  type CopyBand,
  type StoryFingerprint,
} from '../../src/core/story';
import {
  exactContainment,
  isSource,
  makeCopy,
  negativePairs,
  random,
  VARIANTS,
  type Article,
  type NegativeKind,
  type Variant,
} from './testset';

/** Same-site pairs kept per site at most (a site with many pages would otherwise fill the negatives). */
const PAIRS_PER_SITE = 40;
/** Nearest articles by text topic taken as negatives for each article. */
const NEAREST = 2;
const SEED = 17;

export interface PairResult {
  a: string;
  b: string;
  kind: NegativeKind;
  band: CopyBand | null;
  containment: number;
}

export interface TestSetResult {
  articles: number;
  sources: number;
  copies: number;
  found: number;
  byVariant: Record<Variant, { copies: number; found: number }>;
  foundAs: Record<CopyBand, number>;
  missed: { file: string; variant: Variant }[];
  /** Copies that also matched a corpus article their source does not match. */
  stray: { file: string; variant: Variant; other: string }[];
  negatives: number;
  negativesByKind: Record<NegativeKind, number>;
  falsePositives: PairResult[];
  /** Candidate negatives left out: the same text by exact containment (corpus duplicates, not distinct stories). */
  sameText: PairResult[];
  precision: number;
  recall: number;
  /** JSON bytes of each article's storage record. */
  recordBytes: number[];
}

export function evaluate(articles: Article[]): TestSetResult {
  const fingerprints = articles.map((a) => fingerprintOf(a, a.text));
  const index = new StoryIndex<StoryFingerprint>();
  fingerprints.forEach((f) => index.add(f));
  const titles = articles.flatMap((a) => (a.title ? [a.title] : []));

  const byVariant = Object.fromEntries(
    VARIANTS.map((v) => [v, { copies: 0, found: 0 }]),
  ) as TestSetResult['byVariant'];
  const foundAs: Record<CopyBand, number> = { 'same-text': 0, rewritten: 0 };
  const missed: TestSetResult['missed'] = [];
  const stray: TestSetResult['stray'] = [];
  let sources = 0;
  articles.forEach((article, i) => {
    if (!isSource(article)) return;
    sources++;
    VARIANTS.forEach((variant, v) => {
      const seed = SEED * 100_003 + i * 17 + v;
      const pick = random(seed);
      const others = [0, 1, 2].map(() => titles[Math.floor(pick() * titles.length)]!);
      const copy = fingerprintOf(article, makeCopy(article, variant, others, seed));
      const matches = index.copiesOf(copy);
      byVariant[variant].copies++;
      const hit = matches.find((m) => m.index === i);
      if (hit) {
        byVariant[variant].found++;
        foundAs[hit.band]++;
      } else missed.push({ file: article.file, variant });
      for (const m of matches)
        if (m.index !== i && !compareStories(fingerprints[i]!, m.story))
          stray.push({ file: article.file, variant, other: articles[m.index]!.file });
    });
  });

  const negativesByKind: Record<NegativeKind, number> = {
    'same-site': 0,
    'same-title': 0,
    'nearest-text': 0,
  };
  const falsePositives: PairResult[] = [];
  const sameText: PairResult[] = [];
  for (const { a, b, kind } of negativePairs(articles, PAIRS_PER_SITE, NEAREST, SEED)) {
    const comparison = compareStories(fingerprints[a]!, fingerprints[b]!);
    const pair = {
      a: articles[a]!.file,
      b: articles[b]!.file,
      kind,
      band: comparison?.band ?? null,
      containment: exactContainment(articles[a]!.text, articles[b]!.text),
    };
    if (pair.containment >= 0.5) {
      sameText.push(pair);
      continue;
    }
    negativesByKind[kind]++;
    if (comparison) falsePositives.push(pair);
  }

  const copies = VARIANTS.reduce((n, v) => n + byVariant[v].copies, 0);
  const found = VARIANTS.reduce((n, v) => n + byVariant[v].found, 0);
  return {
    articles: articles.length,
    sources,
    copies,
    found,
    byVariant,
    foundAs,
    missed,
    stray,
    negatives: Object.values(negativesByKind).reduce((a, b) => a + b, 0),
    negativesByKind,
    falsePositives,
    sameText,
    precision: found + falsePositives.length === 0 ? 1 : found / (found + falsePositives.length),
    recall: copies === 0 ? 1 : found / copies,
    recordBytes: fingerprints.map((f) => Buffer.byteLength(JSON.stringify(toStoryRecord(f)))),
  };
}

function fingerprintOf(article: Article, text: string): StoryFingerprint {
  return fingerprintStory({
    title: article.title,
    site: article.site,
    url: null,
    published: null,
    wire: null,
    text,
  });
}
