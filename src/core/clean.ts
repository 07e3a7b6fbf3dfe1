import { Readability } from '@mozilla/readability';
import { extractAttribution } from './attribution/index';
import { applyRules, rulesForHost } from './rules/apply';
import { builtinRules, selectorCheckFor } from './rules/compile';
import { blockText, collapse, countWords, readingMinutes } from './text';
import type { Article, CleanOptions, CleanResult, CompiledRule, Removal } from './types';

/** Readability's own default, used as our element budget too. */
export const DEFAULT_MAX_ELEMENTS = 0;

/**
 * The pipeline, in this order and for these reasons:
 * 1. refuse what is not a readable HTML page (frameset, no body, over the element budget) with a reason;
 * 2. clone: the live page is never touched (Readability mutates what it is given);
 * 3. rules on the clone ("pre"): page-hidden nodes and clutter go before Readability scores the page,
 *    so junk inside the article container cannot win or ride along;
 * 4. Readability picks the article from what is left;
 * 5. rules on its output ("post"): text rules see Readability's rebuilt paragraphs;
 * 6. attribution reads the untouched original plus what the disclaimer rules took out.
 */
export function clean(doc: Document, options: CleanOptions): CleanResult {
  const removals: Removal[] = [];
  const refuse = (status: CleanResult['status'], message: string): CleanResult => ({
    status,
    message,
    article: null,
    attribution: extractAttribution({ doc, url: options.url, readability: null, articleText: '', removedTexts: [] }),
    removals,
  });

  if (!doc.documentElement) return refuse('unsupported', 'The document is empty.');
  if (doc.querySelector('frameset')) return refuse('unsupported', 'This page is a frameset: open one of its frames.');
  if (!doc.body) return refuse('unsupported', 'This document has no HTML body (is it XML, an image or a PDF?).');
  const maxElements = options.maxElements ?? DEFAULT_MAX_ELEMENTS;
  if (maxElements > 0) {
    const count = doc.getElementsByTagName('*').length;
    if (count > maxElements)
      return refuse('too-large', `This page has ${count} elements, more than the ${maxElements} Cleanwire reads.`);
  }

  const rules = rulesForHost(options.rules ?? builtinRules(selectorCheckFor(doc)), hostnameOf(options.url));
  const clone = doc.cloneNode(true) as Document;

  // Guard: no rule may remove the article core, nor more than half the page's text in one element.
  const guard = { maxRemovedChars: Infinity, maxRemovedShare: 0.5, protectArticle: true };
  const removedTexts = applyRules(clone.body, rules, { stage: 'pre', ...guard }, removals);

  let parsed: ReturnType<Readability<Node>['parse']> = null;
  try {
    parsed = new Readability<Node>(clone, { serializer: (el) => el, keepClasses: true }).parse();
  } catch {
    parsed = null; // a malformed page still gets its best candidate below
  }

  const contentRoot = (parsed?.content as Element | null | undefined) ?? null;
  const root: Element = contentRoot ?? clone.body;
  const postRules = rules.filter((r) => r.family !== 'hidden');
  removedTexts.push(...applyRules(root, postRules, { stage: 'post', ...guard }, removals));
  forEachElement(root, (el) => el.removeAttribute('class'));

  const text = blockText(root);
  const words = countWords(text);
  const title = collapse(parsed?.title || doc.title || '');
  const article: Article = {
    title,
    contentHtml: contentRoot ? (contentRoot as Element).innerHTML : root.innerHTML,
    text,
    excerpt: collapse(parsed?.excerpt || text.slice(0, 200)),
    lang: parsed?.lang || doc.documentElement.getAttribute('lang') || null,
    dir: normaliseDir(parsed?.dir ?? doc.documentElement.getAttribute('dir')),
    wordCount: words,
    readingMinutes: readingMinutes(words),
  };
  const attribution = extractAttribution({
    doc,
    url: options.url,
    readability: parsed
      ? { byline: parsed.byline ?? null, siteName: parsed.siteName ?? null, publishedTime: parsed.publishedTime ?? null }
      : null,
    articleText: text,
    removedTexts,
  });

  if (!parsed || !contentRoot) {
    return {
      status: 'no-article',
      message: 'No article was found on this page; this is the whole page, cleaned.',
      article: words > 0 ? article : null,
      attribution,
      removals,
    };
  }
  return { status: 'ok', message: null, article, attribution, removals };
}

/** Visits every element under `root` in document order (no live collections: they are slow in jsdom). */
function forEachElement(root: Element, visit: (el: Element) => void): void {
  let el = root.firstElementChild;
  while (el) {
    visit(el);
    let next = el.firstElementChild;
    for (let cur: Element | null = el; !next && cur && cur !== root; cur = cur.parentElement) {
      next = cur.nextElementSibling;
      if (cur.parentElement === root) break;
    }
    el = next;
  }
}

export function hostnameOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

function normaliseDir(dir: string | null | undefined): Article['dir'] {
  return dir === 'rtl' || dir === 'ltr' ? dir : null;
}

export type { CompiledRule };
