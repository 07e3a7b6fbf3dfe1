/**
 * Page furniture left at the edges of the extracted article. Readability's container often carries, before
 * the story's first paragraph or after its last, blocks that no rule names: a section label, a teaser
 * link, "Sign in", a row of numbers, a heading whose list the rules took away. Such a block reads as
 * furniture by its shape alone, so this pass needs no vocabulary: from each edge inwards it drops blocks
 * that are mostly link text, hold no word, or (at the end) are a heading with nothing under it, and
 * stops at the first block that is none of these. It never takes more than a small share of the text.
 */
import { blockLines, collapse, preview } from '../text';
import type { Removal } from '../types';

/** A block with at least this share of its text inside links is a link, not prose. */
export const LINK_SHARE = 0.6;
/** Longer blocks are never trimmed (a paragraph of linked text is still a paragraph). */
export const MAX_EDGE_CHARS = 200;
/** The trimmed blocks together stay under this share of the article's text. */
export const MAX_TRIMMED_SHARE = 0.15;

const HEADING = /^h[1-6]$/;
const WORD = /\p{L}{2,}/u;

interface EdgeBlock {
  element: Element;
  text: string;
  /** False when the element holds more than this block (text of the root itself, a wrapper of other blocks). */
  whole: boolean;
}

/**
 * Removes furniture blocks from both edges of `root` (Readability's content, after the rules) and returns
 * one removal per block taken.
 */
export function trimEdges(root: Element): Removal[] {
  const blocks = edgeBlocks(root);
  const total = blocks.reduce((n, b) => n + b.text.length, 0);
  const budget = total * MAX_TRIMMED_SHARE;
  let spent = 0;
  const taken: EdgeBlock[] = [];
  const take = (b: EdgeBlock): boolean => {
    if (spent + b.text.length > budget) return false;
    spent += b.text.length;
    taken.push(b);
    return true;
  };
  let start = 0;
  while (start < blocks.length - 1 && isFurniture(blocks[start]!, 'start') && take(blocks[start]!)) start++;
  for (let end = blocks.length - 1; end > start; end--)
    if (!(isFurniture(blocks[end]!, 'end') && take(blocks[end]!))) break;
  for (const b of taken) b.element.remove();
  return taken.map((b) => ({
    ruleId: 'navigation.edge-block',
    family: 'navigation',
    stage: 'post',
    preview: preview(b.text),
    textLength: b.text.length,
  }));
}

/** Whether `block`, at that edge of the article, reads as furniture. */
export function isFurniture(block: EdgeBlock, edge: 'start' | 'end'): boolean {
  const { element, text } = block;
  if (!block.whole || text.length > MAX_EDGE_CHARS) return false;
  if (!WORD.test(text)) return true; // numbers, dates alone, symbols: a counter row or a pager
  if (edge === 'end' && HEADING.test(element.localName)) return true;
  return linkShare(element, text.length) >= LINK_SHARE;
}

/** The article's blocks in order: the elements that own `blockText`'s lines, with their text. */
function edgeBlocks(root: Element): EdgeBlock[] {
  const blocks: EdgeBlock[] = [];
  for (const line of blockLines(root)) {
    const last = blocks.at(-1);
    if (last && last.element === line.owner) last.text += ' ' + line.text;
    else blocks.push({ element: line.owner as Element, text: line.text, whole: line.owner !== root });
  }
  // An owner that holds other blocks as well stands for more than its own lines.
  for (const b of blocks)
    if (b.whole && collapse(b.element.textContent ?? '').length > b.text.length + 2) b.whole = false;
  return blocks;
}

function linkShare(element: Element, chars: number): number {
  if (chars === 0) return 0;
  let linked = 0;
  for (const a of Array.from(element.querySelectorAll('a'))) linked += collapse(a.textContent ?? '').length;
  if (element.localName === 'a') linked = chars;
  return linked / chars;
}
