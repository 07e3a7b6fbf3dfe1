import { extractAttribution } from './attribution/index';
import { clean } from './clean';
import { errorText } from './error-text';
import { blockText, collapse, countWords, escapeHtml, readingMinutes } from './text';
import type { CleanOptions, CleanResult } from './types';

/**
 * clean(), except that what the DOM implementation throws does not cost the page its article. A DOM
 * that is not a browser's (jsdom's CSS and selector code in the command line) can throw on markup a
 * browser takes in its stride; every page still gets an article or a clear reason, step by step:
 * 1. clean() as it is;
 * 2. clean() without rules, in case the rules are what met the throwing code (Readability alone still
 *    finds the article); the result says so in its message;
 * 3. the page's whole text, as a 'no-article' result that names the error.
 */
export function cleanContained(doc: Document, options: CleanOptions): CleanResult {
  let reason: string;
  try {
    return clean(doc, options);
  } catch (e) {
    reason = messageOf(e);
  }
  if (options.rules === undefined || options.rules.length > 0) {
    try {
      const result = clean(doc, { ...options, rules: [] });
      return {
        ...result,
        message: `Cleaned without Cleanwire's rules, which failed on this page (${reason}).${result.message ? ` ${result.message}` : ''}`,
      };
    } catch {
      // the rules were not the cause: the page's text below
    }
  }
  return wholePageText(doc, options, reason);
}

function wholePageText(doc: Document, options: CleanOptions, reason: string): CleanResult {
  let text = '';
  try {
    text = doc.body ? blockText(doc.body) : '';
  } catch {
    text = collapse(doc.body?.textContent ?? '');
  }
  const words = countWords(text);
  const paragraphs = text.split('\n\n').filter(Boolean);
  return {
    status: 'no-article',
    message: `Cleanwire could not clean this page (${reason}); this is its whole text.`,
    article:
      words > 0
        ? {
            title: collapse(doc.title ?? ''),
            contentHtml: paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n'),
            text,
            excerpt: collapse(text.slice(0, 200)),
            lang: doc.documentElement?.getAttribute('lang') || null,
            dir: null,
            wordCount: words,
            readingMinutes: readingMinutes(words),
          }
        : null,
    attribution: extractAttribution({
      doc,
      url: options.url,
      readability: null,
      articleText: text,
      removedTexts: [],
    }),
    removals: [],
  };
}

function messageOf(e: unknown): string {
  return errorText(e).split('\n')[0]!;
}
