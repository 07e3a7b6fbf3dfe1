/**
 * Escaping page text for Markdown beyond turndown's own (which only guards Markdown syntax). Most renderers
 * let raw HTML through, so page text that looks like a tag (`<img src=x onerror=…>` in a headline, a byline,
 * a paragraph about HTML) would become live markup on the reader's side. Entities are used rather than
 * backslashes: CommonMark and the original Markdown.pl both read `&lt;` as a literal `<`, while Markdown.pl
 * passes `\<img …>` through as a tag.
 */

/** `&` that a renderer would read as the start of an entity ("&lt;" typed on the page must stay "&lt;"). */
const ENTITY_START = /&(?=#\d+;|#x[0-9a-f]+;|[a-z][a-z0-9]*;)/gi;

/** Page text with every `<` (the start of any tag, comment or autolink) and entity-like `&` made literal. */
export function escapeHtmlLike(text: string): string {
  return text.replace(ENTITY_START, '&amp;').replace(/</g, '&lt;');
}

/**
 * A link or image destination that ends where Markdown thinks it does: whitespace, control characters,
 * angle brackets, parentheses and backslashes are percent-encoded (the URL means the same to a browser),
 * so nothing after them can close the link early and leave the rest of the attribute as raw HTML.
 */
export function markdownDestination(url: string): string {
  return url.replace(
    /[\u0000-\u0020\u007f<>()\\]/g,
    (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0'),
  );
}

/** A link or image title for `"…"`: backslashes and quotes escaped so it cannot end early, tags made literal. */
export function markdownTitle(title: string): string {
  return escapeHtmlLike(title.replace(/[\\"]/g, '\\$&'));
}
