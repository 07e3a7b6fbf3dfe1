/**
 * The near-duplicate test set of `npm run bench:group`, built from the corpora's cleaned articles: copies of
 * each article (positives) and pairs of distinct articles from one site or on one topic (negatives).
 */
import { storyParagraphs, storyWords } from '../../src/core/story';

/** A corpus article as `cleanwire clean --format jsonl` gave it, with the site the corpus says it is from. */
export interface Article {
  file: string;
  /** The site: host of the corpus's URL for the page (else of the page's own), or the test page's family. */
  site: string;
  title: string | null;
  text: string;
}

export type Variant = 'cut-third' | 'cut-half' | 'shuffled' | 're-linked' | 'all-three';
export const VARIANTS: readonly Variant[] = ['cut-third', 'cut-half', 'shuffled', 're-linked', 'all-three'];

/** An article is a source of copies when it has enough paragraphs to cut and enough words to mean something. */
export const MIN_SOURCE_PARAGRAPHS = 4;
export const MIN_SOURCE_WORDS = 100;

/** mulberry32: a small seeded generator, so that the test set is the same every run. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle<T>(items: readonly T[], rand: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** Keeps a random share of the paragraphs, in their order (at least one is dropped, at least two kept). */
function cut(paragraphs: string[], keep: number, rand: () => number): string[] {
  const n = Math.min(paragraphs.length - 1, Math.max(2, Math.round(paragraphs.length * keep)));
  const kept = new Set(shuffle([...paragraphs.keys()], rand).slice(0, n));
  return paragraphs.filter((_, i) => kept.has(i));
}

/**
 * As a scraper that lost the link text: in each paragraph, runs of one to three words, about a tenth of
 * its words in all, are dropped (names and phrases, as links cover them).
 */
function dropLinkText(paragraph: string, rand: () => number): string {
  const words = paragraph.split(/\s+/);
  let budget = Math.max(1, Math.round(words.length * 0.1));
  const gone = new Set<number>();
  for (let tries = 0; budget > 0 && tries < 50; tries++) {
    const length = Math.min(budget, 1 + Math.floor(rand() * 3));
    const start = Math.floor(rand() * Math.max(1, words.length - length + 1));
    if ([...Array(length).keys()].some((k) => gone.has(start + k) || gone.has(start + k - 1))) continue;
    for (let k = 0; k < length; k++) gone.add(start + k);
    budget -= length;
  }
  return words.filter((_, i) => !gone.has(i)).join(' ');
}

/** Clutter a copying site adds: a share line on top; "Related news" with other stories' headlines, comments. */
function clutter(otherTitles: string[], rand: () => number): { top: string[]; bottom: string[] } {
  const related = shuffle(otherTitles, rand).slice(0, 3);
  return {
    top: ['Share this article: Facebook · X · WhatsApp · E-mail'],
    bottom: [
      'Related news:',
      ...related,
      'Sign up for our daily newsletter and get the top stories in your inbox every morning.',
      'Comments (0) · Comments are closed.',
    ],
  };
}

/** One copy of an article, as text (a blank line between paragraphs), with clutter added. */
export function makeCopy(article: Article, variant: Variant, otherTitles: string[], seed: number): string {
  const rand = random(seed);
  let paragraphs = storyParagraphs(article.text);
  if (variant === 'cut-third' || variant === 'all-three') paragraphs = cut(paragraphs, 2 / 3, rand);
  if (variant === 'cut-half') paragraphs = cut(paragraphs, 1 / 2, rand);
  if (variant === 'shuffled' || variant === 'all-three') paragraphs = shuffle(paragraphs, rand);
  if (variant === 're-linked' || variant === 'all-three')
    paragraphs = paragraphs.map((p) => dropLinkText(p, rand));
  const { top, bottom } = clutter(otherTitles, rand);
  return [...top, ...paragraphs, ...bottom].join('\n\n');
}

export function isSource(article: Article): boolean {
  const paragraphs = storyParagraphs(article.text);
  const words = paragraphs.reduce((n, p) => n + storyWords(p).length, 0);
  return paragraphs.length >= MIN_SOURCE_PARAGRAPHS && words >= MIN_SOURCE_WORDS;
}

const STOPWORDS = new Set(
  'the a an and or of to in on for with from by at as is are was were be has have had it its this that these those how what why who when new after over into about not you your our their his her they we will can may more than up out just'.split(
    ' ',
  ),
);

/** A title's topic words: four letters or more, stop words out. */
export function topicWords(title: string | null): Set<string> {
  return new Set(storyWords(title ?? '').filter((w) => w.length >= 4 && !STOPWORDS.has(w)));
}

export type NegativeKind = 'same-site' | 'same-title' | 'nearest-text';

/** An article's topic words: the 40 most frequent words of its text of five letters or more, stop words out. */
function textTopic(text: string): Set<string> {
  const counts = new Map<string, number>();
  for (const w of storyWords(text))
    if (w.length >= 5 && !STOPWORDS.has(w)) counts.set(w, (counts.get(w) ?? 0) + 1);
  return new Set(
    [...counts.entries()]
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, 40)
      .map(([w]) => w),
  );
}

/**
 * Pairs of distinct articles that a matcher could confuse: pairs from one site (at most `perSite` a site,
 * chosen at random); every pair whose titles share three topic words or more; and for each article the
 * `nearest` others whose texts share the most topic words (same subject, same language).
 */
export function negativePairs(
  articles: readonly Article[],
  perSite: number,
  nearest: number,
  seed: number,
): { a: number; b: number; kind: NegativeKind }[] {
  const rand = random(seed);
  const pairs = new Map<string, { a: number; b: number; kind: NegativeKind }>();
  const bySite = new Map<string, number[]>();
  articles.forEach((art, i) => bySite.set(art.site, [...(bySite.get(art.site) ?? []), i]));
  for (const members of bySite.values()) {
    const all: [number, number][] = [];
    for (let x = 0; x < members.length; x++)
      for (let y = x + 1; y < members.length; y++) all.push([members[x]!, members[y]!]);
    for (const [a, b] of shuffle(all, rand).slice(0, perSite))
      pairs.set(`${a} ${b}`, { a, b, kind: 'same-site' });
  }
  const topics = articles.map((art) => topicWords(art.title));
  for (let a = 0; a < articles.length; a++) {
    for (let b = a + 1; b < articles.length; b++) {
      let shared = 0;
      for (const w of topics[a]!) if (topics[b]!.has(w)) shared++;
      if (shared >= 3 && !pairs.has(`${a} ${b}`)) pairs.set(`${a} ${b}`, { a, b, kind: 'same-title' });
    }
  }
  const texts = articles.map((art) => textTopic(art.text));
  for (let a = 0; a < articles.length; a++) {
    const ranked: [number, number][] = [];
    for (let b = 0; b < articles.length; b++) {
      if (b === a) continue;
      let shared = 0;
      for (const w of texts[a]!) if (texts[b]!.has(w)) shared++;
      ranked.push([b, shared]);
    }
    ranked.sort((x, y) => y[1] - x[1] || x[0] - y[0]);
    for (const [b] of ranked.slice(0, nearest)) {
      const key = a < b ? `${a} ${b}` : `${b} ${a}`;
      if (!pairs.has(key)) pairs.set(key, { a: Math.min(a, b), b: Math.max(a, b), kind: 'nearest-text' });
    }
  }
  return [...pairs.values()];
}

/**
 * The exact containment of the smaller article's 5-word shingles in the larger's (every shingle, no
 * sampling, no MinHash): the yardstick for "the same text" that keeps corpus duplicates out of the negatives.
 */
export function exactContainment(a: string, b: string): number {
  const [sa, sb] = [shingles(a), shingles(b)];
  const [small, large] = sa.size <= sb.size ? [sa, sb] : [sb, sa];
  if (small.size === 0) return 0;
  let n = 0;
  for (const s of small) if (large.has(s)) n++;
  return n / small.size;
}

function shingles(text: string): Set<string> {
  const out = new Set<string>();
  for (const p of storyParagraphs(text)) {
    const w = storyWords(p);
    for (let i = 0; i + 5 <= Math.max(5, w.length); i++) out.add(w.slice(i, i + 5).join(' '));
  }
  return out;
}
