import TurndownService from 'turndown';
import { collapse } from '../text';
import { escapeHtmlLike, markdownDestination, markdownTitle } from './markdown-escape';

/**
 * HTML → Markdown through turndown, configured for articles: ATX headings, "-" bullets with one space,
 * fenced code, GFM strikethrough and pipe tables. The GFM plugins on npm were not taken (see README: the
 * original is unreleased since 2018 and pastes header-less tables as raw HTML; the Joplin fork carries
 * Joplin-specific wrappers); the two GFM constructs news pages use are a few lines each below.
 */
let service: TurndownService | null = null;

const NEVER_MARKDOWN = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'object',
  'embed',
  'svg',
]);
const STRUCK = new Set(['DEL', 'S', 'STRIKE']);

function turndown(): TurndownService {
  if (service) return service;
  const td = new TurndownService({
    headingStyle: 'atx',
    hr: '---',
    bulletListMarker: '-',
    codeBlockStyle: 'fenced',
    emDelimiter: '_',
    strongDelimiter: '**',
    linkStyle: 'inlined',
  });
  // Already gone after parseFragment; listed again so the formatter is safe on its own.
  td.remove((node) => NEVER_MARKDOWN.has(node.nodeName.toLowerCase()));

  // Every piece of page text turndown writes outside code goes through escape(): Markdown syntax, and
  // anything a renderer would take for HTML.
  const escapeSyntax = td.escape.bind(td);
  td.escape = (text) => escapeHtmlLike(escapeSyntax(text));

  // turndown's own link and image rules leave `<` in a title and alt text, and a destination that can be
  // closed early (a backslash before its `)`, a newline), which turns the rest of the URL into raw HTML.
  td.addRule('inlineLink', {
    filter: (node) => node.nodeName === 'A' && !!node.getAttribute('href'),
    replacement: (content, node) =>
      `[${content}](${markdownDestination((node as Element).getAttribute('href') ?? '')}${titlePart(node)})`,
  });
  td.addRule('image', {
    filter: 'img',
    replacement(_content, node) {
      const img = node as Element;
      const src = img.getAttribute('src');
      if (!src) return '';
      const alt = td.escape(collapse(img.getAttribute('alt') ?? ''));
      return `![${alt}](${markdownDestination(src)}${titlePart(img)})`;
    },
  });

  td.addRule('listItem', {
    filter: 'li',
    replacement(content, node, options) {
      const li = node as HTMLElement;
      const list = li.parentNode as HTMLElement | null;
      let prefix = `${options.bulletListMarker} `;
      if (list?.nodeName === 'OL') {
        const start = parseInt(list.getAttribute('start') ?? '', 10);
        const index = Array.prototype.indexOf.call(list.children, li);
        prefix = `${(Number.isFinite(start) ? start : 1) + index}. `;
      }
      const isParagraph = /\n$/.test(content);
      const body = content.replace(/^\n+/, '').replace(/\n+$/, '') + (isParagraph ? '\n' : '');
      return prefix + body.replace(/\n/g, '\n' + ' '.repeat(prefix.length)) + (li.nextSibling ? '\n' : '');
    },
  });

  // A fieldset's caption (forms keep their text in exports): a line of its own, as browsers show it.
  td.addRule('legend', { filter: 'legend', replacement: (content) => `\n\n${content}\n\n` });

  td.addRule('strikethrough', {
    filter: (node) => STRUCK.has(node.nodeName),
    replacement: (content) => (content.trim() ? `~~${content}~~` : content),
  });

  td.addRule('tableCaption', { filter: 'caption', replacement: () => '' });
  td.addRule('tableSection', { filter: ['thead', 'tbody', 'tfoot'], replacement: (content) => content });
  td.addRule('tableCell', {
    filter: ['th', 'td'],
    replacement(content, node) {
      const cell = node as HTMLTableCellElement;
      if (!isPipeTable(tableOf(cell))) return `\n\n${content}\n\n`;
      const text = content
        .replace(/\s*\n\s*/g, ' ')
        .trim()
        .replace(/\|/g, '\\|');
      return ` ${text} |` + ' |'.repeat(Math.max(0, (cell.colSpan || 1) - 1));
    },
  });
  td.addRule('tableRow', {
    filter: 'tr',
    replacement(content, node) {
      const row = node as HTMLTableRowElement;
      const table = tableOf(row);
      if (!table || !isPipeTable(table)) return content;
      const columns = columnCount(table);
      const missing = columns - rowWidth(row);
      const line = `|${content}` + ' |'.repeat(Math.max(0, missing));
      // GFM needs a header row: the first row is it, whether or not the page marked it up with <th>.
      const header = table.rows[0] === row ? '\n|' + ' --- |'.repeat(columns) : '';
      return `\n${line}${header}`;
    },
  });
  td.addRule('table', {
    filter: 'table',
    replacement(content, node) {
      const table = node as HTMLTableElement;
      const caption = table.caption?.textContent?.trim();
      const lead = caption ? td.escape(caption.replace(/\s+/g, ' ')) + '\n\n' : '';
      if (!isPipeTable(table)) return `\n\n${lead}${content}\n\n`;
      return `\n\n${lead}${content.replace(/\n+/g, '\n').trim()}\n\n`;
    },
  });
  service = td;
  return td;
}

/** ` "title"` for a link or image that has one, on one line (a blank line would end the paragraph). */
function titlePart(node: Node): string {
  const title = collapse((node as Element).getAttribute('title') ?? '');
  return title ? ` "${markdownTitle(title)}"` : '';
}

/**
 * A table becomes a pipe table when it has at least two columns and no nested table; anything else is
 * layout, and its cells come out as paragraphs. Asked for every cell and row, so remembered per table
 * (turndown works on a fresh clone each call, so entries never go stale).
 */
function isPipeTable(table: HTMLTableElement | null): table is HTMLTableElement {
  return table !== null && shapeOf(table).pipe;
}

function columnCount(table: HTMLTableElement): number {
  return shapeOf(table).columns;
}

const tableShapes = new WeakMap<HTMLTableElement, { pipe: boolean; columns: number }>();

function shapeOf(table: HTMLTableElement): { pipe: boolean; columns: number } {
  let shape = tableShapes.get(table);
  if (!shape) {
    const columns = Array.from(table.rows).reduce((max, r) => Math.max(max, rowWidth(r)), 0);
    shape = { columns, pipe: columns >= 2 && table.querySelector('table') === null };
    tableShapes.set(table, shape);
  }
  return shape;
}

function tableOf(node: Node): HTMLTableElement | null {
  let n = node.parentNode;
  while (n && n.nodeName !== 'TABLE') n = n.parentNode;
  return n as HTMLTableElement | null;
}

function rowWidth(row: HTMLTableRowElement): number {
  return Array.from(row.cells).reduce((sum, c) => sum + (c.colSpan || 1), 0);
}

/** Markdown of an (already cleaned) element's children. */
export function elementToMarkdown(root: HTMLElement): string {
  return turndown().turndown(root).trim();
}

/** Escapes Markdown syntax in plain text (a title, an attribution part). */
export function escapeMarkdown(text: string): string {
  return turndown().escape(text);
}
