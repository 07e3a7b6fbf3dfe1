import { Readability } from '@mozilla/readability';
import { declaredContainer, jsonLdArticleBody } from './article-fallback';
import {
  chooseArticle,
  commentThreadShare,
  commentUnits,
  isThread,
  type CandidateSource,
  type CandidateSummary,
} from './article/choose';
import { hasStreamedContent, revealStreamedContent } from './article/streamed';
import { articlePageSignals, classifyArticleUrl, readsAsTeaser } from './sites/article';
import { extractAttribution } from './attribution/index';
import { keepFormulas } from './formulas';
import { budgetRefusal } from './page-budget';
import { scanPage, type PageScan } from './page-scan';
import { BUILTIN_RULES } from './rules/compile';
import { matchPage, type PageMatch } from './rules/match';
import { flattenDeepNesting, MAX_DEPTH } from './deep-nesting';
import { elementsOf, planRemovals, removeMatches, rulesForHost, type RemovalPlan } from './rules/remove';
import { forEachElement } from './rules/tree';
import { restoreTables } from './tables';
import { blockText, collapse, countWords, escapeHtml, preview, readingMinutes } from './text';
import type { Article, CleanOptions, CleanResult, CompiledRule, Removal } from './types';

/** Readability's own default, used as our element budget too. */
export const DEFAULT_MAX_ELEMENTS = 0;

/**
 * The pipeline, in this order and for these reasons:
 * 1. refuse what is not a readable HTML page (frameset, no body, over the element or text budget) with a
 *    reason;
 * 2. clone: the live page is never touched (Readability mutates what it is given);
 * 3. rules on the clone ("pre"): page-hidden nodes and clutter go before Readability scores the page,
 *    so junk inside the article container cannot win or ride along. They are matched on the original
 *    (or taken from `options.match`, which the in-place pass reads too) and carried out on the clone;
 * 4. Readability picks the article from what is left;
 * 5. rules on its output ("post"): text rules see Readability's rebuilt paragraphs;
 * 6. attribution reads the untouched original plus what the disclaimer rules took out.
 */
export function clean(doc: Document, options: CleanOptions): CleanResult {
  const refuse = (status: CleanResult['status'], message: string, readDoc = true): CleanResult => ({
    status,
    message,
    article: null,
    attribution: extractAttribution({
      doc: readDoc ? doc : null,
      url: options.url,
      readability: null,
      articleText: '',
      removedTexts: [],
    }),
    removals: [],
  });

  if (!doc.documentElement) return refuse('unsupported', 'The document is empty.');
  // The HTML parser puts a <frameset> right under <html>; a query would walk (and, in jsdom, wrap) every element.
  if (Array.from(doc.documentElement.children).some((el) => el.localName === 'frameset'))
    return refuse('unsupported', 'This page is a frameset: open one of its frames.');
  if (!doc.body)
    return refuse('unsupported', 'This document has no HTML body (is it XML, an image or a PDF?).');
  // A page over budget is not read at all: attribution alone walks it several times (1.4 s for 200,000
  // elements in Chromium), so its attribution is what the URL says.
  const overBudget = budgetRefusal(doc, {
    maxElements: options.maxElements ?? DEFAULT_MAX_ELEMENTS,
    maxTextChars: options.maxTextChars ?? 0,
  });
  if (overBudget) return refuse('too-large', overBudget, false);

  // The one walk of the original page: everything read there below comes from it.
  const scan = scanPage(doc);
  // A page nested past MAX_DEPTH is read one level flat (deep-nesting.ts): its rules are matched on the
  // flattened copy, not on the original, where each selector would climb thousands of ancestors.
  const deep = scan.depth > MAX_DEPTH;
  const hostRules = () => rulesForHost(options.rules ?? BUILTIN_RULES, hostnameOf(options.url));
  const match =
    options.match?.root === doc.body ? options.match : deep ? null : matchPage(doc.body, hostRules());
  const rules = match?.rules ?? hostRules();
  // Content a streaming page's script would move into place is content; its rules are matched on the
  // copy where it stands (the original's match would find it hidden).
  const streamed = hasStreamedContent(doc);
  const copy = doc.cloneNode(true) as Document;
  if (streamed) revealStreamedContent(copy);
  let pass = extract(copy, rules, scan, streamed ? null : match);
  const parsed = pass.parsed;
  const removedTexts = [...pass.removedTexts];
  let removals = pass.removals;
  let text = blockText(pass.root);
  let contentHtml: string | null = null;
  let usedDeclared = false;

  // Second opinions (article/choose.ts weighs them): the page read again without its comment thread when
  // Readability picked one; the page's own declared article body when Readability kept only a small part
  // of it (no container can hold more than twice Readability's text when the whole page does not); the
  // JSON-LD articleBody.
  const picked: CandidateSummary = {
    source: 'readability',
    chars: text.length,
    threadShare: pass.threadShare,
  };
  const others: CandidateSummary[] = [];
  const passes = new Map<CandidateSummary, Extraction>();
  const consider = (source: CandidateSource, target: Document) => {
    const alt = extract(target, rules, scan, null);
    const summary = { source, chars: blockText(alt.root).length, threadShare: alt.threadShare };
    others.push(summary);
    passes.set(summary, alt);
  };
  if (isThread(picked)) {
    const withoutThread = doc.cloneNode(true) as Document;
    if (streamed) revealStreamedContent(withoutThread);
    for (const unit of commentUnits(withoutThread.body)) unit.remove();
    consider('without-thread', withoutThread);
  }
  const declared =
    pass.pageChars > text.length / FALLBACK_SHARE
      ? declaredContainer(scan.containers, text.length / FALLBACK_SHARE)
      : null;
  if (declared) {
    const sub = doc.implementation.createHTMLDocument('');
    sub.body.appendChild(sub.importNode(declared.element, true));
    consider('declared', sub);
  }
  const jsonLdBody = jsonLdArticleBody(scan.jsonLdScripts);
  const jsonLdParagraphs =
    jsonLdBody && jsonLdBody.length >= MIN_JSON_LD_CHARS
      ? jsonLdBody
          .replace(/<[^>]{0,200}>/g, ' ')
          .split(/\n\s*\n|\r?\n/)
          .map(collapse)
          .filter(Boolean)
      : null;
  if (jsonLdParagraphs) others.push({ source: 'json-ld', chars: jsonLdBody!.length, threadShare: 0 });
  const chosen = chooseArticle(picked, others);
  const chosenPass = passes.get(chosen);
  if (chosenPass) {
    pass = chosenPass;
    text = blockText(pass.root);
    removals = pass.removals;
    removedTexts.push(...pass.removedTexts);
    usedDeclared = true;
  } else if (chosen.source === 'json-ld') {
    text = jsonLdParagraphs!.join('\n\n');
    contentHtml = jsonLdParagraphs!.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n');
    usedDeclared = true;
  }
  const root = pass.root;
  const title = headline(collapse(parsed?.title || doc.title || ''), scan, parsed?.siteName ?? null);
  if (contentHtml === null && rules.some((r) => r.family === 'navigation')) {
    const pageHeadline = collapse(scan.h1?.textContent ?? '');
    const dropped = dropSecondHeadline(root, text, [title, pageHeadline]);
    if (dropped) {
      text = dropped.text;
      removals = [...removals, dropped.removal];
    }
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
  // A page that is an empty shell as served (its text comes from scripts: a single-page app read from
  // a saved file or a crawler's copy) says so, since the reader can do something about it.
  if (!parsed && !usedDeclared && pass.pageChars < SCRIPT_SHELL_CHARS)
    return notAnArticle(
      'This page has almost no text of its own: its scripts write it. Open it in a browser and clean it there.',
    );
  if (!parsed && !usedDeclared)
    return notAnArticle('No article was found on this page; this is the whole page, cleaned.');
  // Readability finds "an article" on a section front too (the longest teaser). Only a front-looking URL
  // pays for the fuller page test, so article pages cost nothing extra; the page must confirm the URL
  // (score -3 or lower), since a URL alone misjudges short numeric article paths such as /news/1; and the
  // candidate must read as a teaser or a teaser list, since a front URL can hold a body of prose.
  if (
    classifyArticleUrl(options.url).verdict === 'front' &&
    articlePageSignals(doc, options.url).score <= -3 &&
    contentHtml === null &&
    readsAsTeaser(root)
  )
    return notAnArticle(
      'This looks like a home page or section front, not an article; this is its best candidate.',
    );
  return { status: 'ok', message: null, article, attribution, removals };
}

/** Readability's result counts as a small part of the declared body below this share of its text. */
const FALLBACK_SHARE = 0.5;
/** Under this many characters of text, a page without an article is a shell its scripts fill in. */
const SCRIPT_SHELL_CHARS = 200;
/** A JSON-LD articleBody shorter than this is a summary, not the article. */
const MIN_JSON_LD_CHARS = 500;

interface Extraction {
  parsed: ReturnType<Readability<Node>['parse']>;
  /** Readability's content after the post rules, or the cleaned body when it found nothing. */
  root: Element;
  removals: Removal[];
  removedTexts: string[];
  /** The page's text before any rule ran, in characters. */
  pageChars: number;
  /** The share of `root`'s text in comment units (article/choose.ts), read before its classes go. */
  threadShare: number;
}

/**
 * Rules before Readability (on `target`, which it then mutates), Readability, rules on its output. The
 * guard: no rule removes the article core, nor an element with more than half the page's text. `page`
 * is the original's scan: a page with MathJax has its formulas readied for Readability (formulas.ts), a
 * page nested past MAX_DEPTH is flattened (deep-nesting.ts), and their rules are then matched on the
 * readied copy. `original` is the rules' match on the page
 * `target` is a fresh clone of, carried out on the clone element by element.
 */
function extract(
  target: Document,
  rules: readonly CompiledRule[],
  page: Pick<PageScan, 'mathJax' | 'depth'>,
  original: PageMatch | null,
): Extraction {
  if (page.mathJax) keepFormulas(target);
  const deep = page.depth > MAX_DEPTH;
  if (deep) flattenDeepNesting(target);
  const guard = { maxRemovedShare: 0.5, protectArticle: true };
  // Either makes the clone no longer the original's tree, element for element.
  const pre = preRemovals(target.body, rules, guard, page.mathJax || deep ? null : original);
  let parsed: ReturnType<Readability<Node>['parse']> = null;
  try {
    parsed = new Readability<Node>(target, { serializer: (el) => el, keepClasses: true }).parse();
  } catch {
    parsed = null; // a malformed page still gets its best candidate below
  }
  const root = (parsed?.content as Element | null | undefined) ?? target.body;
  restoreTables(root); // Readability renames a table it picks to a <div> (tables.ts)
  const postRules = rules.filter((r) => r.family !== 'hidden');
  const post = removeMatches(root, postRules, 'post', guard);
  const threadShare = commentThreadShare(root);
  forEachElement(root, (el) => el.removeAttribute('class'));
  return {
    parsed,
    root,
    removals: [...pre.plan.removals, ...post.removals],
    removedTexts: [...pre.plan.removedTexts, ...post.removedTexts],
    pageChars: pre.pageChars,
    threadShare,
  };
}

/**
 * The rules before Readability, on `body`. With the original's match, the plan is made there and carried
 * out on `body`, its clone: the same elements in the same order, since nothing changed the clone yet.
 */
function preRemovals(
  body: HTMLElement,
  rules: readonly CompiledRule[],
  guard: { maxRemovedShare: number; protectArticle: boolean },
  original: PageMatch | null,
): { plan: RemovalPlan; pageChars: number } {
  const copies = original ? elementsOf(body) : null;
  const match =
    original && copies!.length === original.index.elements.length ? original : matchPage(body, rules);
  const plan = planRemovals(match, 'pre', guard);
  const targets = match === original ? copies! : match.index.elements;
  for (const i of plan.picks) targets[i]!.remove();
  return { plan, pageChars: match.index.allText.trim().length };
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
): { text: string; removal: Removal } | null {
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
  return {
    text: text.slice(cut + 2),
    removal: {
      ruleId: 'navigation.second-headline',
      family: 'navigation',
      stage: 'post',
      preview: preview(first),
      textLength: first.length,
    },
  };
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
