import type { AttributionSource } from './attribution-line';

/** What every format renders: an optional heading, the cleaned body, and the attribution it ends with. */
export interface ExportModel {
  /** The article title as `# Title` / `<h1>`; null for a selection, whose attribution line names the article. */
  heading: string | null;
  /** The body, parsed into an inert document and cleaned by parseFragment. */
  body: HTMLElement;
  source: AttributionSource;
  lang: string | null;
  dir: 'ltr' | 'rtl' | null;
}
