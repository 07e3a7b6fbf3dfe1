/**
 * The only way page HTML reaches an extension page. Readability's output is untrusted: DOMPurify turns it
 * into inert nodes (no scripts, handlers, frames, forms, styles, `javascript:`/`data:` links), links open in
 * a new tab without opener or referrer, and lazy images get their real source. The component inserts the
 * sanitised nodes; nothing in Cleanwire assigns `innerHTML` (a test scans the sources for it).
 */
import DOMPurify, { type Config } from 'dompurify';
import { useLayoutEffect, useRef } from 'preact/hooks';
import { keepFirstChars } from '../core/html-prefix';

const purify = DOMPurify(window);

const CONFIG: Config = {
  USE_PROFILES: { html: true }, // no SVG or MathML: articles need neither and both widen the attack surface
  FORBID_TAGS: [
    'style',
    'link',
    'meta',
    'base',
    'form',
    'input',
    'button',
    'textarea',
    'select',
    'option',
    'iframe',
    'frame',
    'object',
    'embed',
    'template',
    'dialog',
    'video',
    'audio',
    'source',
    'track',
  ],
  // Form controls are page UI, not article text: they go with their labels. (A <form> itself keeps its
  // content: some CMSs wrap the whole page, article included, in one.)
  ADD_FORBID_CONTENTS: ['button', 'select', 'textarea', 'option', 'dialog'],
  // style: CSS can exfiltrate and overlay; id/name/class: page names must not collide with the popup's own.
  FORBID_ATTR: [
    'style',
    'id',
    'name',
    'class',
    'srcset',
    'sizes',
    'ping',
    'background',
    'action',
    'formaction',
  ],
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: true,
  ALLOWED_URI_REGEXP: /^(?:https?:|mailto:)/i,
};

/** Attributes where lazy-loading scripts keep the real image address. */
const LAZY_SRC_ATTRS = ['data-src', 'data-lazy-src', 'data-original', 'data-url', 'data-hi-res-src'];

/** The page URL the current (synchronous) sanitize call resolves relative addresses against. */
let baseUrl = 'about:blank';

function resolveUrl(value: string): string | null {
  try {
    return new URL(value.trim(), baseUrl).href;
  } catch {
    return null;
  }
}

function isPlaceholder(src: string | null): boolean {
  return (
    !src ||
    src.startsWith('data:') ||
    /(?:^|[/_.-])(?:blank|spacer|placeholder|pixel|lazy|transparent|grey|gray)[^/]*\.(?:gif|png|svg|jpe?g|webp)(?:$|\?)/i.test(
      src,
    )
  );
}

const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:/i;
const RASTER_DATA_IMAGE = /^data:image\/(?:png|gif|jpe?g|webp|avif|bmp);/i;

purify.addHook('beforeSanitizeAttributes', (node) => {
  // Resolve before DOMPurify checks the scheme, so that relative addresses (which the engine normally
  // makes absolute) survive as links to the page instead of being dropped.
  if (node.nodeName === 'A') {
    const a = node as Element;
    const href = a.getAttribute('href');
    if (href !== null && !HAS_SCHEME.test(href.trim())) {
      const resolved = resolveUrl(href);
      if (resolved) a.setAttribute('href', resolved);
      else a.removeAttribute('href');
    }
  } else if (node.nodeName === 'IMG') {
    const img = node as Element;
    const lazy = LAZY_SRC_ATTRS.map((a) => img.getAttribute(a)).find((v) => v && !v.startsWith('data:'));
    if (lazy && isPlaceholder(img.getAttribute('src'))) {
      const resolved = resolveUrl(lazy);
      if (resolved) img.setAttribute('src', resolved);
    }
    const src = img.getAttribute('src');
    if (src !== null && !HAS_SCHEME.test(src.trim())) {
      const resolved = resolveUrl(src);
      if (resolved) img.setAttribute('src', resolved);
      else img.removeAttribute('src');
    }
  }
});

purify.addHook('afterSanitizeAttributes', (node) => {
  if (node.nodeName === 'A') {
    const a = node as Element;
    if (a.hasAttribute('href')) {
      a.setAttribute('target', '_blank');
      a.setAttribute('rel', 'noopener noreferrer');
    } else {
      a.removeAttribute('target');
    }
  } else if (node.nodeName === 'IMG') {
    const img = node as Element;
    const src = img.getAttribute('src');
    // DOMPurify lets any data: URI through on <img>; only inline raster images are pictures.
    if (src?.startsWith('data:') && !RASTER_DATA_IMAGE.test(src)) img.removeAttribute('src');
    img.setAttribute('referrerpolicy', 'no-referrer');
    img.setAttribute('loading', 'lazy');
  } else if ((node as Element).hasAttribute?.('target')) {
    (node as Element).removeAttribute('target');
  }
});

function withBase<T>(pageUrl: string, run: () => T): T {
  baseUrl = pageUrl;
  try {
    return run();
  } finally {
    baseUrl = 'about:blank';
  }
}

/** Sanitised article nodes, ready to insert. */
export function sanitizeToFragment(html: string, pageUrl: string): DocumentFragment {
  return withBase(pageUrl, () => purify.sanitize(html, { ...CONFIG, RETURN_DOM_FRAGMENT: true }));
}

/** Sanitised article HTML as a string, for exports (rich-HTML copy). */
export function sanitizeToString(html: string, pageUrl: string): string {
  return withBase(pageUrl, () => purify.sanitize(html, { ...CONFIG }));
}

interface Props {
  /** Untrusted HTML (the engine's `article.contentHtml`). */
  html: string;
  /** The page's URL, to resolve relative and lazy image addresses. */
  pageUrl: string;
  /** Keep only the first this many characters of text (keepFirstChars); omitted: all of it. */
  maxChars?: number;
  class?: string;
  lang?: string;
  dir?: 'ltr' | 'rtl';
}

/** Renders untrusted article HTML after sanitising it. */
export function SanitizedHtml({ html, pageUrl, maxChars, ...rest }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const nodes = sanitizeToFragment(html, pageUrl);
    if (maxChars !== undefined) keepFirstChars(nodes, maxChars);
    ref.current?.replaceChildren(nodes);
  }, [html, pageUrl, maxChars]);
  return <div ref={ref} {...rest} />;
}
