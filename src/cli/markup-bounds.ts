import { DEFAULT_LIMITS } from './limits';
import { opensScope, type MarkupScan } from './markup-scan';
import { tagsOf } from './markup-tags';

/** The page's HTML made cheap to parse, and one note per change for the user. */
export interface BoundedMarkup {
  html: string;
  notes: string[];
}

const SRCDOC_ATTRIBUTE = /\ssrcdoc\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]*)/gi;

/**
 * Takes out of the HTML text what costs jsdom far more than it gives the article, when the scan found any:
 * - iframes past the first DEFAULT_LIMITS.maxFrames (jsdom builds a whole window for each, 30–50 ms and
 *   0.7 MB apiece; the engine never reads frames' content) and every iframe's `srcdoc` (a document to parse);
 * - the content of huge `<style>` blocks (neither Readability nor the engine reads stylesheets);
 * - the tags nested deeper than DEFAULT_LIMITS.maxDepth (their text stays, one level flat): the engine's
 *   time grows with the cube of the depth, and a few thousand levels overflow the stack.
 * Pages within the limits come back as they are.
 */
export function boundMarkup(html: string, scan: MarkupScan): BoundedMarkup {
  const dropSrcdoc = scan.srcdocFrames > 0;
  const dropFrames = scan.frames > DEFAULT_LIMITS.maxFrames;
  const emptyStyles = scan.largestStyle > DEFAULT_LIMITS.maxStyle;
  const flatten = scan.depth > DEFAULT_LIMITS.maxDepth;
  if (!dropSrcdoc && !dropFrames && !emptyStyles && !flatten) return { html, notes: [] };

  const parts: string[] = [];
  let copied = 0;
  const cut = (from: number, to: number, replacement = ''): void => {
    parts.push(html.slice(copied, from), replacement);
    copied = to;
  };
  let frames = 0;
  let srcdocs = 0;
  let framesDropped = 0;
  let inDroppedFrame = false;
  let styles = 0;
  let flattened = 0;
  let depth = 0;
  /** For each open scope: whether its tags were dropped. */
  const dropped: boolean[] = [];
  let styleOpenEnd = -1;

  for (const tag of tagsOf(html)) {
    if (styleOpenEnd >= 0) {
      if (tag.start - styleOpenEnd > DEFAULT_LIMITS.maxStyle) {
        cut(styleOpenEnd, tag.start);
        styles++;
      }
      styleOpenEnd = -1;
    }
    if (inDroppedFrame) {
      inDroppedFrame = false;
      if (tag.kind === 'close' && tag.name === 'iframe') {
        cut(copied, tag.end); // its content (fallback text) and end tag
        continue;
      }
    }
    if (tag.kind === 'open' && tag.name === 'iframe' && ++frames > DEFAULT_LIMITS.maxFrames) {
      cut(tag.start, tag.end);
      framesDropped++;
      inDroppedFrame = true;
      continue;
    }
    if (tag.kind === 'open' && tag.name === 'style' && emptyStyles) styleOpenEnd = tag.end;
    if (flatten && opensScope(tag.name, tag.selfClosing)) {
      if (tag.kind === 'open') {
        const tooDeep = depth >= DEFAULT_LIMITS.maxDepth;
        dropped.push(tooDeep);
        if (tooDeep) {
          cut(tag.start, tag.end);
          flattened++;
          continue;
        }
        depth++;
      } else if (dropped.length > 0) {
        if (dropped.pop()) cut(tag.start, tag.end);
        else depth--;
      }
    }
    if (tag.kind === 'open' && tag.name === 'iframe' && dropSrcdoc) {
      const open = html.slice(tag.start, tag.end);
      const kept = open.replace(SRCDOC_ATTRIBUTE, '');
      if (kept !== open) {
        cut(tag.start, tag.end, kept);
        srcdocs++;
      }
    }
  }
  parts.push(html.slice(copied));

  const notes: string[] = [];
  if (framesDropped > 0)
    notes.push(
      `${framesDropped} iframe${framesDropped === 1 ? ' was' : 's were'} left out past the first ${DEFAULT_LIMITS.maxFrames} (jsdom builds a window for each).`,
    );
  if (srcdocs > 0)
    notes.push(`the srcdoc of ${srcdocs} iframe${srcdocs === 1 ? ' was' : 's were'} left out.`);
  if (styles > 0)
    notes.push(
      `${styles} <style> block${styles === 1 ? ' was' : 's were'} emptied (over ${DEFAULT_LIMITS.maxStyle} characters).`,
    );
  if (flattened > 0)
    notes.push(
      `the page nests about ${scan.depth} elements deep: ${flattened} element${flattened === 1 ? ' was' : 's were'} flattened past ${DEFAULT_LIMITS.maxDepth} levels.`,
    );
  return { html: parts.join(''), notes };
}
