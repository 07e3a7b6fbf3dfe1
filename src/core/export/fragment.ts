/**
 * Parsing untrusted article HTML for the exporters, and the cheap clean-up every export format shares.
 *
 * This is defence in depth, not the sanitizer: whoever puts exported HTML on an extension page or the
 * clipboard still runs DOMPurify over it (the extension shell with the browser's window, the CLI with jsdom's).
 * What this pass guarantees on its own: no script-bearing elements, no form or control, no event-handler,
 * style or ping attributes and no link or source whose scheme could run code, in any of the three formats.
 */

/** Elements that never carry article text worth exporting, and some of which can run code or load frames. */
// prettier-ignore
const DROPPED_ELEMENTS = new Set([
  'script', 'style', 'noscript', 'template', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet',
  'link', 'meta', 'base', 'svg', 'input', 'button', 'select', 'option', 'textarea', 'dialog',
]);

/**
 * Elements whose text is article text but which must not stay active: a <form> (shop pages and some CMSs
 * wrap the article in one) becomes a <div>, so its text keeps its block and nothing can be submitted.
 */
const NEUTRALISED_ELEMENTS = new Set(['form']);

/** Attributes holding a URL that a browser may follow or load. */
// prettier-ignore
const URL_ATTRIBUTES = new Set([
  'href', 'src', 'action', 'formaction', 'xlink:href', 'poster', 'background', 'cite', 'data', 'lowsrc',
  'dynsrc', 'longdesc', 'usemap',
]);

/**
 * Attributes that are dropped whatever their value: inline CSS can hide text or load URLs; srcdoc is a page;
 * ping reports every click on the link to a tracker.
 */
const DROPPED_ATTRIBUTES = new Set(['style', 'srcdoc', 'ping']);

const SAFE_SCHEMES = new Set(['http', 'https', 'mailto', 'tel', 'ftp', 'file']);
const INLINE_IMAGE = /^data:image\/(?:png|gif|jpe?g|webp|avif|bmp);/i;

/**
 * Parses an HTML fragment into a detached container element of a fresh inert document made from `doc`'s
 * implementation (no scripts run, nothing loads, `doc` itself is untouched), then cleans it as described above.
 */
export function parseFragment(html: string, doc: Document): HTMLElement {
  const inert = doc.implementation.createHTMLDocument('');
  const container = inert.createElement('div');
  // The one write of untrusted HTML in the exporters, into a document that has no browsing context.
  container.innerHTML = html;
  cleanFragment(container);
  return container;
}

/**
 * Removes dropped elements, event handlers, inline styles and unsafe URLs below `root`, and turns forms into
 * plain blocks (in place). Innermost first, so that a form is judged once its controls are gone: one that held
 * nothing else goes too.
 */
export function cleanFragment(root: Element): void {
  for (const el of Array.from(root.querySelectorAll('*')).reverse()) {
    const name = el.localName.toLowerCase();
    if (DROPPED_ELEMENTS.has(name) || (NEUTRALISED_ELEMENTS.has(name) && !el.textContent?.trim())) {
      el.remove();
      continue;
    }
    if (NEUTRALISED_ELEMENTS.has(name)) {
      const block = el.ownerDocument.createElement('div');
      block.append(...Array.from(el.childNodes));
      el.replaceWith(block);
      continue;
    }
    for (const attr of Array.from(el.attributes)) {
      const name = attr.name.toLowerCase();
      const unsafe =
        name.startsWith('on') ||
        DROPPED_ATTRIBUTES.has(name) ||
        (URL_ATTRIBUTES.has(name) && !isSafeUrl(attr.value, name === 'src' && el.localName === 'img')) ||
        ((name === 'srcset' || name === 'imagesrcset') && !isSafeSrcset(attr.value));
      if (unsafe) el.removeAttribute(attr.name);
    }
  }
}

/**
 * Relative URLs and the schemes in SAFE_SCHEMES pass; `data:` only for raster images in an `<img src>`;
 * everything else (javascript:, vbscript:, data:text/html, blob:, extension schemes…) is refused.
 * Browsers ignore ASCII whitespace and control characters inside a scheme, so they are removed first.
 */
export function isSafeUrl(value: string, inlineImageAllowed = false): boolean {
  const url = value.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase();
  if (scheme === undefined) return true;
  if (scheme === 'data') return inlineImageAllowed && INLINE_IMAGE.test(url);
  return SAFE_SCHEMES.has(scheme);
}

function isSafeSrcset(value: string): boolean {
  return value
    .split(',')
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
    .every((url) => url === '' || isSafeUrl(url));
}
