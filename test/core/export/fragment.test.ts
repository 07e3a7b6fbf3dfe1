import { describe, expect, it } from 'vitest';
import { isSafeUrl } from '../../../src/core/export/index';

describe('isSafeUrl', () => {
  it.each([
    'https://example.com/a',
    'http://x',
    '/relative/path',
    'page.html',
    '#note-1',
    '?q=1',
    'mailto:desk@example.com',
    'tel:+441234',
    'file:///tmp/page.html',
    '',
  ])('lets %s through', (url) => {
    expect(isSafeUrl(url)).toBe(true);
  });

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\u0000script:x',
    'vbscript:msgbox',
    'data:text/html,<script>x</script>',
    'blob:https://x/1',
    'chrome-extension://abc/page.html',
  ])('refuses %j', (url) => {
    expect(isSafeUrl(url)).toBe(false);
  });

  it('allows data: only for raster images, and only where an image is loaded', () => {
    expect(isSafeUrl('data:image/png;base64,iVBORw0KGgo=', true)).toBe(true);
    expect(isSafeUrl('data:image/png;base64,iVBORw0KGgo=')).toBe(false);
    expect(isSafeUrl('data:image/svg+xml,<svg onload=alert(1)>', true)).toBe(false);
  });
});
