import type { Attribution } from '../types';

/** What the pipeline knows when it asks for attribution. */
export interface AttributionInput {
  /** A clone of the page taken before any rule ran (JSON-LD, meta, <time> and datelines intact). Read only. */
  doc: Document | null;
  /** The page URL. */
  url: string;
  /** Readability's metadata for the page, or null when it found no article. */
  readability: { byline: string | null; siteName: string | null; publishedTime: string | null } | null;
  /** The cleaned article's plain text (datelines like "New York (AFP) -" sit at its start). */
  articleText: string;
  /** Texts that rules took out (credit lines, "Copyright Agence France-Presse", "First Published: …"). */
  removedTexts: string[];
}

/** STUB — being written (JSON-LD, meta, <time>, visible text, wire agency detection). */
export function extractAttribution(input: AttributionInput): Attribution {
  return {
    siteName: input.readability?.siteName ? { value: input.readability.siteName, source: 'readability' } : null,
    byline: input.readability?.byline ? { value: input.readability.byline, source: 'readability' } : null,
    published: input.readability?.publishedTime
      ? { value: input.readability.publishedTime, source: 'readability' }
      : null,
    canonicalUrl: { value: input.url, source: 'url' },
    wire: null,
  };
}
