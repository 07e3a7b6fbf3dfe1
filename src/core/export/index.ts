/**
 * Export formatters: plain text, Markdown and HTML of a cleaned article or of a selection from it, each
 * ending with the attribution line. Pure: the caller passes a Document whose implementation is used to make an
 * inert document for parsing (the live page is never touched and nothing in the HTML runs or loads).
 *
 * The HTML format drops scripts, frames, event handlers, inline styles and unsafe URLs itself, but it is not a
 * sanitizer: callers run DOMPurify before the HTML reaches an extension page or the clipboard.
 */
import type { CleanResult } from '../types';
import { parseFragment } from './fragment';
import { renderHtml } from './html';
import { renderMarkdown } from './markdown';
import type { ExportModel } from './model';
import { renderText } from './plain';

export type ExportFormat = 'text' | 'markdown' | 'html';
export const EXPORT_FORMATS: readonly ExportFormat[] = ['text', 'markdown', 'html'];

const RENDERERS: Record<ExportFormat, (model: ExportModel) => string> = {
  text: renderText,
  markdown: renderMarkdown,
  html: renderHtml,
};

/** The whole article: title, body, attribution. Throws when the result holds no article (say why to the user). */
export function exportArticle(result: CleanResult, format: ExportFormat, doc: Document): string {
  const article = result.article;
  if (!article) throw new Error(result.message ?? 'There is no article to export.');
  return RENDERERS[format]({
    heading: article.title,
    body: parseFragment(article.contentHtml, doc),
    source: { title: article.title, attribution: result.attribution },
    lang: article.lang,
    dir: article.dir,
  });
}

/**
 * A selection the reader made in the cleaned article (an HTML fragment), followed by the article's attribution
 * line. No heading: the line already names the article, and a quote pasted somewhere should not start with one.
 */
export function exportSelection(
  selectionHtml: string,
  result: Pick<CleanResult, 'article' | 'attribution'>,
  format: ExportFormat,
  doc: Document,
): string {
  const title = result.article?.title ?? '';
  return RENDERERS[format]({
    heading: null,
    body: parseFragment(selectionHtml, doc),
    source: { title, attribution: result.attribution },
    lang: result.article?.lang ?? null,
    dir: result.article?.dir ?? null,
  });
}

export { attributionLine, attributionParts, formatDate, type AttributionPart } from './attribution-line';
export { isSafeUrl } from './fragment';
