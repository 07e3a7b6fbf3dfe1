import { CONTAINER_CLASSES } from './page-scan';
import { indexTree } from './rules/tree';

/**
 * What the page itself declares to be the article, for a second opinion on Readability's pick: the
 * body container a CMS marks (`.entry-content`, `.article-body`, a single `<article>` …) or schema.org
 * JSON-LD's `articleBody`. When Readability keeps only a small part of that (it can settle on a
 * teaser, a caption block or one section), the pipeline extracts from the declared body instead.
 */

/**
 * Where the page declares its body, most specific first: class names a CMS gives it, then a single
 * `<article>` or `<main>` (pages repeat those for teaser lists). The page scan (page-scan.ts) collects
 * the candidates in the walk it makes anyway: a selector query here would walk the page once more.
 */
const CONTAINER_KINDS: readonly string[] = [...[...CONTAINER_CLASSES].map((c) => '.' + c), 'article', 'main'];

/** Tag kinds that pages repeat for teaser lists: only a single one is the article. */
const MUST_BE_SINGLE = new Set(['article', 'main']);

/** Below this many characters a container is too small to overrule anything. */
export const MIN_DECLARED_CHARS = 200;

export interface DeclaredContainer {
  element: Element;
  /** What found it: `.entry-content`, `article` … */
  selector: string;
  /** Its text (without script and style), in characters. */
  chars: number;
}

/**
 * The page's declared article container among the scan's `containers` (read only), of the first kind
 * that has one, when its text is more than `moreThan` characters (measuring is skipped for containers
 * that cannot be).
 */
export function declaredContainer(containers: readonly Element[], moreThan = 0): DeclaredContainer | null {
  for (const selector of CONTAINER_KINDS) {
    const found = containers.filter(
      selector.startsWith('.')
        ? (el) => el.classList.contains(selector.slice(1))
        : (el) => el.localName === selector,
    );
    if (found.length === 0 || (MUST_BE_SINGLE.has(selector) && found.length > 1)) continue;
    let element = found[0]!;
    let rough = (element.textContent ?? '').length;
    for (const el of found.slice(1)) {
      const len = (el.textContent ?? '').length;
      if (len > rough) [element, rough] = [el, len];
    }
    if (rough < MIN_DECLARED_CHARS) continue;
    if (rough <= moreThan) return null;
    const chars = indexTree(element).allText.trim().length;
    if (chars < MIN_DECLARED_CHARS) continue;
    return chars > moreThan ? { element, selector, chars } : null;
  }
  return null;
}

const ARTICLE_TYPES = /article|posting|report/i;

/**
 * The longest `articleBody` of an article-typed JSON-LD node in these scripts (the page scan's), or null.
 * Malformed blocks are skipped.
 */
export function jsonLdArticleBody(jsonLdScripts: readonly Element[]): string | null {
  let best: string | null = null;
  for (const script of jsonLdScripts) {
    const source = script.textContent ?? '';
    if (!source.includes('articleBody') || source.length > 2_000_000) continue;
    let data: unknown;
    try {
      data = JSON.parse(source);
    } catch {
      continue;
    }
    const stack: unknown[] = [data];
    for (let seen = 0; stack.length > 0 && seen < 1000; seen++) {
      const node = stack.pop();
      if (Array.isArray(node)) stack.push(...node);
      else if (node && typeof node === 'object') {
        const obj = node as Record<string, unknown>;
        const type = obj['@type'];
        const types = Array.isArray(type) ? type : [type];
        const body = obj['articleBody'];
        if (typeof body === 'string' && types.some((t) => typeof t === 'string' && ARTICLE_TYPES.test(t))) {
          if (!best || body.length > best.length) best = body;
        }
        for (const value of Object.values(obj)) if (value && typeof value === 'object') stack.push(value);
      }
    }
  }
  return best;
}
