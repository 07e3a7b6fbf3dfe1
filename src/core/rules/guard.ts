import { textLength, textOf, type TreeIndex } from './tree';

/**
 * The guard's picture of where the article is: the element Readability would most likely choose, found
 * with Readability's own paragraph scoring (one pass over the index, no DOM changes), plus its ancestors
 * and any element under it that holds most of its paragraph text. A rule may remove things inside the
 * article, but never an element on this chain: a theme that adds `share` to the entry's classes, or a
 * `marquee-post` class on the article, must not take the article with it.
 */

// Readability's class/id weights (Readability.js REGEXPS), so the guard agrees with the extractor.
const UNLIKELY =
  /-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote/i;
const MAYBE = /and|article|body|column|content|main|shadow/i;
const POSITIVE = /article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story/i;
const NEGATIVE =
  /-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget/i;
const COMMAS = /[\u002C\u060C\uFE50\uFE10\uFE11\u2E41\u2E34\u2E32\uFF0C]/g;

const TAG_BIAS: Record<string, number> = {
  div: 5,
  pre: 3, td: 3, blockquote: 3,
  address: -3, ol: -3, ul: -3, dl: -3, dd: -3, dt: -3, li: -3, form: -3,
  h1: -5, h2: -5, h3: -5, h4: -5, h5: -5, h6: -5, th: -5,
}; // prettier-ignore

/** Where the guard reads an element's class and id (shared with rule matching, which reads them too). */
export type AttrReader = (i: number, name: 'class' | 'id') => string | null;

/** Paragraph text (characters in blocks of 25+) under each element, and the protected chain. */
export interface ArticleCore {
  /** Index of the most likely article element, or -1 when the page has no paragraph text. */
  top: number;
  /** protect[i]: element i holds the article or most of it. */
  protect: boolean[];
}

export function findArticleCore(index: TreeIndex, attr: AttrReader): ArticleCore {
  const { elements, tags, parents, ends, linkChars, blockChild } = index;
  const n = elements.length;
  const score = new Map<number, number>();
  const paraChars: number[] = new Array<number>(n).fill(0);
  const weight = (i: number): number => {
    let w = TAG_BIAS[tags[i]!] ?? 0;
    for (const value of [attr(i, 'class'), attr(i, 'id')]) {
      if (!value) continue;
      if (NEGATIVE.test(value)) w -= 25;
      if (POSITIVE.test(value)) w += 25;
    }
    return w;
  };

  for (let i = 0; i < n;) {
    const tag = tags[i]!;
    // Readability drops unlikely candidates (comment threads, sidebars…) before it scores.
    if (tag !== 'body' && tag !== 'a' && tag !== 'article' && tag !== 'main') {
      const sig = (attr(i, 'class') ?? '') + ' ' + (attr(i, 'id') ?? '');
      if (sig.length > 1 && UNLIKELY.test(sig) && !MAYBE.test(sig)) {
        i = ends[i]!;
        continue;
      }
    }
    const para = tag === 'p' || tag === 'pre' || tag === 'td' || (tag === 'div' && !blockChild[i]);
    if (para) {
      const text = textLength(index, i) >= 25 ? textOf(index, i) : '';
      if (text.length >= 25) {
        paraChars[i] = text.length;
        const s = 1 + (text.match(COMMAS)?.length ?? 0) + Math.min(Math.floor(text.length / 100), 3);
        let a = parents[i]!;
        for (let level = 0; level < 5 && a >= 0; level++, a = parents[a]!) {
          const divider = level === 0 ? 1 : level === 1 ? 2 : level * 3;
          score.set(a, (score.get(a) ?? weight(a)) + s / divider);
        }
      }
    }
    i++;
  }

  let top = -1;
  let best = -Infinity;
  for (const [i, s] of score) {
    const len = textLength(index, i);
    const final = s * (1 - (len > 0 ? linkChars[i]! / len : 0));
    if (final > best) {
      best = final;
      top = i;
    }
  }

  const protect: boolean[] = new Array<boolean>(n).fill(false);
  if (top < 0) return { top, protect };
  // Paragraph text summed upwards: descendants come after their ancestors in document order.
  for (let i = n - 1; i >= 0; i--) {
    const p = parents[i]!;
    if (p >= 0) paraChars[p]! += paraChars[i]!;
  }
  // A short block whose class says "article" can outscore the article itself (a `taboola-below-article`
  // widget); the article holds most of the page's paragraph text, so climb until the core does.
  let total = 0;
  for (let i = 0; i < n; i++) if (parents[i]! < 0) total += paraChars[i]!;
  while (parents[top]! >= 0 && paraChars[top]! < total / 2) top = parents[top]!;
  for (let a = top; a >= 0; a = parents[a]!) protect[a] = true;
  const half = paraChars[top]! / 2;
  for (let i = top + 1; i < ends[top]!; i++) if (paraChars[i]! > half) protect[i] = true;
  return { top, protect };
}
