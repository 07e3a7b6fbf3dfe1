import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { findArticleCore } from '../../../src/core/rules/guard';
import { indexTree } from '../../../src/core/rules/tree';

const PARA =
  '<p>The council approved the new ferry terminal on Tuesday, after three years of planning, hearings and a long dispute over dredging.</p>';

function coreOf(html: string) {
  const doc = new JSDOM(`<body>${html}</body>`).window.document;
  const index = indexTree(doc.body);
  const core = findArticleCore(index, (i, name) => index.elements[i]!.getAttribute(name));
  const protectedIds = index.elements.flatMap((el, i) => (core.protect[i] && el.id ? [el.id] : []));
  return { top: core.top < 0 ? null : index.elements[core.top]!, protectedIds };
}

describe('findArticleCore', () => {
  it('protects the article and its ancestors, even when a class says "share"', () => {
    const { top, protectedIds } = coreOf(
      `<div id="page"><div id="entry" class="entry share">${PARA.repeat(5)}</div><aside id="side"><p>Popular</p></aside></div>`,
    );
    expect(top?.id).toBe('entry');
    expect(protectedIds).toEqual(['page', 'entry']);
  });

  it('climbs from a short block whose class says "article" to the one holding most paragraph text', () => {
    const { top } = coreOf(
      `<div id="main"><div id="story">${PARA.repeat(6)}</div><div id="below" class="taboola-below-article">${PARA}</div></div>`,
    );
    expect(['story', 'main']).toContain(top?.id);
  });

  it('skips unlikely candidates such as comment threads when it scores', () => {
    const { top } = coreOf(
      `<div id="story">${PARA.repeat(3)}</div><div id="comments" class="comments">${PARA.repeat(4)}</div>`,
    );
    expect(top?.id).toBe('story');
  });

  it('finds nothing on a page without paragraph text', () => {
    expect(coreOf('<nav><a href="/">Home</a></nav>').top).toBeNull();
  });
});
