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

/** How much of the text the binary check reads. */
const BINARY_SAMPLE_CHARS = 65536;
/**
 * Share of control characters (NUL and the other C0 controls but tab, line feed, form feed and carriage
 * return) above which input is binary: about 11% of random bytes are such controls, and UTF-16 text read
 * without its byte-order mark is half NULs, while a real page with a stray NUL has a few in tens of thousands.
 */
const BINARY_CONTROL_SHARE = 0.01;

/** Whether decoded input is binary (an image, a PDF, UTF-16 without a BOM) rather than a page or text. */
export function looksBinary(text: string): boolean {
  const sample = text.slice(0, BINARY_SAMPLE_CHARS);
  const controls = sample.match(/[\u0000-\u0008\u000b\u000e-\u001f]/g)?.length ?? 0;
  return controls > BINARY_CONTROL_SHARE * sample.length;
}
