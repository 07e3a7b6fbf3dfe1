/** What a page's JSON-LD says about its article. Raw values: the caller cleans and ranks them. */
export interface JsonLdFacts {
  /** The article's author names (or its creators' when it names no author), in order. */
  authors: string[];
  /** Every name under author, creator, sourceOrganization, publisher, provider, copyrightHolder: agency evidence. */
  credits: { field: string; name: string }[];
  /** The publisher's name, else the WebSite's. */
  publisher: string | null;
  websiteName: string | null;
  datePublished: string | null;
  dateModified: string | null;
  url: string | null;
}

export const NO_JSON_LD: JsonLdFacts = {
  authors: [],
  credits: [],
  publisher: null,
  websiteName: null,
  datePublished: null,
  dateModified: null,
  url: null,
};

type Json = null | boolean | number | string | Json[] | JsonObject;
interface JsonObject {
  [key: string]: Json;
}

/** How much each schema.org type is "the article": news types first, then any article, then the page. */
const TYPE_RANK: Record<string, number> = {
  newsarticle: 4,
  reportagenewsarticle: 4,
  analysisnewsarticle: 4,
  opinionnewsarticle: 4,
  backgroundnewsarticle: 4,
  reviewnewsarticle: 4,
  askpublicnewsarticle: 4,
  liveblogposting: 3,
  article: 3,
  blogposting: 3,
  report: 3,
  socialmediaposting: 2,
  techarticle: 2,
  scholarlyarticle: 2,
  satiricalarticle: 2,
  discussionforumposting: 2,
  webpage: 1,
  itempage: 1,
  collectionpage: 0,
};
const CREDIT_FIELDS = ['author', 'creator', 'sourceOrganization', 'publisher', 'provider', 'copyrightHolder'];
/** Guards against pathological pages: enough for any real graph. */
const MAX_NODES = 500;
const MAX_SCRIPT_CHARS = 1_000_000;

/** Reads every JSON-LD block (the page scan's `application/ld+json` scripts); one that does not parse is skipped, never fatal. */
export function readJsonLd(scripts: readonly Element[]): JsonLdFacts {
  const nodes: JsonObject[] = [];
  for (const script of scripts) {
    const text = script.textContent ?? '';
    if (text.length > MAX_SCRIPT_CHARS) continue;
    collectNodes(parseLenient(text), nodes, 0);
  }
  if (nodes.length === 0) return NO_JSON_LD;

  const byId = new Map<string, JsonObject>();
  for (const n of nodes) {
    const id = n['@id'];
    if (typeof id === 'string' && Object.keys(n).length > 1 && !byId.has(id)) byId.set(id, n);
  }
  const resolve = (v: Json): Json => {
    if (isObject(v) && typeof v['@id'] === 'string' && Object.keys(v).length === 1)
      return byId.get(v['@id']) ?? v;
    return v;
  };

  let article: JsonObject | null = null;
  let bestRank = -1;
  let websiteName: string | null = null;
  for (const n of nodes) {
    const types = typesOf(n);
    if (types.includes('website') && !websiteName) websiteName = text(n['name']);
    const rank = Math.max(-1, ...types.map((t) => TYPE_RANK[t] ?? -1));
    if (rank > bestRank) {
      bestRank = rank;
      article = n;
    }
  }
  if (!article || bestRank < 1) return { ...NO_JSON_LD, websiteName };

  const namesOf = (field: string) => names(article[field] ?? null, resolve, 0);
  const credits = CREDIT_FIELDS.flatMap((field) => namesOf(field).map((name) => ({ field, name })));
  const authors = namesOf('author');
  const mainEntity = resolve(article['mainEntityOfPage'] ?? null);
  return {
    authors: authors.length > 0 ? authors : namesOf('creator'),
    credits,
    publisher: namesOf('publisher')[0] ?? null,
    websiteName,
    datePublished: text(article['datePublished']) ?? text(article['dateCreated']),
    dateModified: text(article['dateModified']),
    url:
      text(article['url']) ??
      (typeof mainEntity === 'string'
        ? mainEntity
        : isObject(mainEntity)
          ? text(mainEntity['@id'] ?? mainEntity['url'])
          : null),
  };
}

/** JSON.parse, then once more after the commonest publishing mistakes: HTML comment or CDATA wrappers, raw newlines inside strings, trailing commas. */
function parseLenient(source: string): Json | undefined {
  const trimmed = source
    .trim()
    .replace(/^(?:\s*(?:\/\/|\/\*)?\s*(?:<!--|<!\[CDATA\[)\s*(?:\*\/)?)+/, '')
    .replace(/(?:\s*(?:\/\/|\/\*)?\s*(?:-->|\]\]>)\s*(?:\*\/)?)+$/, '')
    .trim();
  if (trimmed === '') return undefined;
  try {
    return JSON.parse(trimmed) as Json;
  } catch {
    try {
      return JSON.parse(trimmed.replace(/[\u0000-\u001f]+/g, ' ').replace(/,\s*([}\]])/g, '$1')) as Json;
    } catch {
      return undefined;
    }
  }
}

/** Flattens top-level arrays, `@graph` and a page's `mainEntity` into one list of objects. */
function collectNodes(value: Json | undefined, out: JsonObject[], depth: number): void {
  if (value === undefined || value === null || depth > 4 || out.length >= MAX_NODES) return;
  if (Array.isArray(value)) {
    for (const v of value) collectNodes(v, out, depth + 1);
    return;
  }
  if (!isObject(value)) return;
  out.push(value);
  if (value['@graph'] !== undefined) collectNodes(value['@graph'], out, depth + 1);
  const main = value['mainEntity'];
  if (isObject(main) && main['@type'] !== undefined) collectNodes(main, out, depth + 1);
}

function typesOf(n: JsonObject): string[] {
  const t = n['@type'];
  const list = Array.isArray(t) ? t : [t];
  // "NewsArticle", "schema:NewsArticle" and "http://schema.org/NewsArticle" are the same type
  return list
    .filter((x): x is string => typeof x === 'string')
    .map((x) => x.replace(/^.*[/:#]/, '').toLowerCase());
}

/** A string value, also from `{"@value": …}` or the first of a list. */
function text(v: Json | undefined): string | null {
  if (typeof v === 'string') {
    const s = v.replace(/\s+/g, ' ').trim();
    return s === '' ? null : s;
  }
  if (Array.isArray(v)) {
    for (const x of v) {
      const s = text(x);
      if (s) return s;
    }
    return null;
  }
  if (isObject(v)) return text(v['@value']);
  return null;
}

/** Names under an author-like field: a string, a Person/Organization, a reference, or a list of them. */
function names(v: Json, resolve: (v: Json) => Json, depth: number): string[] {
  if (depth > 3) return [];
  if (typeof v === 'string') {
    const s = text(v);
    return s && !/^https?:\/\//i.test(s) && s.length <= 200 ? [s] : [];
  }
  if (Array.isArray(v)) return v.slice(0, 20).flatMap((x) => names(x, resolve, depth + 1));
  const obj = resolve(v);
  if (!isObject(obj)) return [];
  const name =
    text(obj['name']) ?? text([text(obj['givenName']), text(obj['familyName'])].filter(Boolean).join(' '));
  if (name && !/^https?:\/\//i.test(name)) return [name];
  return [];
}

function isObject(v: Json | undefined): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
