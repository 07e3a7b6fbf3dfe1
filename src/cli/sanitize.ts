import createDOMPurify from 'dompurify';

/**
 * DOMPurify bound to a jsdom window: the same sanitizer the extension runs before HTML reaches a page or the
 * clipboard, applied to `--format html` output so the CLI never prints what the extension would refuse.
 */
export function htmlSanitizer(window: unknown): (html: string) => string {
  const purify = createDOMPurify(window as Parameters<typeof createDOMPurify>[0]);
  return (html) => purify.sanitize(html);
}
