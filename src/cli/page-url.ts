import { resolveHttpUrl } from '../core/attribution/url';

/**
 * The address a saved page declares for itself: `<link rel=canonical>`, else `og:url`, as an absolute http(s)
 * URL (relative ones resolved against the document's own URL); null when it declares none.
 */
export function declaredPageUrl(doc: Document): string | null {
  const canonical = doc.querySelector('link[rel~="canonical" i][href]')?.getAttribute('href');
  const og = doc.querySelector('meta[property="og:url" i][content], meta[name="og:url" i][content]');
  return resolveHttpUrl(canonical, doc.URL) ?? resolveHttpUrl(og?.getAttribute('content'), doc.URL);
}
