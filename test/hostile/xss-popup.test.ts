// @vitest-environment jsdom
/**
 * Issue 15, item 1, in the popup: its Markdown copy (article and selection) starts from the sanitised article
 * but takes the title, byline and site name as the page gave them; none may come out as a raw tag.
 */
import { describe, expect, it } from 'vitest';
import { clipboardPayload, loadExporters, sanitizedResult } from '../../src/popup/copy';
import { FULL_ATTRIBUTION, resultWith } from '../core/export/helpers';
import { activeContent, CANONICAL, escapeHtml, PAYLOADS, rawMarkdownHtml } from './xss-checks';

const PAGE = 'https://news.example/2024/harbour.html';

function hostileResult(payload: string) {
  const text = { value: payload, source: 'meta' as const };
  return sanitizedResult(
    resultWith(
      `<p>The harbour master said: ${escapeHtml(payload)}</p>${payload}`,
      {
        ...FULL_ATTRIBUTION,
        byline: text,
        siteName: text,
        canonicalUrl: { value: CANONICAL, source: 'meta' },
      },
      payload,
    ),
    PAGE,
  );
}

describe('popup copy of a page full of XSS payloads', () => {
  it('Markdown, of the article and of a selection, holds no raw tag', async () => {
    const exporters = await loadExporters();
    const copies = PAYLOADS.flatMap((payload) => {
      const shown = hostileResult(payload);
      const selection = `<p>${escapeHtml(payload)}</p>`;
      return [null, selection].map((s) => clipboardPayload(exporters, shown, 'markdown', s, PAGE).text);
    });
    expect(copies.flatMap(rawMarkdownHtml)).toEqual([]);
  });

  it('rich HTML holds nothing active', async () => {
    const exporters = await loadExporters();
    const copies = PAYLOADS.map((payload) =>
      clipboardPayload(exporters, hostileResult(payload), 'html', null, PAGE),
    );
    expect(copies.flatMap((c) => activeContent(c.html ?? ''))).toEqual([]);
  });
});
