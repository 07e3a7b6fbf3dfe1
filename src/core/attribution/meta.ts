/**
 * The `<meta>` names and properties that carry each field, most trusted first. Keys are lower-case;
 * `property`, `name`, `itemprop` and `http-equiv` all count.
 */
export const META_KEYS = {
  siteName: [
    'og:site_name',
    'application-name',
    'apple-mobile-web-app-title',
    'dc.publisher',
    'dcterms.publisher',
    'publisher',
  ],
  byline: [
    'dc.creator',
    'dcterms.creator',
    'author',
    'article:author',
    'og:article:author',
    'parsely-author',
    'sailthru.author',
    'byl',
    'citation_author',
    'cxenseparse:author',
  ],
  published: [
    'article:published_time',
    'og:article:published_time',
    'article:published',
    'og:published_time',
    'datepublished',
    'parsely-pub-date',
    'sailthru.date',
    'dc.date.issued',
    'dcterms.issued',
    'dc.date',
    'dcterms.date',
    'dcterms.created',
    'dc.date.created',
    'citation_publication_date',
    'citation_date',
    'pubdate',
    'publishdate',
    'publish-date',
    'publish_date',
    'publication_date',
    'article.published',
    'og:pubdate',
    'originalpublicationdate',
    'cxenseparse:recs:publishtime',
    'displaydate',
    'datecreated',
    'date',
    'ptime',
  ],
  modified: [
    'article:modified_time',
    'og:updated_time',
    'datemodified',
    'dcterms.modified',
    'last-modified',
    'article.updated',
    'utime',
  ],
} as const;

/** The page's `<meta>` values by key, in document order. */
export type MetaValues = Map<string, string[]>;

/**
 * The page's `<meta>` elements (from the page scan) by key; `parsely-page` JSON is folded in. Under one
 * key, values given by `property` (Open Graph, RDFa: `<meta property="dc:creator">`) come before those
 * given by `name`, `itemprop` or `http-equiv`, wherever they stand in the page — as Readability ranks
 * them — so a tag with both (`<meta property="article:author" name="author">`) ranks as a property.
 */
export function readMeta(metas: readonly Element[]): MetaValues {
  const byProperty: MetaValues = new Map();
  const byName: MetaValues = new Map();
  const add = (into: MetaValues, key: string, value: string | null | undefined) => {
    const v = value?.replace(/\s+/g, ' ').trim();
    if (!v) return;
    const list = into.get(key);
    if (list) list.push(v);
    else into.set(key, [v]);
  };
  for (const meta of metas) {
    const content = meta.getAttribute('content');
    if (content === null) continue;
    for (const attr of ['property', 'name', 'itemprop', 'http-equiv']) {
      const key = meta.getAttribute(attr)?.trim().toLowerCase();
      // "dc:creator", "DC.creator" and "dcterm:creator" are one key
      if (key)
        for (const k of key.split(/\s+/))
          add(
            attr === 'property' ? byProperty : byName,
            k.replace(/^(dc|dcterms?)[:.]/, (_, p: string) => (p === 'dc' ? 'dc.' : 'dcterms.')),
            content,
          );
    }
  }
  const values: MetaValues = byProperty;
  for (const [key, list] of byName) values.set(key, [...(values.get(key) ?? []), ...list]);
  // Parse.ly's page block: {"author": "…", "authors": […], "pub_date": "…"}
  const parsely = values.get('parsely-page')?.[0];
  if (parsely) {
    try {
      const data = JSON.parse(parsely) as Record<string, unknown>;
      if (typeof data['pub_date'] === 'string') add(values, 'parsely-pub-date', data['pub_date']);
      const authors = Array.isArray(data['authors']) ? data['authors'] : [data['author']];
      for (const a of authors) if (typeof a === 'string') add(values, 'parsely-author', a);
    } catch {
      // not JSON: ignore, like any other unreadable meta
    }
  }
  return values;
}

/** The values of the first key that has any. */
export function firstValues(
  values: MetaValues,
  keys: readonly string[],
): { key: string; values: string[] } | null {
  for (const key of keys) {
    const v = values.get(key);
    if (v && v.length > 0) return { key, values: v };
  }
  return null;
}
