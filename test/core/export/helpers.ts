import { JSDOM } from 'jsdom';
import { exportArticle, type ExportFormat } from '../../../src/core/export/index';
import type { Attribution, CleanResult } from '../../../src/core/types';

/** A document for the exporters to take their DOM implementation from (they never write to it). */
export function exportDocument(): Document {
  return new JSDOM('<!DOCTYPE html><html><body><p>the page</p></body></html>').window.document;
}

export const FULL_ATTRIBUTION: Attribution = {
  siteName: { value: 'Business Recorder', source: 'meta' },
  byline: { value: 'Melissa Porter', source: 'json-ld' },
  published: { value: '2018-08-07T00:05:00+05:30', source: 'json-ld' },
  canonicalUrl: { value: 'https://www.brecorder.com/news/4602512', source: 'meta' },
  wire: {
    agency: 'AFP',
    name: 'Agence France-Presse',
    evidence: ['text: "Copyright Agence France-Presse, 2018"'],
  },
};

export const NO_ATTRIBUTION: Attribution = {
  siteName: null,
  byline: null,
  published: null,
  canonicalUrl: null,
  wire: null,
};

/** A cleaned result as the pipeline returns it, built by hand so every expected output can be written out. */
export function resultWith(
  contentHtml: string,
  attribution: Attribution = FULL_ATTRIBUTION,
  title = 'Facebook asks US banks to share customer data',
): CleanResult {
  return {
    status: 'ok',
    message: null,
    article: {
      title,
      contentHtml,
      text: '',
      excerpt: '',
      lang: 'en',
      dir: null,
      wordCount: 10,
      readingMinutes: 1,
    },
    attribution,
    removals: [],
  };
}

/** An untitled, unattributed article's body exported in `format`: just what the body becomes. */
export function exportBody(contentHtml: string, format: ExportFormat): string {
  return exportArticle(resultWith(contentHtml, NO_ATTRIBUTION, ''), format, exportDocument());
}
