/** What kind of input a file is: a saved HTML page, or a plain-text dump as scrapers write them. */
export type InputKind = 'html' | 'text';

/** Tags that only markup has; one of them near the start, after a leading `<`, makes the input HTML. */
const HTML_TAG =
  /<(?:!doctype\s+html|html|head|body|meta|title|link|script|style|p|div|span|a|br|img|article|main|section|header|nav|h[1-6]|table|ul|ol|li)[\s>/]/i;

/** How much of the input the tag search reads: a page that shows no tag this far in is not one we can use. */
const SNIFF_CHARS = 65536;

/**
 * By content, not by file name (saved pages come as .htm, .html, .php, no extension…): HTML when the text
 * starts with `<` (after a BOM and whitespace) and contains a real HTML tag; anything else is a text dump.
 */
export function sniffKind(text: string): InputKind {
  const start = text.replace(/^\uFEFF?\s*/, '');
  return start.startsWith('<') && HTML_TAG.test(start.slice(0, SNIFF_CHARS)) ? 'html' : 'text';
}
