/** Text helpers shared by the pipeline, the exporters and the CLI. Pure: the DOM is passed in. */

/** Collapses every run of whitespace (including no-break spaces) to one space and trims. */
export function collapse(s: string): string {
  return s.replace(/[\s\u00a0\u200b]+/g, ' ').trim();
}

/** The first ~80 characters of a text, for removal records. */
export function preview(text: string, max = 80): string {
  const t = collapse(text);
  return t.length <= max ? t : t.slice(0, max - 1).trimEnd() + '…';
}

const BLOCK = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'DD',
  'DETAILS',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LEGEND',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'THEAD',
  'TFOOT',
  'TR',
  'UL',
  'CAPTION',
]);
const SKIP = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'svg',
  'SVG',
  'IFRAME',
  'OBJECT',
  'BUTTON',
  'SELECT',
]);

/** Between the cells of a table row written as one line. */
const CELL_SEPARATOR = ' | ';

/**
 * Block-aware plain text of an element: a blank line between blocks; "- " before items of unordered lists and
 * "1. ", "2. " … (from `start`/`value`) before items of ordered ones, nested lists indented two spaces a level,
 * one newline between consecutive items (a tight list, as people type them); a table row of two or more
 * cells of inline text is one line, its cells separated by " | ", and the rows of a table are tight like list
 * items (a row whose cells hold blocks is layout: its blocks stay blocks); `<br>` is a line break inside its
 * block; whitespace inside a line collapsed. Link text is kept.
 * With `skip`, an element it answers true for is left out with everything in it, as if it were removed
 * (the in-place pass reads the live page without what is hidden, and without cloning it).
 */
export function blockText(root: Node, skip?: (el: Element) => boolean): string {
  return readBlocks(root, null, skip);
}

/** One line of `blockText`, with the block element it belongs to (the nearest block around it, or the root). */
export interface OwnedLine {
  owner: Node;
  text: string;
}

/**
 * `blockText`'s lines (list markers, table rows and `<br>` breaks included), each with the block that
 * holds it: the same units of text, so that what is measured on the page's blocks adds up to what
 * `blockText` gives for the whole.
 */
export function blockLines(root: Node): OwnedLine[] {
  const lines: OwnedLine[] = [];
  readBlocks(root, lines);
  return lines;
}

function readBlocks(root: Node, owned: OwnedLine[] | null, skip?: (el: Element) => boolean): string {
  /**
   * `group`: for a block that opens a list item, which top-level list it is in; for a row written as a line,
   * which table. Consecutive blocks of one group are tight.
   */
  const blocks: { text: string; group: string | null }[] = [];
  let lines: string[] = [];
  let blockGroup: string | null = null;
  let listsSeen = 0;
  let tablesSeen = 0;
  /** One entry per open table: its group. */
  const tables: string[] = [];
  /** The row being written as one line, if any: how many of its cells have begun (all but the first get a separator). */
  let lineRow: { cells: number } | null = null;
  let current = '';
  /** The list marker still to be written before the next line of text (an item may open with a nested block). */
  let marker = '';
  /** One entry per open list: the next number of an ordered list, null for an unordered one. */
  const lists: (number | null)[] = [];
  /** The open blocks, innermost last (for `owned`). */
  const owners: Node[] = [root];
  const endLine = () => {
    const t = collapse(current);
    current = '';
    if (!t) return;
    if (marker && lines.length === 0) blockGroup = `list ${listsSeen}`;
    lines.push(marker + t);
    owned?.push({ owner: owners.at(-1)!, text: marker + t });
    marker = '';
  };
  const flush = () => {
    endLine();
    if (lines.length) blocks.push({ text: lines.join('\n'), group: blockGroup });
    lines = [];
    blockGroup = null;
  };
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      current += node.nodeValue ?? '';
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 11 && node.nodeType !== 9) return;
    const el = node as Element;
    const tag = node.nodeType === 1 ? el.tagName.toUpperCase() : '';
    if (SKIP.has(tag) || (skip && tag && node !== root && skip(el))) return;
    if (tag === 'BR') {
      endLine();
      return;
    }
    const block = BLOCK.has(tag);
    if (block) {
      flush();
      owners.push(el);
    }
    if ((tag === 'OL' || tag === 'UL') && lists.length === 0) listsSeen++;
    if (tag === 'OL') lists.push(listStart(el));
    if (tag === 'UL') lists.push(null);
    if (tag === 'LI') marker = '  '.repeat(Math.max(0, lists.length - 1)) + itemMarker(el, lists);
    if (tag === 'TABLE') tables.push(`table ${++tablesSeen}`);
    if (tag === 'TR') lineRow = isLineRow(el) ? { cells: 0 } : null;
    if (tag === 'TD' || tag === 'TH') current += lineRow && lineRow.cells++ > 0 ? CELL_SEPARATOR : ' ';
    for (let c = node.firstChild; c; c = c.nextSibling) walk(c);
    if (tag === 'TR' && lineRow) {
      if (/^[\s|]*$/.test(current)) current = ''; // a row of empty cells is no line
      blockGroup = tables.at(-1) ?? null;
      lineRow = null;
    }
    if (block) {
      flush();
      owners.pop();
    }
    if (tag === 'OL' || tag === 'UL') lists.pop();
    if (tag === 'LI') marker = '';
    if (tag === 'TABLE') tables.pop();
  };
  walk(root);
  flush();
  const tight = (b: (typeof blocks)[number], i: number) =>
    b.group !== null && blocks[i - 1]?.group === b.group;
  return blocks.map((b, i) => (i === 0 ? '' : tight(b, i) ? '\n' : '\n\n') + b.text).join('');
}

/**
 * A row written as one line: two or more cells (a one-column table is layout, as in the Markdown export),
 * none holding a block or a line break, which would split the line.
 */
function isLineRow(tr: Element): boolean {
  let cells = 0;
  for (let c = tr.firstElementChild; c; c = c.nextElementSibling) {
    const tag = c.tagName.toUpperCase();
    if (tag !== 'TD' && tag !== 'TH') continue;
    if (holdsBlock(c)) return false;
    cells++;
  }
  return cells >= 2;
}

function holdsBlock(el: Element): boolean {
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
    const tag = c.tagName.toUpperCase();
    if (BLOCK.has(tag) || tag === 'BR' || holdsBlock(c)) return true;
  }
  return false;
}

function listStart(ol: Element): number {
  const start = parseInt(ol.getAttribute('start') ?? '', 10);
  return Number.isFinite(start) ? start : 1;
}

/** "- " in an unordered list (or an item outside any list), "N. " in an ordered one, advancing its counter. */
function itemMarker(li: Element, lists: (number | null)[]): string {
  const depth = lists.length - 1;
  const next = lists[depth];
  if (next === undefined || next === null) return '- ';
  const value = parseInt(li.getAttribute('value') ?? '', 10);
  const n = Number.isFinite(value) ? value : next;
  lists[depth] = n + 1;
  return `${n}. `;
}

/** Words in a text; CJK characters count one word each, as readers of those scripts count them. */
export function countWords(text: string): number {
  const cjk = text.match(/[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/g)?.length ?? 0;
  const rest = text.replace(/[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/g, ' ');
  const words = rest.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  return words + cjk;
}

/** Reading time at 230 words a minute, at least one minute for any text. */
export function readingMinutes(words: number): number {
  return words === 0 ? 0 : Math.max(1, Math.round(words / 230));
}

/** Text as HTML character data or an attribute value: every character markup could read is escaped. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
