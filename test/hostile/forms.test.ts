/**
 * Issue 15, item 2: an article inside a <form> (shop pages, CMSs that wrap the whole page in one) lost all
 * its text in the text, Markdown and HTML exports while json kept it. The form's text stays in every format;
 * its controls (input, select and its options, button, textarea) are page UI and go.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXPORT_FORMATS, exportSelection } from '../../src/core/export/index';
import { runCli } from '../cli/helpers';
import { exportBody, exportDocument, NO_ATTRIBUTION, resultWith } from '../core/export/helpers';
import { scratchFolder, STORY_PARAGRAPHS } from './scratch';

const FORM =
  '<form action="/basket" method="post"><h2>Two-layer cat blanket</h2><p>Soft fleece on both sides, with the name embroidered.</p>' +
  '<fieldset><legend>Colour</legend><label>Pick one <select name="c"><option>Grey option</option></select></label></fieldset>' +
  '<input type="number" name="n" value="1"><textarea name="note">Typed note</textarea><button>Add to basket</button></form>';
const KEPT = [
  'Two-layer cat blanket',
  'Soft fleece on both sides, with the name embroidered.',
  'Colour',
  'Pick one',
];
const DROPPED = [
  'Grey option',
  'Typed note',
  'Add to basket',
  '<input',
  '<select',
  '<textarea',
  '<button',
  '<form',
];

describe('an article inside a form', () => {
  it.each(EXPORT_FORMATS)('%s keeps the form’s text and drops its controls', (format) => {
    const doc = exportDocument();
    for (const out of [
      exportBody(FORM, format),
      exportSelection(FORM, resultWith('', NO_ATTRIBUTION, ''), format, doc),
    ]) {
      for (const text of KEPT) expect(out).toContain(text);
      for (const text of DROPPED) expect(out).not.toContain(text);
    }
  });

  it('plain text and Markdown keep the form’s blocks apart', () => {
    const blocks = (format: 'text' | 'markdown') =>
      exportBody(`<p>Before</p>${FORM}<p>After</p>`, format).split('\n\n');
    const text = ['Before', 'Two-layer cat blanket', 'Soft fleece on both sides, with the name embroidered.'];
    expect(blocks('text')).toEqual([...text, 'Colour', 'Pick one', 'After']);
    expect(blocks('markdown')).toEqual([
      'Before',
      '## Two-layer cat blanket',
      ...text.slice(2),
      'Colour',
      'Pick one',
      'After',
    ]);
  });

  it('a form with nothing but controls leaves nothing behind', () => {
    const out = exportBody(
      '<p>Story</p><form action="/s"><input name="q"><button>Search</button></form>',
      'html',
    );
    expect(out).toBe('<article lang="en"><p>Story</p></article>');
  });
});

describe('cleanwire clean on a page whose article sits in a form', () => {
  const scratch = scratchFolder();
  // Readability keeps a form inside the article (it drops one that is the article's own container).
  const page = scratch.write(
    'in-form.html',
    `<!DOCTYPE html><html lang="en"><head><title>Harbour reopens</title></head><body>
<article><h1>Harbour reopens</h1><div class="entry"><p>Opening paragraph, outside the form, as a shop page has it.</p>
<form class="details" action="/basket" method="post">${STORY_PARAGRAPHS}<label>Copies <input name="n"></label><button>Order</button></form>
</div></article></body></html>`,
  );

  it.each(['text', 'markdown', 'html'])('--format %s prints the article', async (format) => {
    const { code, stdout, stderr } = await runCli(['clean', '--format', format, page]);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(stdout).toContain('The harbour reopened to shipping on Tuesday');
    expect(stdout).toContain('worried about the storms forecast for next month.');
  });
});

const KATZENDECKE = join(
  import.meta.dirname,
  '../../../shared/corpus/trafilatura-dev/uniqz.de.katzendecke.html',
);

describe.skipIf(!existsSync(KATZENDECKE))('the corpus page that lost its body (uniqz.de.katzendecke)', () => {
  it.each(['text', 'markdown', 'html'])('--format %s prints the product text json has', async (format) => {
    const { code, stdout } = await runCli(['clean', '--format', format, KATZENDECKE]);
    expect(code).toBe(0);
    expect(stdout).toContain('Hochwertige Hunde- oder Katzendecke in besonders kuscheliger');
  });
});
if (!existsSync(KATZENDECKE)) console.warn(`${KATZENDECKE} not found: the corpus form test is skipped`);
