/**
 * The hostile-input corpus and the two checks every export of it must pass: no raw HTML in Markdown, nothing
 * active in HTML. Shared by the unit tests (core exporters, the popup's copy) and the CLI tests.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';

/** One classic XSS payload a line (scripts, handlers, svg/math mutation XSS, srcdoc, script URLs, CSS, base …). */
export const PAYLOADS: string[] = readFileSync(
  join(import.meta.dirname, '../fixtures/hostile/xss-payloads.txt'),
  'utf8',
)
  .split('\n')
  .filter((line) => line.trim() !== '');

/** The one autolink an export may contain: the article's canonical URL, which the tests set to this. */
export const CANONICAL = 'https://news.example/2024/harbour.html';

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * Everything in Markdown that a renderer allowing HTML would take for markup: any `<` opening a tag, closing
 * tag, comment, declaration, processing instruction or autolink (CommonMark's raw-HTML and autolink starts),
 * and any link or image whose destination has a scheme that runs code. The canonical URL's autolink is the
 * one `<` allowed.
 */
export function rawMarkdownHtml(markdown: string): string[] {
  const text = markdown.split(`<${CANONICAL}>`).join('');
  const tags = Array.from(text.matchAll(/<[A-Za-z/!?][^\n]{0,30}/g), (m) => m[0]);
  const links = Array.from(
    text.matchAll(/(?<!\\)\]\(\s*<?\s*(?:javascript|vbscript|livescript|data):[^\n]{0,30}/gi),
    (m) => m[0],
  );
  return [...tags, ...links];
}

/** Elements that run code, load a frame, a style or another base, or submit anywhere. */
// prettier-ignore
const ACTIVE_ELEMENTS = new Set([
  'script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'base', 'meta', 'link', 'style',
  'template', 'noscript', 'svg', 'form', 'input', 'button', 'select', 'textarea',
]);
const SCRIPT_URL = /^(?:javascript|vbscript|livescript):|^data:(?!image\/(?:png|gif|jpe?g|webp|avif|bmp);)/i;

const parser = new new JSDOM('').window.DOMParser();

/**
 * What is active in exported HTML, as a browser would build it: the output is parsed, serialised and parsed
 * again (a mutation-XSS payload turns live only on the second parse) and each parse is walked for active
 * elements, event handlers, srcdoc, inline style, ping, and URLs (in any attribute, srcset candidates
 * included) whose scheme runs code.
 */
export function activeContent(html: string): string[] {
  const found: string[] = [];
  let source = html;
  for (let round = 0; round < 2; round++) {
    const document = parser.parseFromString(`<!DOCTYPE html><body>${source}</body>`, 'text/html');
    for (const el of Array.from(document.body.querySelectorAll('*'))) {
      const name = el.localName.toLowerCase();
      if (ACTIVE_ELEMENTS.has(name)) found.push(`<${name}>`);
      for (const attr of Array.from(el.attributes)) {
        const attrName = attr.name.toLowerCase();
        const urls = /srcset$/.test(attrName)
          ? attr.value.split(',').map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
          : [attr.value];
        if (
          attrName.startsWith('on') ||
          ['srcdoc', 'style', 'ping', 'action', 'formaction'].includes(attrName) ||
          urls.some((url) => SCRIPT_URL.test(url.replace(/[\u0000-\u0020]/g, '')))
        )
          found.push(`<${name} ${attr.name}="${attr.value.slice(0, 40)}">`);
      }
    }
    source = document.body.innerHTML;
  }
  return found;
}
