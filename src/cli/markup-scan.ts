import { tagsOf } from './markup-tags';

/** What a page's HTML text will cost to parse and clean, read off its tags in one pass (see tagsOf). */
export interface MarkupScan {
  /** Opening tags: the elements jsdom will build, give or take the implied ones. */
  elements: number;
  /** The deepest nesting of elements that need an end tag (an estimate: see `opensScope`). */
  depth: number;
  /** The longest run of text between two tags, in characters. */
  longestText: number;
  /** `<iframe>`s: jsdom builds a whole window for each one. */
  frames: number;
  /** `<iframe srcdoc>`s: jsdom parses each one's document. */
  srcdocFrames: number;
  /** The largest `<style>` block's content, in characters. */
  largestStyle: number;
}

/** Elements that never hold others (no end tag). */
const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
  'basefont',
  'bgsound',
  'frame',
  'keygen',
  'image',
]);
/**
 * Elements whose end tag pages often leave out (the parser closes them at the next sibling): counting
 * them would make every list and table look deep, so they add no depth here, which errs shallow.
 */
const END_TAG_OPTIONAL = new Set([
  'p',
  'li',
  'dt',
  'dd',
  'option',
  'optgroup',
  'tr',
  'td',
  'th',
  'thead',
  'tbody',
  'tfoot',
  'colgroup',
  'caption',
  'rb',
  'rt',
  'rtc',
  'rp',
  'html',
  'head',
  'body',
]);

/** Whether an element's tags move the nesting depth (see MarkupScan.depth). */
export function opensScope(name: string, selfClosing = false): boolean {
  return !selfClosing && !VOID.has(name) && !END_TAG_OPTIONAL.has(name);
}

const SRCDOC = /\ssrcdoc\s*=/i;

export function scanMarkup(html: string): MarkupScan {
  const scan: MarkupScan = {
    elements: 0,
    depth: 0,
    longestText: 0,
    frames: 0,
    srcdocFrames: 0,
    largestStyle: 0,
  };
  let depth = 0;
  let previousEnd = 0;
  let inStyle = false;
  for (const tag of tagsOf(html)) {
    const between = tag.start - previousEnd;
    if (inStyle) scan.largestStyle = Math.max(scan.largestStyle, between);
    else scan.longestText = Math.max(scan.longestText, between);
    previousEnd = tag.end;
    inStyle = tag.kind === 'open' && tag.name === 'style';
    if (tag.kind === 'close') {
      if (opensScope(tag.name) && depth > 0) depth--;
      continue;
    }
    scan.elements++;
    if (tag.name === 'iframe') {
      scan.frames++;
      if (SRCDOC.test(html.slice(tag.start, tag.end))) scan.srcdocFrames++;
    }
    if (opensScope(tag.name, tag.selfClosing)) scan.depth = Math.max(scan.depth, ++depth);
  }
  scan.longestText = Math.max(scan.longestText, html.length - previousEnd);
  return scan;
}
