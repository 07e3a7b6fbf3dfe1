import { JSDOM } from 'jsdom';
import { extractAttribution, type AttributionInput } from '../../../src/core/attribution/index';
import type { Attribution } from '../../../src/core/types';

export const PAGE_URL = 'https://news.example.com/business/facebook-banks-data';

/** A page with `head` and `body` markup, parsed as the browser would at PAGE_URL. */
export function page(head: string, body = '<p>Story text.</p>', url = PAGE_URL): Document {
  return new JSDOM(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`, { url }).window
    .document;
}

/** Attribution for a document, with the other inputs defaulted to what a page with no rule hits gives. */
export function attributionOf(doc: Document | null, more: Partial<AttributionInput> = {}): Attribution {
  return extractAttribution({
    doc,
    url: PAGE_URL,
    readability: null,
    articleText: '',
    removedTexts: [],
    ...more,
  });
}

export const jsonLd = (data: unknown) =>
  `<script type="application/ld+json">${JSON.stringify(data)}</script>`;
