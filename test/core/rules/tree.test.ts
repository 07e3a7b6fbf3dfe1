import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { forEachElement, indexTree, textLength, textOf } from '../../../src/core/rules/tree';

const body = (html: string) => new JSDOM(`<body>${html}</body>`).window.document.body;

describe('indexTree', () => {
  it('lists the elements in document order with their subtrees, parents and tags', () => {
    const index = indexTree(body('<div><p>One <a href="#">two</a></p><P>three</P></div><span>four</span>'));
    expect(index.tags).toEqual(['div', 'p', 'a', 'p', 'span']);
    expect(index.ends).toEqual([4, 3, 3, 4, 5]);
    expect(index.parents).toEqual([-1, 0, 1, 0, -1]);
  });

  it('gives each element its text with whitespace collapsed, blocks apart, and no script or style', () => {
    const index = indexTree(
      body(
        '<div>\n  <p>Newsletter</p><p>Sign   up\u00a0now</p><script>var x = 1</script><style>p{}</style></div>',
      ),
    );
    expect(index.allText.trim()).toBe('Newsletter Sign up now');
    expect(textOf(index, 0)).toBe('Newsletter Sign up now');
    expect(textOf(index, 2)).toBe('Sign up now');
    expect(textOf(index, 3)).toBe('');
    for (let i = 0; i < index.elements.length; i++)
      expect(textLength(index, i)).toBeGreaterThanOrEqual(textOf(index, i).length);
  });

  it('counts link text up the tree and notes block children', () => {
    const index = indexTree(body('<div><p>Read <a href="/x">more here</a></p></div><div>plain</div>'));
    expect(index.linkChars).toEqual([9, 9, 9, 0]);
    expect(index.blockChild).toEqual([true, false, false, false]);
  });
});

describe('forEachElement', () => {
  it('visits the elements under the root in the order the index lists them', () => {
    const root = body('<div><p>a<b>b</b></p><ul><li>c</li></ul></div><span></span>');
    const seen: Element[] = [];
    forEachElement(root, (el) => seen.push(el));
    expect(seen).toEqual(indexTree(root).elements);
    expect(seen).toEqual(Array.from(root.getElementsByTagName('*')));
  });
});
