import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { blockText } from '../../../src/core/text';

/** blockText is shared by the pipeline (article.text) and the plain-text export. */
function textOf(html: string): string {
  return blockText(new JSDOM(`<body>${html}</body>`).window.document.body);
}

describe('blockText', () => {
  it('puts a blank line between blocks and collapses whitespace inside them', () => {
    expect(textOf('<h2>  Sub \n head </h2><p>One\n  two.</p><div>Three.</div>')).toBe(
      'Sub head\n\nOne two.\n\nThree.',
    );
  });

  it('writes one list per run of lines: "- " items, numbered ones from start/value, nested ones indented', () => {
    expect(
      textOf(
        '<ul><li>a</li><li>b<ol><li>b1</li><li value="7">b7</li><li>b8</li></ol></li></ul><ol start="0"><li>zero</li></ol>',
      ),
    ).toBe('- a\n- b\n  1. b1\n  7. b7\n  8. b8\n\n0. zero');
  });

  it('marks an item whose text sits in a paragraph, and starts a new list after other text', () => {
    expect(
      textOf('<ul><li><p>first</p></li><li></li><li>second</li></ul><p>between</p><ul><li>again</li></ul>'),
    ).toBe('- first\n- second\n\nbetween\n\n- again');
  });

  it('makes <br> a line break inside its block, not a new paragraph', () => {
    expect(textOf('<p>Reporting by Jane Doe<br>Editing by John Roe<br><br></p><p>Next</p>')).toBe(
      'Reporting by Jane Doe\nEditing by John Roe\n\nNext',
    );
  });

  it('keeps link text, skips script, style and hidden-by-nature elements', () => {
    expect(
      textOf(
        '<p>Asked <a href="/x">JPMorgan Chase</a> too.<script>x()</script><style>p{}</style><button>Share</button></p>',
      ),
    ).toBe('Asked JPMorgan Chase too.');
  });

  it('leaves out what `skip` answers true for, as if it were removed (the root itself is always read)', () => {
    const html =
      '<div class="x"><p>Kept <span class="x">inline gone</span> line.</p><ul><li class="x">gone</li><li>stays</li></ul><p class="x">block gone</p><p>Last.</p></div>';
    const body = new JSDOM(`<body>${html}</body>`).window.document.body;
    const root = body.firstElementChild!;
    const skipped = blockText(root, (el) => el.classList.contains('x'));
    for (const el of Array.from(root.querySelectorAll('.x'))) el.remove();
    expect(skipped).toBe(blockText(root));
    expect(skipped).toBe('Kept line.\n\n- stays\n\nLast.');
  });
});
