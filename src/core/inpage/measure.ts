import { clean, hostnameOf } from '../clean';
import { BUILTIN_RULES } from '../rules/compile';
import { matchPage } from '../rules/match';
import { rulesForHost } from '../rules/remove';
import type { CleanStatus, CompiledRule } from '../types';
import { blockText } from '../text';
import { buildArticleIndex } from './article-index';
import { cleanInPlace } from './clean-in-place';
import type { FocusFallback } from './focus';
import type { InPageMode } from './hide';
import { nonStoryText } from './non-story';
import { retentionReport, visiblePage } from './retention';

export interface InPageMeasurement {
  status: CleanStatus;
  /** Characters of article text the engine extracted. */
  articleChars: number;
  /** Share of the article found on the page word for word (what retention is measured over). */
  pageMatch: number;
  /** Retention after in-page cleaning: the figure issue 4 holds at ≥ 0.995. */
  retention: number;
  hiddenBlocks: number;
  /** Rule matches spared because they held article text. */
  sparedForArticle: number;
  /** Article blocks mostly invisible after cleaning, as previews. */
  lostBlocks: string[];
  /** The mode the page was left in, and why Focus gave way to Tidy (null when it did not). */
  mode: InPageMode;
  fallback: FocusFallback | null;
  /**
   * Words still visible that are not the article's (no article gram covers them), as a share of the
   * page's words before cleaning: the clutter left on screen, as text.
   */
  visibleNonStory: number;
}

/**
 * The whole in-page path on one document, as the content script runs it: `clean()` on a clone for the
 * article text, then `cleanInPlace` on the document, then the retention check. Mutates `doc` (it is
 * the live page here): give it a freshly parsed document. For tests and the benchmark.
 */
export function measureInPageCleaning(
  doc: Document,
  options: { url: string; rules?: CompiledRule[]; mode?: InPageMode },
): InPageMeasurement {
  const hostname = hostnameOf(options.url);
  // One match of the page serves both passes, as in the content script.
  const match = matchPage(doc.body, rulesForHost(options.rules ?? BUILTIN_RULES, hostname));
  const cleaned = clean(doc, { url: options.url, match });
  const articleText = cleaned.article?.text ?? '';
  const index = buildArticleIndex(articleText);
  const before = blockText(visiblePage(doc));
  const result = cleanInPlace(doc, {
    match,
    hostname,
    articleText,
    title: cleaned.article?.title ?? null,
    mode: options.mode ?? 'tidy',
  });
  const after = retentionReport(doc, articleText);
  return {
    status: cleaned.status,
    articleChars: articleText.length,
    pageMatch: after.pageMatch,
    retention: after.retention,
    hiddenBlocks: result.blocks.length,
    sparedForArticle: result.kept.filter((k) => k.reason === 'article-text').length,
    lostBlocks: after.lostBlocks,
    mode: result.focus?.mode ?? 'tidy',
    fallback: result.focus?.fallback ?? null,
    visibleNonStory: nonStoryText(index, before, blockText(visiblePage(doc))).share,
  };
}
