import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { trimEdges } from '../../../src/core/article/edges';
import { blockText } from '../../../src/core/text';

const body = (html: string) =>
  new JSDOM(`<body><div id="root">${html}</div></body>`).window.document.getElementById('root')!;

const PARAGRAPH =
  'The council voted on Tuesday to close the old bridge for repairs, after engineers found cracks in two of its piers.';
const story = (n: number) => Array.from({ length: n }, (_, i) => `<p>${i + 1}. ${PARAGRAPH}</p>`).join('');

describe('trimEdges()', () => {
  it('drops link blocks, wordless rows and a closing heading at the edges', () => {
    const root = body(
      `<p><a href="/world">World</a></p><div>12 | 34 | 56</div>${story(6)}<h3>More from the city</h3><ul><li><a href="/a">Other story one</a></li><li><a href="/b">Other story two</a></li></ul>`,
    );
    const removals = trimEdges(root);
    expect(removals.map((r) => r.preview)).toEqual([
      'World',
      '12 | 34 | 56',
      '- Other story two',
      '- Other story one',
      'More from the city',
    ]);
    const text = blockText(root);
    expect(text.startsWith('1. The council')).toBe(true);
    expect(text.endsWith('two of its piers.')).toBe(true);
  });

  it('stops at the first block of prose and keeps links inside the story', () => {
    const root = body(
      `<p>${PARAGRAPH}</p><p><a href="/x">A linked line in the middle</a></p>${story(4)}<p>Reported by <a href="/jane">Jane Doe</a> in the capital.</p>`,
    );
    expect(trimEdges(root)).toEqual([]);
    expect(blockText(root)).toContain('A linked line in the middle');
  });

  it('keeps an opening heading and a block that wraps other blocks', () => {
    const root = body(`<h2>The bridge</h2>${story(3)}<div><a href="/x">Teaser</a><p>${PARAGRAPH}</p></div>`);
    expect(trimEdges(root)).toEqual([]);
  });

  it('never takes more than a small share of a short article', () => {
    const root = body(`<p>${PARAGRAPH}</p><p><a href="/a">${'Another story headline '.repeat(4)}</a></p>`);
    expect(trimEdges(root)).toEqual([]);
  });
});
