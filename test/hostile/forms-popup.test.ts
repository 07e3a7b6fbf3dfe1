// @vitest-environment jsdom
/**
 * Issue 15, item 2, in the popup: its article view and copies take a form's text like any other block
 * (DOMPurify drops the <form> tag and keeps what is in it) and drop the controls with their labels' values.
 */
import { describe, expect, it } from 'vitest';
import { clipboardPayload, loadExporters, sanitizedResult } from '../../src/popup/copy';
import { sanitizeToString } from '../../src/ui/SanitizedHtml';
import { NO_ATTRIBUTION, resultWith } from '../core/export/helpers';

const PAGE = 'https://shop.example/blanket';
const FORM =
  '<form action="/basket"><p>Soft fleece on both sides.</p><select name="c"><option>Grey option</option></select>' +
  '<textarea>Typed note</textarea><button>Add to basket</button><input name="n"></form>';

describe('a form in the popup', () => {
  it('the article view keeps its text and none of its controls', () => {
    expect(sanitizeToString(FORM, PAGE)).toBe('<p>Soft fleece on both sides.</p>');
  });

  it.each(['text', 'markdown', 'html'] as const)('the %s copy keeps its text', async (format) => {
    const shown = sanitizedResult(resultWith(FORM, NO_ATTRIBUTION, 'Blanket'), PAGE);
    const copy = clipboardPayload(await loadExporters(), shown, format, null, PAGE);
    for (const out of copy.html === null ? [copy.text] : [copy.text, copy.html]) {
      expect(out).toContain('Soft fleece on both sides.');
      expect(out).not.toMatch(/Grey option|Typed note|Add to basket/);
    }
  });
});
