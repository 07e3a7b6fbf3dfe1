import { collapse } from '../text';
import type { CompiledRule } from '../types';
import { articleOverlap, blockGrams, words, type ArticleIndex } from './article-index';
import type { Candidate } from './hide';

/**
 * The engine's judgement on the live page, beyond what a rule names: lists of links that sit INSIDE the
 * article's container but are not article text ("More on this", tag lists, story carousels). Readability
 * drops them from its copy; here they are hidden in place.
 *
 * The container is found from the article text itself: the deepest element that holds at least 80% of
 * the paragraphs whose words appear in the article. Only link-dense blocks inside it are judged, and
 * only when not one gram of them is article text.
 */
export const LINK_LIST_RULE: CompiledRule = {
  id: 'engine.link-list',
  family: 'related',
  includeDomains: [],
  excludeDomains: [],
  selector: '*',
  text: null,
  exception: false,
  raw: '(engine) a list of links inside the article that is not article text',
};

const PROBE_WORDS = 40;
const CONTAINER_SHARE = 0.8;
const MIN_PARAGRAPHS = 3;

export function findArticleContainer(body: Element, index: ArticleIndex): Element | null {
  const weight = new Map<Element, number>();
  let total = 0;
  let paragraphs = 0;
  for (const p of Array.from(body.getElementsByTagName('p'))) {
    const text = p.textContent ?? '';
    if (text.length < 40) continue;
    const probe = words(text.slice(0, 400)).slice(0, PROBE_WORDS).join(' ');
    if (!blockGrams(probe).some((g) => index.grams.has(g))) continue;
    paragraphs++;
    total += text.length;
    for (let el: Element | null = p; el && el !== body; el = el.parentElement)
      weight.set(el, (weight.get(el) ?? 0) + text.length);
  }
  if (paragraphs < MIN_PARAGRAPHS) return null;
  let container: Element = body;
  for (;;) {
    const next = Array.from(container.children).find((c) => (weight.get(c) ?? 0) >= total * CONTAINER_SHARE);
    if (!next) break;
    container = next;
  }
  return container === body || container.tagName === 'P' ? null : container;
}

const LIST_TAGS = 'ul, ol, div, section, aside, nav';
const MIN_LINKS = 3;
const MIN_LINK_SHARE = 0.7;

export function linkListCandidates(container: Element, index: ArticleIndex): Candidate[] {
  const out: Candidate[] = [];
  for (const el of Array.from(container.querySelectorAll(LIST_TAGS))) {
    if (out.some((c) => c.el.contains(el))) continue;
    const links = Array.from(el.querySelectorAll('a[href]')).filter(
      (a) => !(a.getAttribute('href') ?? '').startsWith('#'),
    );
    if (links.length < MIN_LINKS) continue;
    const text = collapse(el.textContent ?? '');
    if (text.length < 15) continue;
    const linkChars = links.reduce((n, a) => n + collapse(a.textContent ?? '').length, 0);
    if (linkChars < text.length * MIN_LINK_SHARE) continue;
    if (articleOverlap(index, el, 1).hits > 0) continue;
    out.push({ el, rule: LINK_LIST_RULE, text });
  }
  return out;
}
