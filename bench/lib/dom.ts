import { JSDOM, VirtualConsole } from 'jsdom';
import { useStandardMatches } from '../../src/cli/standard-matches';

/** A parsed page. Call `close()` when done: jsdom windows hold their whole tree until closed. */
export interface ParsedPage {
  document: Document;
  /** Milliseconds jsdom took to build the Document (shared by every extractor, reported apart). */
  parseMs: number;
  /**
   * True when jsdom's CSS parser threw on the page's <style> blocks and the page was parsed again with
   * them emptied (the same Document still goes to every extractor; none of them reads stylesheets).
   */
  stylesDropped: boolean;
  close(): void;
}

const STYLE_BLOCK = /(<style\b[^>]*>)[\s\S]*?(<\/style\s*>)/gi;

/** Parses HTML into a standards Document with jsdom: no scripts, no sub-resources, the page URL set. */
export function parseHtml(html: string, url: string): ParsedPage {
  let stylesDropped = false;
  const t0 = performance.now();
  let dom: JSDOM;
  try {
    // A fresh, silent console per page: jsdom's CSS and script noise is dropped, and a console shared by
    // every window would keep each closed window reachable through its listeners.
    dom = new JSDOM(html, { url, virtualConsole: new VirtualConsole() });
  } catch {
    stylesDropped = true;
    dom = new JSDOM(html.replace(STYLE_BLOCK, '$1$2'), { url, virtualConsole: new VirtualConsole() });
  }
  // The command line's selector matching (src/cli/standard-matches.ts), so the benchmark cleans as it does.
  useStandardMatches(dom.window);
  const parseMs = performance.now() - t0;
  return { document: dom.window.document, parseMs, stylesDropped, close: () => dom.window.close() };
}
