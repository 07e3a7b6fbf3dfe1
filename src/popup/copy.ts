/**
 * Clipboard exports of the article shown in the popup (or of the reader's selection in it), through the
 * engine's formatters. They start from the sanitised HTML the reader sees, so a copy holds what is on
 * screen and nothing the sanitiser took out; rich HTML goes through DOMPurify once more at the end.
 */
import type { ExportFormat } from '../core/export/index';
import type { CleanResult } from '../core';
import { sanitizeToString } from '../ui/SanitizedHtml';

export interface ClipboardPayload {
  /** text/plain: the plain-text or Markdown export (for rich HTML, the plain-text export beside it). */
  text: string;
  /** text/html, for the rich-HTML format only. */
  html: string | null;
}

type ArticleResult = Pick<CleanResult, 'article' | 'attribution' | 'message'>;

export type Exporters = typeof import('../core/export/index');
let exporters: Exporters | null = null;

/**
 * The formatters (and turndown) load on their own, after the article is on screen: the popup's first paint
 * does not wait for code only a copy needs.
 */
export async function loadExporters(): Promise<Exporters> {
  exporters ??= await import('../core/export/index');
  return exporters;
}

/** The formatters if they have loaded (a `copy` event must be answered synchronously). */
export function loadedExporters(): Exporters | null {
  return exporters;
}

/** The result with its article HTML sanitised as the popup shows it. */
export function sanitizedResult(result: ArticleResult, pageUrl: string): CleanResult {
  const article = result.article
    ? { ...result.article, contentHtml: sanitizeToString(result.article.contentHtml, pageUrl) }
    : null;
  return { status: 'ok', message: result.message, article, attribution: result.attribution, removals: [] };
}

/**
 * What to put on the clipboard. `selectionHtml` is a fragment of the popup's own (already sanitised)
 * article; when given, only it is exported, followed by the article's attribution.
 */
export function clipboardPayload(
  { exportArticle, exportSelection }: Exporters,
  shown: CleanResult,
  format: ExportFormat,
  selectionHtml: string | null,
  pageUrl: string,
): ClipboardPayload {
  const render = (f: ExportFormat) =>
    selectionHtml !== null
      ? exportSelection(selectionHtml, shown, f, document)
      : exportArticle(shown, f, document);
  if (format === 'html') return { text: render('text'), html: sanitizeToString(render('html'), pageUrl) };
  return { text: render(format), html: null };
}

export async function writeClipboard(payload: ClipboardPayload): Promise<void> {
  if (payload.html === null) {
    await navigator.clipboard.writeText(payload.text);
    return;
  }
  await navigator.clipboard.write([
    new ClipboardItem({
      'text/html': new Blob([payload.html], { type: 'text/html' }),
      'text/plain': new Blob([payload.text], { type: 'text/plain' }),
    }),
  ]);
}

/** The reader's selection inside `container`, as HTML, or null when there is none there. */
export function selectionHtmlWithin(container: Element | null): string | null {
  const selection = window.getSelection();
  if (!container || !selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const holder = document.createElement('div');
  for (let i = 0; i < selection.rangeCount; i++) {
    const range = selection.getRangeAt(i);
    if (!range.intersectsNode(container)) continue;
    const clipped = range.cloneRange();
    // Keep only the part inside the article: a drag that started in the header exports the article part.
    if (!container.contains(clipped.startContainer)) clipped.setStart(container, 0);
    if (!container.contains(clipped.endContainer)) clipped.setEnd(container, container.childNodes.length);
    holder.append(clipped.cloneContents());
  }
  const html = holder.innerHTML; // a read of nodes already sanitised on their way into the popup
  return holder.textContent?.trim() ? html : null;
}
