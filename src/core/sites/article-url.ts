/**
 * What a page's URL alone says about it: one article, a front (home page, section front, listing), or
 * nothing either way. Its own module (no DOM, no Readability) because the document_start script
 * decides with it before the document exists; sites/article.ts adds the document's signals.
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
