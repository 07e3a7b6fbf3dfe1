/**
 * Issue 15, item 3: a table Readability picks as the article comes back as a <div> holding rows (its
 * `_setNodeTag`); parsed again, its cells ran together in every export and a big one took minutes to parse.
 * Tables stay tables in contentHtml, HTML and Markdown, and plain text keeps one row a line, cells apart.
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { clean } from '../../src/core/clean';
import { exportArticle } from '../../src/core/export/index';
import { restoreTables } from '../../src/core/tables';
import { blockText } from '../../src/core/text';
import { runCli } from '../cli/helpers';
import { exportDocument } from '../core/export/helpers';
import { scratchFolder } from './scratch';

const ROWS = 40;
const row = (i: number) => [
  `Harbour district number ${i}`,
  `Ferry departures on schedule ${i * 3}`,
  `${i * 7} passengers`,
];
/** A timetable page: Readability takes the table's body for the article and renames it to a <div>. */
const TIMETABLE = `<!DOCTYPE html><html lang="en"><head><title>Ferry timetable</title></head><body>
<div id="nav"><a href="/">Home</a></div><h1>Ferry timetable</h1><table><thead><tr><th>District</th><th>Departures</th>
<th>Passengers</th></tr></thead><tbody>${Array.from({ length: ROWS }, (_, i) => `<tr><td>${row(i + 1).join('</td><td>')}</td></tr>`).join('\n')}
</tbody></table></body></html>`;
const URL = 'https://ferries.example/timetable';

function cleaned() {
  const result = clean(new JSDOM(TIMETABLE, { url: URL }).window.document, { url: URL });
  expect(result.article).not.toBeNull();
  return result;
}

const cellsIn = (html: string) => new JSDOM(html).window.document.querySelectorAll('table tr > td').length;

describe('a table Readability picked as the article', () => {
  it('is still a table when its HTML is parsed again', () => {
    expect(cellsIn(cleaned().article!.contentHtml)).toBe(ROWS * 3);
  });

  it('plain text (export and article.text) is one row a line, cells separated by " | "', () => {
    const result = cleaned();
    const lines = Array.from({ length: ROWS }, (_, i) => row(i + 1).join(' | ')).join('\n');
    expect(exportArticle(result, 'text', exportDocument())).toContain(`\n\n${lines}\n\n`);
    expect(result.article!.text).toContain(lines);
  });

  it('Markdown is a pipe table', () => {
    const md = exportArticle(cleaned(), 'markdown', exportDocument());
    expect(md).toContain(`| ${row(1).join(' | ')} |\n| --- | --- | --- |\n| ${row(2).join(' | ')} |\n`);
  });

  it('HTML is a table', () => {
    expect(cellsIn(exportArticle(cleaned(), 'html', exportDocument()))).toBe(ROWS * 3);
  });

  it('cleanwire clean --format text prints its rows as lines', async () => {
    const page = scratchFolder().write('timetable.html', TIMETABLE);
    const { code, stdout } = await runCli(['clean', '--format', 'text', '--url', URL, page]);
    expect(code).toBe(0);
    expect(stdout).toContain(`\n${row(7).join(' | ')}\n${row(8).join(' | ')}\n`);
  });
});

describe('restoreTables', () => {
  const { document } = new JSDOM('').window;
  /** An element tree built node by node, as Readability leaves it (the parser would never build a div > tr). */
  function tree(spec: [string, ...(string | Element)[]]): Element {
    const [tag, ...children] = spec;
    const el = document.createElement(tag);
    for (const c of children) el.append(typeof c === 'string' ? document.createTextNode(c) : c);
    return el;
  }
  const outer = (root: Element) => {
    restoreTables(root);
    return root.outerHTML;
  };

  it('makes a div of row groups or rows a table again, attributes kept', () => {
    const div = tree(['div', tree(['tbody', tree(['tr', tree(['td', 'a']), tree(['td', 'b'])])])]);
    div.setAttribute('lang', 'de');
    expect(outer(tree(['div', div]))).toBe(
      '<div><table lang="de"><tbody><tr><td>a</td><td>b</td></tr></tbody></table></div>',
    );
  });

  it('makes divs of cells rows, those side by side in one table', () => {
    const root = tree([
      'div',
      tree(['div', tree(['td', 'a']), tree(['td', 'b'])]),
      '\n',
      tree(['div', tree(['th', 'c'])]),
      tree(['p', 'between']),
      tree(['div', tree(['td', 'd'])]),
    ]);
    expect(outer(root)).toBe(
      '<div><table><tbody><tr><td>a</td><td>b</td></tr><tr><th>c</th></tr></tbody></table>\n' +
        '<p>between</p><table><tbody><tr><td>d</td></tr></tbody></table></div>',
    );
  });

  it('leaves a div that holds anything else alone', () => {
    const html = (root: Element) => root.outerHTML;
    for (const root of [
      tree(['div', tree(['div', tree(['tr']), 'text'])]),
      tree(['div', tree(['div', tree(['td']), tree(['p', 'x'])])]),
      tree(['div', tree(['div'])]),
    ]) {
      const before = html(root);
      expect(outer(root)).toBe(before);
    }
  });
});

describe('blockText of tables', () => {
  const textOf = (html: string) => blockText(new JSDOM(`<body>${html}</body>`).window.document.body);

  it('writes a row as a line of cells; a table’s rows are tight, blocks around it apart', () => {
    expect(
      textOf(
        '<p>Before</p><table><caption>Users</caption><thead><tr><th>Bank</th><th>Users</th></tr></thead>' +
          '<tbody><tr><td>Citi <b>US</b></td><td>200m</td></tr><tr><td></td><td></td></tr><tr><td></td><td>n/a</td></tr></tbody></table><p>After</p>',
      ),
    ).toBe('Before\n\nUsers\n\nBank | Users\nCiti US | 200m\n| n/a\n\nAfter');
  });

  it('keeps a layout row (cells holding blocks or line breaks) and a one-column table as blocks', () => {
    expect(textOf('<table><tr><td><p>One</p><p>Two</p></td><td>Side</td></tr></table>')).toBe(
      'One\n\nTwo\n\nSide',
    );
    expect(textOf('<table><tr><td>a<br>b</td><td>c</td></tr></table>')).toBe('a\nb c');
    expect(textOf('<table><tr><td>First</td></tr><tr><td>Second</td></tr></table>')).toBe('First\n\nSecond');
  });
});
