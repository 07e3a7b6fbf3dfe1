import { parsePage } from '../../src/cli/parse-page';

/** A parsed page. Call `close()` when done: jsdom windows hold their whole tree until closed. */
export interface ParsedPage {
  document: Document;
  /** Milliseconds jsdom took to build the Document (shared by every extractor, reported apart). */
  parseMs: number;
  /**
   * True when jsdom's CSS code threw on some of the page's <style> blocks and the page was parsed again
   * with them emptied, as `cleanwire clean` does (src/cli/parse-page.ts; the same Document still goes to
   * every extractor, and none of them reads stylesheets).
   */
  stylesDropped: boolean;
  close(): void;
}

/**
 * Parses HTML with the command line's own parser: no scripts, no sub-resources, the page URL set, jsdom's
 * CSS complaints counted rather than printed.
 */
export function parseHtml(html: string, url: string): ParsedPage {
  const t0 = performance.now();
  const { dom, droppedStyles } = parsePage(html, url);
  const parseMs = performance.now() - t0;
  return {
    document: dom.window.document,
    parseMs,
    stylesDropped: droppedStyles !== null,
    close: () => dom.window.close(),
  };
}
