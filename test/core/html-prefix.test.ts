import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { keepFirstChars } from '../../src/core/html-prefix';

const { document } = new JSDOM('').window;

function fragment(html: string): HTMLElement {
  const div = document.createElement('div');
  div.innerHTML = html;
  return div;
}

describe('keepFirstChars', () => {
  it('leaves a short fragment alone', () => {
    const root = fragment('<p>One two.</p><p>Three.</p>');
    expect(keepFirstChars(root, 16)).toBe(false);
    expect(root.innerHTML).toBe('<p>One two.</p><p>Three.</p>');
  });

  it('cuts between words and drops everything after the cut, at every level', () => {
    const root = fragment(
      '<p>One two</p><ul><li>three <b>four five</b> six</li><li>seven</li></ul><p>eight</p>',
    );
    // "One two" (7) + "three " (6) + "four " (5): the budget runs out at the space before "five"
    expect(keepFirstChars(root, 18)).toBe(true);
    expect(root.innerHTML).toBe('<p>One two</p><ul><li>three <b>four</b></li></ul>');
  });

  it('cuts inside a word when no space is near', () => {
    const root = fragment(`<p>${'x'.repeat(500)}</p><p>after</p>`);
    expect(keepFirstChars(root, 300)).toBe(true);
    expect(root.innerHTML).toBe(`<p>${'x'.repeat(300)}</p>`);
  });

  it('cuts a short remainder without a space at the count', () => {
    const root = fragment('<p>abcdefgh</p>');
    expect(keepFirstChars(root, 5)).toBe(true);
    expect(root.textContent).toBe('abcde');
  });
});

describe('keepFirstChars on a fragment (as the sanitiser returns it)', () => {
  it('cuts the fragment itself and leaves the document alone', () => {
    const before = document.body.innerHTML;
    const holder = fragment('<p>Alpha beta gamma</p><p>delta</p>');
    const nodes = document.createDocumentFragment();
    nodes.append(...Array.from(holder.childNodes));
    expect(keepFirstChars(nodes, 12)).toBe(true);
    holder.append(nodes);
    expect(holder.innerHTML).toBe('<p>Alpha beta</p>');
    expect(document.body.innerHTML).toBe(before);
  });
});
