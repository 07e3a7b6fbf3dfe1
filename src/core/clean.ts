import { Readability } from '@mozilla/readability';
import { declaredContainer, jsonLdArticleBody } from './article-fallback';
import { articlePageSignals, classifyArticleUrl } from './sites/article';
import { extractAttribution } from './attribution/index';
import { keepFormulas } from './formulas';
import { scanPage, type PageScan } from './page-scan';
import {
  applyRules,
  applyRulesToCopy,
  copyElements,
  RuleMatcher,
  rulesForHost,
  type MatcherHandoff,
} from './rules/apply';
import { builtinRules, selectorCheckFor } from './rules/compile';
import { forEachElement } from './rules/tree';
import { restoreTables } from './tables';
import { blockText, collapse, countWords, preview, readingMinutes } from './text';
import type { Article, CleanOptions, CleanResult, CompiledRule, Removal } from './types';

/** Readability's own default, used as our element budget too. */
export const DEFAULT_MAX_ELEMENTS = 0;

/**
 * The pipeline, in this order and for these reasons:
 * 1. refuse what is not a readable HTML page (frameset, no body, over the element budget) with a reason;
 * 2. clone: the live page is never touched (Readability mutates what it is given);
 * 3. rules on the clone ("pre"): page-hidden nodes and clutter go before Readability scores the page,
 *    so junk inside the article container cannot win or ride along. They are asked on the original and
 *    carried out on the clone, so that `handoff` can give the in-place pass the answers (MatcherHandoff);
 * 4. Readability picks the article from what is left;
 * 5. rules on its output ("post"): text rules see Readability's rebuilt paragraphs;
 * 6. attribution reads the untouched original plus what the disclaimer rules took out.
 */
export function clean(doc: Document, options: CleanOptions, handoff?: MatcherHandoff): CleanResult {
  const removals: Removal[] = [];
  const refuse = (status: CleanResult['status'], message: string): CleanResult => ({
    status,
    message,
    article: null,
    attribution: extractAttribution({
      doc,
      url: options.url,
      readability: null,
      articleText: '',
      removedTexts: [],
    }),
    removals,
  });

  if (!doc.documentElement) return refuse('unsupported', 'The document is empty.');
  // The HTML parser puts a <frameset> right under <html>; a query would walk (and, in jsdom, wrap) every element.
  if (Array.from(doc.documentElement.children).some((el) => el.localName === 'frameset'))
    return refuse('unsupported', 'This page is a frameset: open one of its frames.');
  if (!doc.body)
    return refuse('unsupported', 'This document has no HTML body (is it XML, an image or a PDF?).');
  const maxElements = options.maxElements ?? DEFAULT_MAX_ELEMENTS;
  if (maxElements > 0) {
    const count = doc.getElementsByTagName('*').length;
    if (count > maxElements)
      return refuse(
        'too-large',
        `This page has ${count} elements, more than the ${maxElements} Cleanwire reads.`,
      );
  }

  const rules = rulesForHost(options.rules ?? builtinRules(selectorCheckFor(doc)), hostnameOf(options.url));
  // The one walk of the original page: everything read there below comes from it.
  const scan = scanPage(doc);
  const clone = doc.cloneNode(true) as Document;
  let pass = extract(clone, rules, removals, scan, doc.body);
  if (handoff) handoff.matcher = pass.matcher;
  const parsed = pass.parsed;
  const removedTexts = [...pass.removedTexts];
  let text = blockText(pass.root);
  let contentHtml: string | null = null;
  let usedDeclared = false;

  // Second opinion: the page's own declared article body, when Readability kept only a small part of it.
  // No container can hold more than twice Readability's text when the whole page does not.
  const declared =
    pass.pageChars > text.length / FALLBACK_SHARE
      ? declaredContainer(scan.containers, text.length / FALLBACK_SHARE)
      : null;
  if (declared) {
    const sub = doc.implementation.createHTMLDocument('');
    sub.body.appendChild(sub.importNode(declared.element, true));
    const subRemovals: Removal[] = [];
    const alt = extract(sub, rules, subRemovals, scan);
    const altText = blockText(alt.root);
    if (altText.length > text.length) {
      pass = alt;
      text = altText;
      removals.splice(0, removals.length, ...subRemovals);
      removedTexts.push(...alt.removedTexts);
      usedDeclared = true;
    }
  }
  {
    const body = jsonLdArticleBody(scan.jsonLdScripts);
    if (body && body.length >= MIN_JSON_LD_CHARS && text.length < FALLBACK_SHARE * body.length) {
      const paragraphs = body
        .replace(/<[^>]{0,200}>/g, ' ')
        .split(/\n\s*\n|\r?\n/)
        .map(collapse)
        .filter(Boolean);
      text = paragraphs.join('\n\n');
      contentHtml = paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n');
      usedDeclared = true;
    }
  }
  const root = pass.root;
  const title = headline(collapse(parsed?.title || doc.title || ''), scan, parsed?.siteName ?? null);
  if (contentHtml === null && rules.some((r) => r.family === 'navigation')) {
    const pageHeadline = collapse(scan.h1?.textContent ?? '');
    text = dropSecondHeadline(root, text, [title, pageHeadline], removals) ?? text;
  }

  const words = countWords(text);
  const article: Article = {
    title,
    contentHtml: contentHtml ?? root.innerHTML,
    text,
    excerpt: collapse(parsed?.excerpt || text.slice(0, 200)),
    lang: parsed?.lang || doc.documentElement.getAttribute('lang') || null,
    dir: normaliseDir(parsed?.dir ?? doc.documentElement.getAttribute('dir')),
    wordCount: words,
    readingMinutes: readingMinutes(words),
  };
  const attribution = extractAttribution({
    doc,
    scan,
    url: options.url,
    readability: parsed
      ? {
          byline: parsed.byline ?? null,
          siteName: parsed.siteName ?? null,
          publishedTime: parsed.publishedTime ?? null,
        }
      : null,
    articleText: text,
    removedTexts,
  });

  const notAnArticle = (message: string): CleanResult => ({
    status: 'no-article',
    message,
    article: words > 0 ? article : null,
    attribution,
    removals,
  });
  if (!parsed && !usedDeclared)
    return notAnArticle('No article was found on this page; this is the whole page, cleaned.');
  // Readability finds "an article" on a section front too (the longest teaser). Only a front-looking URL
  // pays for the fuller page test, so article pages cost nothing extra; the page must confirm the URL
  // (score -3 or lower), since a URL alone misjudges short numeric article paths such as /news/1.
  if (classifyArticleUrl(options.url).verdict === 'front' && articlePageSignals(doc, options.url).score <= -3)
    return notAnArticle(
      'This looks like a home page or section front, not an article; this is its best candidate.',
    );
  return { status: 'ok', message: null, article, attribution, removals };
}

/** Readability's result counts as a small part of the declared body below this share of its text. */
const FALLBACK_SHARE = 0.5;
/** A JSON-LD articleBody shorter than this is a summary, not the article. */
const MIN_JSON_LD_CHARS = 500;

interface Extraction {
  parsed: ReturnType<Readability<Node>['parse']>;
  /** The rules' matcher on the original page, when they were matched there (see MatcherHandoff). */
  matcher: RuleMatcher | null;
  /** Readability's content after the post rules, or the cleaned body when it found nothing. */
  root: Element;
  removedTexts: string[];
  /** The page's text before any rule ran, in characters (Infinity when not measured). */
  pageChars: number;
}

/**
 * Rules before Readability (on `target`, which it then mutates), Readability, rules on its output. The
 * guard: no rule removes the article core, nor an element with more than half the page's text. `page`
 * is the original's scan: a page with MathJax has its formulas readied for Readability (formulas.ts).
 * With `original` (the body `target` is a fresh clone of), the pre rules are matched on the original
 * and carried out on the clone, and the matcher is returned for the in-place pass.
 */
function extract(
  target: Document,
  rules: readonly CompiledRule[],
  removals: Removal[],
  page: Pick<PageScan, 'mathJax'>,
  original: HTMLElement | null = null,
): Extraction {
  if (page.mathJax) keepFormulas(target); // the clone is no longer the original's tree
  const guard = { maxRemovedChars: Infinity, maxRemovedShare: 0.5, protectArticle: true };
  const pre = { stage: 'pre' as const, ...guard, measured: { rootChars: Infinity } };
  let matcher = original && !page.mathJax && rules.length > 0 ? new RuleMatcher(original, rules) : null;
  let removedTexts = matcher ? applyRulesToCopy(matcher, copyElements(target.body), pre, removals) : null;
  if (!removedTexts) {
    matcher = null;
    removedTexts = applyRules(target.body, rules, pre, removals);
  }
  let parsed: ReturnType<Readability<Node>['parse']> = null;
  try {
    parsed = new Readability<Node>(target, { serializer: (el) => el, keepClasses: true }).parse();
  } catch {
    parsed = null; // a malformed page still gets its best candidate below
  }
  const root = (parsed?.content as Element | null | undefined) ?? target.body;
  restoreTables(root); // Readability renames a table it picks to a <div> (tables.ts)
  const postRules = rules.filter((r) => r.family !== 'hidden');
  removedTexts.push(...applyRules(root, postRules, { stage: 'post', ...guard }, removals));
  forEachElement(root, (el) => el.removeAttribute('class'));
  return { parsed, root, matcher, removedTexts, pageChars: pre.measured.rootChars };
}

const SIGNIFICANT_WORD = /[\p{L}\p{N}]{3,}/gu;

/**
 * An aggregator's second headline: the story's headline as its source wrote it, opening the body right
 * under the page's own ("Facebook wants banks to share your personal finances: Report" under "Facebook
 * asks big banks to share customer details"). A heading that opens the content, reads as a headline (no
 * closing punctuation), is not the title, and shares most of its words with the title, goes.
 */
function dropSecondHeadline(
  root: Element,
  text: string,
  [title, pageHeadline]: [string, string],
  removals: Removal[],
): string | null {
  const cut = text.indexOf('\n\n');
  if (cut < 0) return null;
  const first = text.slice(0, cut);
  // A sentence (its closing punctuation maybe inside quotes) is a standfirst, which is article text.
  if (first.length > 160 || /[.!?…]["'”’»)]*$/.test(first)) return null;
  // The page's own headline (its title or first <h1>) is not a second one.
  if ([title, pageHeadline].some((h) => h.toLowerCase() === first.toLowerCase())) return null;
  const words = first.toLowerCase().match(SIGNIFICANT_WORD) ?? [];
  const titleWords = new Set(title.toLowerCase().match(SIGNIFICANT_WORD) ?? []);
  const shared = words.filter((w) => titleWords.has(w)).length;
  const similar =
    (shared >= 2 && shared / words.length >= 0.4) || (shared >= 3 && shared / words.length >= 0.3);
  if (words.length < 3 || !similar) return null;
  // The first block must be a heading, not a lead paragraph that happens to echo the title.
  const heading = Array.from(root.querySelectorAll('h2, h3')).find(
    (h) => collapse(h.textContent ?? '') === first,
  );
  if (!heading) return null;
  heading.remove();
  removals.push({
    ruleId: 'navigation.second-headline',
    family: 'navigation',
    stage: 'post',
    preview: preview(first),
    textLength: first.length,
  });
  return text.slice(cut + 2);
}

/** Title separators sites put between headline and site name. */
const TITLE_SEPARATOR = /\s+[|–—·»:/-]\s+/;

/**
 * The headline without the site name Readability sometimes leaves on it ("… says report – The Daily
 * Ledger"): the part of the title that the page's own og:title or first <h1> (from its scan) confirms,
 * or the title without a trailing " | site name".
 */
export function headline(
  title: string,
  scan: Pick<PageScan, 'metas' | 'h1'>,
  siteName: string | null,
): string {
  if (!TITLE_SEPARATOR.test(title)) return title;
  const confirmed = new Set<string>();
  for (const meta of scan.metas) {
    const key = (meta.getAttribute('property') ?? meta.getAttribute('name') ?? '').toLowerCase();
    if (key === 'og:title' || key === 'twitter:title')
      confirmed.add(collapse(meta.getAttribute('content') ?? ''));
  }
  const h1 = scan.h1;
  if (h1) confirmed.add(collapse(h1.textContent ?? ''));
  const cuts = Array.from(title.matchAll(new RegExp(TITLE_SEPARATOR.source, 'g')));
  for (const cut of cuts.reverse()) {
    const head = title.slice(0, cut.index);
    if (confirmed.has(head)) return head;
  }
  const last = cuts[0];
  if (last && siteName) {
    const tail = title.slice(last.index + last[0].length).toLowerCase();
    const site = collapse(siteName).toLowerCase();
    if (tail === site || (tail.length >= 3 && site.includes(tail))) return title.slice(0, last.index);
  }
  return title;
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
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
