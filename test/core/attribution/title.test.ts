import { describe, expect, it } from 'vitest';
import { headline } from '../../../src/core/attribution/title';
import { scanPage } from '../../../src/core/page-scan';
import { page } from './helpers';

const scanOf = (head: string, body: string) => scanPage(page(head, body));

describe('headline', () => {
  it('keeps the head of the title that the <h1> confirms', () => {
    const scan = scanOf('<title>Banks asked for data | The Ledger</title>', '<h1>Banks asked for data</h1>');
    expect(headline('Banks asked for data | The Ledger', scan, null)).toBe('Banks asked for data');
  });

  it('gives the <h1> that goes on where the title stops (the title cut short for the tab)', () => {
    const scan = scanOf(
      '<title>Pros and Cons of Tiny Houses | LoadUp</title>',
      '<h1>Pros and Cons of Tiny Houses: Why Live in One?</h1>',
    );
    expect(headline('Pros and Cons of Tiny Houses | LoadUp', scan, 'LoadUp')).toBe(
      'Pros and Cons of Tiny Houses: Why Live in One?',
    );
  });

  it('does not take an <h1> that is the whole <title> again, site name and all', () => {
    const title = 'Sleep through the night | Patient Education | Children’s Hospital';
    const scan = scanOf(`<title>${title}</title>`, `<h1>${title}</h1>`);
    expect(headline('Sleep through the night | Patient Education', scan, null)).toBe(
      'Sleep through the night | Patient Education',
    );
  });

  it('does not take an <h1> that only shares a one-word head, nor a block of text marked as a heading', () => {
    const short = scanOf('<title>News | Site</title>', '<h1>News about the town hall</h1>');
    expect(headline('News | Site', short, null)).toBe('News | Site');
    const long = `Rain in the valley ${'and more words here '.repeat(10)}`;
    const block = scanOf('<title>Rain in the valley | Site</title>', `<h1>${long}</h1>`);
    expect(headline('Rain in the valley | Site', block, 'Site')).toBe('Rain in the valley');
  });
});
