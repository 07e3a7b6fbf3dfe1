import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { hasStreamedContent, revealStreamedContent } from '../../../src/core/article/streamed';
import { clean } from '../../../src/core/clean';
import { useStandardMatches } from '../../../src/cli/standard-matches';

const URL_ = 'https://harbour.example/2024/04/ferry-timetable-early-crossings';
const streamed = () => {
  const dom = new JSDOM(
    readFileSync(new URL('../../fixtures/article/streamed.html', import.meta.url), 'utf8'),
    {
      url: URL_,
    },
  );
  useStandardMatches(dom.window);
  return dom.window.document;
};

describe('streamed content', () => {
  it('moves a hidden segment to its placeholder and drops the fallback', () => {
    const doc = streamed();
    expect(hasStreamedContent(doc)).toBe(true);
    expect(revealStreamedContent(doc)).toBe(1);
    expect(doc.getElementById('S:0')).toBeNull();
    expect(doc.getElementById('B:0')).toBeNull();
    expect(doc.querySelector('.skeleton')).toBeNull();
    const article = doc.querySelector('article')!;
    expect(article.closest('[hidden]')).toBeNull();
    // In place of the placeholder: after the header, before the footer.
    expect(doc.querySelector('header')!.compareDocumentPosition(article) & 4).toBeTruthy();
    expect(article.compareDocumentPosition(doc.querySelector('footer')!) & 4).toBeTruthy();
  });

  it('shows a segment without a placeholder where it is', () => {
    const doc = new JSDOM('<body><p>shell</p><div hidden id="S:0"><p>late</p></div></body>').window.document;
    expect(revealStreamedContent(doc)).toBe(0);
    expect(doc.getElementById('S:0')!.hasAttribute('hidden')).toBe(false);
  });

  it('leaves other hidden elements alone', () => {
    const doc = new JSDOM('<body><div hidden id="S:x"><p>menu</p></div><div hidden id="S:0a"></div></body>')
      .window.document;
    expect(hasStreamedContent(doc)).toBe(false);
  });

  it('gives the streamed article, not the shell, as the article', () => {
    const doc = streamed();
    const r = clean(doc, { url: URL_ });
    expect(r.status).toBe('ok');
    expect(r.article!.text).toMatch(/^The harbour authority approved/);
    expect(r.article!.text).toContain('Local businesses on the island welcomed the decision');
    expect(r.article!.text).not.toContain('Section 3 of the Harbour Post');
    expect(doc.getElementById('S:0')).not.toBeNull(); // the page itself is untouched
  });
});
