import { isProbablyReaderable } from '@mozilla/readability';
import { classifyArticleUrl } from './article-url';

/**
 * Is this page one article, or a home page / section front / listing? Auto-clean runs only on
 * articles unless the reader asked for fronts too, because hiding "related" and "most read" blocks on
 * a front page hides the page itself.
 *
 * The URL alone often decides (a date or a long slug in the path; `/`, `/world/`, `/tag/…`), the
 * document decides the rest: og:type, JSON-LD article types, Readability's own readerable test, and
 * how many headline links the page carries.
 */

export {
  classifyArticleUrl,
  isProbablyArticleUrl,
  type UrlClassification,
  type UrlVerdict,
} from './article-url';

const ARTICLE_TYPES = new Set([
  'article',
  'newsarticle',
  'reportagenews',
  'analysisnewsarticle',
  'opinionnewsarticle',
  'backgroundnewsarticle',
  'reviewnewsarticle',
  'askpublicnewsarticle',
  'blogposting',
  'liveblogposting',
  'report',
  'techarticle',
  'scholarlyarticle',
  'satiricalarticle',
  'socialmediaposting',
  'advertisercontentarticle',
  'medicalscholarlyarticle',
]);
const LISTING_TYPES = new Set(['collectionpage', 'searchresultspage', 'profilepage', 'itemlist']);

/** The `@type`s a page declares for itself: top-level JSON-LD objects and `@graph` members, not nested items. */
export function jsonLdTypes(doc: Document): string[] {
  const types: string[] = [];
  const collect = (node: unknown) => {
    if (Array.isArray(node)) return node.forEach(collect);
    if (typeof node !== 'object' || node === null) return;
    const obj = node as Record<string, unknown>;
    const t = obj['@type'];
    for (const name of Array.isArray(t) ? t : [t])
      if (typeof name === 'string') types.push(name.toLowerCase());
    if (Array.isArray(obj['@graph'])) obj['@graph'].forEach(collect);
  };
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json" i]'))) {
    try {
      collect(JSON.parse(script.textContent ?? ''));
    } catch {
      // a broken JSON-LD block says nothing; other signals decide
    }
  }
  return types;
}

export interface ArticlePageSignals {
  isArticle: boolean;
  /** Sum of the signals below; 2 or more is an article. */
  score: number;
  /** Each signal that counted, with its weight, for the options page and for tests. */
  reasons: string[];
}

/**
 * Weighs the URL and the document. Weights: a front URL −3 and an article URL +2; og:type article +2,
 * website −1; a JSON-LD article type for the page +3, a listing type −1; Readability's readerable test
 * +2 / −2; many headline links (a front's teaser grid) −2.
 */
export function articlePageSignals(doc: Document, url: string): ArticlePageSignals {
  let score = 0;
  const reasons: string[] = [];
  const add = (weight: number, why: string) => {
    score += weight;
    reasons.push(`${weight > 0 ? '+' : ''}${weight} ${why}`);
  };

  const byUrl = classifyArticleUrl(url);
  if (byUrl.verdict === 'article') add(2, `URL: ${byUrl.reason}`);
  else if (byUrl.verdict === 'front') add(-3, `URL: ${byUrl.reason}`);

  const ogType = doc
    .querySelector('meta[property="og:type" i], meta[name="og:type" i]')
    ?.getAttribute('content')
    ?.trim()
    .toLowerCase();
  if (ogType === 'article' || ogType?.startsWith('article.')) add(2, 'og:type is article');
  else if (ogType === 'website') add(-1, 'og:type is website');

  const types = jsonLdTypes(doc);
  const articleTypes = types.filter((t) => ARTICLE_TYPES.has(t));
  if (articleTypes.length >= 3) add(-1, `JSON-LD lists ${articleTypes.length} articles`);
  else if (articleTypes.length > 0) add(3, `JSON-LD type ${articleTypes[0]}`);
  else if (types.some((t) => LISTING_TYPES.has(t))) add(-1, 'JSON-LD describes a listing');

  const body = doc.body;
  if (body) {
    if (isProbablyReaderable(doc)) add(2, 'Readability finds article-length text');
    else add(-2, 'Readability finds no article-length text');
    const headlineLinks = body.querySelectorAll('h1 a[href], h2 a[href], h3 a[href], h4 a[href]').length;
    if (headlineLinks >= 12) add(-2, `${headlineLinks} headline links (a teaser grid)`);
  }
  return { isArticle: score >= 2, score, reasons };
}

/** Is this document, at this URL, probably a single article? */
export function isProbablyArticlePage(doc: Document, url: string): boolean {
  return articlePageSignals(doc, url).isArticle;
}

/** A candidate shorter than this reads as one teaser's summary, not a body. */
const TEASER_MAX_CHARS = 500;
/** Teaser lists are mostly links; a body's links are a small share of its text. */
const TEASER_LINK_DENSITY = 0.3;
/**
 * Headline links (a linked heading, or a link holding one) that make the candidate a list: at least two,
 * and one per this many characters (a teaser is a headline and a paragraph or two; an article can link
 * a few headings of its own).
 */
const TEASER_CHARS_PER_HEADLINE_LINK = 600;

/**
 * Does the extracted candidate (`root`) read as what Readability finds on a front: one teaser (short,
 * or a linked headline) or a teaser list (headline links, mostly linked text)? A page whose URL and
 * signals say "front" but whose candidate is a body of prose (a home page's welcome text, an about
 * page, a topic page's own article) is an article for the reader.
 */
export function readsAsTeaser(root: Element): boolean {
  const chars = collapseLength(root.textContent ?? '');
  if (chars < TEASER_MAX_CHARS) return true;
  const headlineLinks = root.querySelectorAll(
    'h1 a[href], h2 a[href], h3 a[href], h4 a[href], a[href] h1, a[href] h2, a[href] h3, a[href] h4',
  ).length;
  if (headlineLinks >= 2 && chars / headlineLinks <= TEASER_CHARS_PER_HEADLINE_LINK) return true;
  let linked = 0;
  for (const a of Array.from(root.getElementsByTagName('a'))) linked += collapseLength(a.textContent ?? '');
  return linked / chars >= TEASER_LINK_DENSITY;
}

function collapseLength(text: string): number {
  return text.replace(/\s+/g, ' ').trim().length;
}
