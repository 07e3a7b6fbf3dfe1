import { JSDOM, VirtualConsole } from 'jsdom';
import { errorText } from '../core';
import { useStandardMatches } from './standard-matches';

/** A page parsed by jsdom, and what its stylesheets cost. Call `dom.window.close()` when done. */
export interface ParsedPage {
  dom: JSDOM;
  /** Stylesheets jsdom reported as unparsable (it skips their bad rules and goes on). */
  unparsedSheets: number;
  /**
   * `<style>` blocks emptied because jsdom's CSS code threw on them while building the page, or null
   * when none was. Neither the engine nor Readability reads stylesheets, so the article does not change.
   */
  droppedStyles: { count: number; reason: string } | null;
}

/**
 * jsdom parses every `<style>` block as it builds the page, and its CSS code (the `cssstyle` package)
 * throws on some CSS that browsers take in their stride, so that a whole page fails with a message about
 * CSS. Two seen on real sites: a border shorthand holding a keyword or a var() followed by another border
 * property in the same rule (`border: inherit; border-width: 1px` → "Cannot create property
 * 'border-width' on string 'inherit'"), and a calc() that css-tree cannot read, such as a template
 * placeholder left in the CSS (`width: calc(100% - <%= gap %>px)` → '")" is expected'). Style attributes
 * do not throw (cssstyle drops a style attribute it cannot read), nor does a cloned document (it has no
 * window, so its stylesheets are never parsed).
 */
const STYLE_BLOCK = /(<style\b[^>]*>)([\s\S]*?)(<\/style\s*>)/gi;

/**
 * Parses HTML as `cleanwire clean` reads pages: no scripts, no sub-resources, jsdom's console kept
 * quiet (its CSS complaints are counted instead of printed). When jsdom throws while parsing the page's
 * stylesheets, the page is parsed again without the blocks that throw on their own, then, if it still
 * throws, without any `<style>` content. Other errors are thrown.
 */
export function parsePage(html: string, url: string): ParsedPage {
  let unparsedSheets = 0;
  const parse = (text: string): JSDOM => {
    unparsedSheets = 0;
    // A fresh console per page: one shared by every window would keep each closed window reachable.
    const virtualConsole = new VirtualConsole();
    virtualConsole.on('jsdomError', (e: Error & { type?: string }) => {
      if (e.type === 'css-parsing') unparsedSheets++;
    });
    const dom = new JSDOM(text, { url, contentType: 'text/html', virtualConsole });
    useStandardMatches(dom.window); // selectors as browsers match them (standard-matches.ts)
    return dom;
  };

  let first: unknown;
  try {
    return { dom: parse(html), unparsedSheets, droppedStyles: null };
  } catch (e) {
    first = e;
  }
  const reason = messageOf(first);
  const failing = failingStyleBlocks(html);
  if (failing.size > 0) {
    try {
      const dom = parse(emptyStyleBlocks(html, (i) => failing.has(i)));
      return { dom, unparsedSheets, droppedStyles: { count: failing.size, reason } };
    } catch {
      // something across blocks: drop them all below
    }
  }
  const all = html.match(STYLE_BLOCK)?.length ?? 0;
  if (all === 0) throw first;
  const dom = parse(emptyStyleBlocks(html, () => true)); // throws what is not about stylesheets
  return { dom, unparsedSheets, droppedStyles: { count: all, reason } };
}

function messageOf(e: unknown): string {
  return errorText(e).split('\n')[0]!;
}

/** The html with the content of the `<style>` blocks `drop(index)` picks emptied (the tags stay). */
function emptyStyleBlocks(html: string, drop: (index: number) => boolean): string {
  let i = 0;
  return html.replace(STYLE_BLOCK, (block, open: string, _css: string, close: string) =>
    drop(i++) ? open + close : block,
  );
}

/** Indexes of the `<style>` blocks jsdom throws on when it parses each alone, in one scratch window. */
function failingStyleBlocks(html: string): Set<number> {
  const failing = new Set<number>();
  const scratch = new JSDOM('', { virtualConsole: new VirtualConsole() });
  const doc = scratch.window.document;
  try {
    let i = 0;
    for (const [, , css] of html.matchAll(STYLE_BLOCK)) {
      const style = doc.createElement('style');
      style.textContent = css ?? '';
      try {
        doc.head.appendChild(style); // a connected <style> in a window is parsed now
      } catch {
        failing.add(i);
      }
      style.remove();
      i++;
    }
  } finally {
    scratch.window.close();
  }
  return failing;
}
