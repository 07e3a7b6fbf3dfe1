import { isProbablyReaderable } from '@mozilla/readability';

/**
 * Is this page one article, or a home page / section front / listing? Auto-clean runs only on
 * articles unless the reader asked for fronts too, because hiding "related" and "most read" blocks on
 * a front page hides the page itself.
 *
 * The URL alone often decides (a date or a long slug in the path; `/`, `/world/`, `/tag/…`), the
 * document decides the rest: og:type, JSON-LD article types, Readability's own readerable test, and
 * how many headline links the page carries.
 */

export type UrlVerdict = 'article' | 'front' | 'unknown';

export interface UrlClassification {
  verdict: UrlVerdict;
  reason: string;
}

/** Section and listing names that news sites use for fronts; a path made only of these is a front. */
const SECTION_WORDS = new Set([
  'news',
  'world',
  'business',
  'politics',
  'sport',
  'sports',
  'tech',
  'technology',
  'science',
  'health',
  'opinion',
  'opinions',
  'comment',
  'culture',
  'entertainment',
  'lifestyle',
  'life',
  'travel',
  'us',
  'uk',
  'europe',
  'asia',
  'africa',
  'americas',
  'australia',
  'india',
  'china',
  'middle-east',
  'middleeast',
  'local',
  'national',
  'international',
  'economy',
  'markets',
  'market',
  'money',
  'finance',
  'video',
  'videos',
  'photos',
  'pictures',
  'gallery',
  'galleries',
  'live',
  'weather',
  'education',
  'environment',
  'climate',
  'food',
  'style',
  'arts',
  'art',
  'books',
  'music',
  'film',
  'movies',
  'tv',
  'media',
  'autos',
  'cars',
  'real-estate',
  'property',
  'jobs',
  'careers',
  'latest',
  'breaking',
  'trending',
  'popular',
  'home',
  'index',
  'us-news',
  'uk-news',
  'world-news',
  'national-news',
  'global',
  'regional',
  'city',
  'metro',
  'nation',
  'companies',
  'industry',
  'personal-finance',
  'investing',
  'crypto',
  'ai',
  'startups',
  'gadgets',
  'games',
  'gaming',
  'football',
  'soccer',
  'cricket',
  'tennis',
  'golf',
  'nba',
  'nfl',
  'f1',
  'olympics',
  'podcasts',
  'podcast',
  'newsletters',
  'features',
  'analysis',
  'editorial',
  'editorials',
  'columns',
  'columnists',
  'blogs',
  'blog',
  'magazine',
  'obituaries',
  'wirtschaft',
  'politik',
  'kultur',
  'panorama',
  'monde',
  'economie',
  'societe',
  'internacional',
  'economia',
  'deportes',
  'cultura',
  'en',
  'de',
  'fr',
  'es',
  'it',
  'pt',
  'ar',
  'zh',
  'ja',
  'edition',
  'section',
  'sections',
]);

/** Path segments that introduce a listing: everything under `/tag/…` or `/author/…` is a list of articles. */
const LISTING_MARKERS = new Set([
  'tag',
  'tags',
  'topic',
  'topics',
  'category',
  'categories',
  'author',
  'authors',
  'search',
  'archive',
  'archives',
  'page',
  'feed',
  'rss',
  'subject',
  'subjects',
  'keyword',
  'keywords',
  'people',
  'profile',
  'profiles',
  'themen',
  'thema',
  'rubrique',
  'seccion',
  'etiqueta',
  'label',
]);

const INDEX_FILE = /^(index|default|home|main)\.(s?html?|php|aspx?|jsp)$/;
const EXTENSION = /\.(s?html?|php|aspx?|jsp|ece|cms|amp)$/;
const ARTICLE_QUERY_KEYS =
  /^(p|id|story|storyid|story_id|article|articleid|article_id|newsid|news_id|aid|sid|nid|contentid|postid|post_id)$/i;

function slugWords(segment: string): string[] {
  return segment.split(/[-_+]+/).filter((w) => /[\p{L}]/u.test(w));
}

/** Does one path segment look like an article's own name (slug, id or both)? */
function articleSegment(raw: string): string | null {
  const seg = raw.replace(EXTENSION, '');
  if (/\d{6,}/.test(seg)) return 'a long numeric id in the path';
  if (/^(?:[a-z]{1,3}[-_]?)?\d{5}$/i.test(seg) || /[-_.]\d{4,}$/.test(seg))
    return 'an article id in the path';
  if (/^(?=[a-z]*\d)[a-z0-9]{8,}$/i.test(seg) && /[a-z]/i.test(seg) && /\d.*\d/.test(seg))
    return 'an article id in the path';
  const words = slugWords(seg);
  if (words.length >= 4) return 'a headline slug in the path';
  if (words.length >= 3 && seg.length >= 24) return 'a headline slug in the path';
  if (EXTENSION.test(raw) && words.length >= 2) return 'a named page in the path';
  return null;
}

/** Classifies a URL by its path and query alone; `unknown` leaves the decision to the document. */
export function classifyArticleUrl(url: string): UrlClassification {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { verdict: 'unknown', reason: 'not a URL' };
  }
  let path = parsed.pathname;
  try {
    path = decodeURIComponent(path);
  } catch {
    // keep the raw path: a bad escape is not a reason to fail
  }
  const segments = path
    .toLowerCase()
    .split('/')
    .filter((s) => s !== '');
  if (segments.length > 0 && INDEX_FILE.test(segments[segments.length - 1]!)) segments.pop();

  // forEach, not entries(): in Firefox content scripts URLSearchParams iterators are not iterable (Xray wrappers).
  const queryKeys: Array<[string, string]> = [];
  parsed.searchParams.forEach((v, k) => {
    if (ARTICLE_QUERY_KEYS.test(k) && /^\d+$/.test(v)) queryKeys.push([k, v]);
  });
  if (segments.length === 0) {
    if (queryKeys.length > 0)
      return { verdict: 'article', reason: `an article id in the query (${queryKeys[0]![0]}=)` };
    return { verdict: 'front', reason: 'the home page' };
  }

  const joined = '/' + segments.join('/') + '/';
  const last = segments[segments.length - 1]!;
  const dated =
    /\/(19|20)\d{2}\/(0?[1-9]|1[0-2])\/(?:(0?[1-9]|[12]\d|3[01])\/)?/.test(joined) ||
    /\/(19|20)\d{2}-?(0[1-9]|1[0-2])-?(0[1-9]|[12]\d|3[01])[/\-_]/.test(joined);
  // A bare month or day number is a date only under a year (/2018/08/): `/news/1` is an article id.
  const lastIsDate =
    /^((19|20)\d{2}|(19|20)\d{6}|(19|20)\d{2}-\d{2}-\d{2})$/.test(last) || (dated && /^\d{1,2}$/.test(last));

  for (let i = segments.length - 1; i >= 0; i--) {
    const why = articleSegment(segments[i]!);
    // `/tag/some-long-tag-name` names a listing, not an article
    if (why && !LISTING_MARKERS.has(segments[i - 1] ?? '')) return { verdict: 'article', reason: why };
  }
  if (dated && !lastIsDate && !SECTION_WORDS.has(last) && !LISTING_MARKERS.has(last))
    return { verdict: 'article', reason: 'a date and a name in the path' };
  if (queryKeys.length > 0)
    return { verdict: 'article', reason: `an article id in the query (${queryKeys[0]![0]}=)` };

  const marker = segments.find((s) => LISTING_MARKERS.has(s));
  if (marker) return { verdict: 'front', reason: `a /${marker}/ listing` };
  if (dated || lastIsDate) return { verdict: 'front', reason: 'a date archive' };
  if (segments.every((s) => SECTION_WORDS.has(s)))
    return { verdict: 'front', reason: `the /${segments.join('/')}/ section front` };
  return { verdict: 'unknown', reason: 'the path does not say' };
}

/** Is the URL by itself probably an article? (`unknown` counts as no: ask the document.) */
export function isProbablyArticleUrl(url: string): boolean {
  return classifyArticleUrl(url).verdict === 'article';
}

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
