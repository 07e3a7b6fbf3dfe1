import { describe, expect, it } from 'vitest';
import { namesTheSite } from '../../../src/core/attribution/url';
import { attributionOf, jsonLd, page } from './helpers';

describe('an author that is the site itself', () => {
  it.each([
    ['Business Standard', 'Business Standard', 'https://www.business-standard.com/a/1'],
    ['jungefreiheit.de', null, 'https://jungefreiheit.de/a/1'],
    ['Deutsche Welle (www.dw.com)', null, 'https://www.dw.com/en/a/1'],
    ['Die FURCHE', null, 'https://www.furche.at/a/1'],
    ['Deutscher Caritasverband e. V.', null, 'https://www.caritas.de/a/1'],
    ['Hanns-Seidel-Stiftung e.V.', null, 'https://www.hss.de/a/1'],
    ['Deutsche Welle', null, 'https://www.dw.com/a/1'],
  ])('%j on %s (site name %j) names the site', (name, site, url) => {
    expect(namesTheSite(name, site, url)).toBe(true);
  });

  it.each([
    ['Melissa Porter', 'Business Recorder', 'https://www.brecorder.com/a/1'],
    ['Dr. Nino Jordan', null, 'https://www.iass-potsdam.de/a/1'],
    ['Jane Doe', null, 'https://news.example.com/a/1'],
  ])('%j on %s is a person', (name, site, url) => {
    expect(namesTheSite(name, site, url)).toBe(false);
  });

  it('a person named in visible text wins over the site named as meta author', () => {
    const doc = page(
      '<meta name="author" content="Die FURCHE">',
      '<article><h1>Headline</h1><span class="byline">Von Ursula Beispiel</span><p>Story text.</p></article>',
      'https://www.furche.at/religion/achtsam-1.html',
    );
    expect(attributionOf(doc, { url: 'https://www.furche.at/religion/achtsam-1.html' }).byline).toEqual({
      value: 'Ursula Beispiel',
      source: 'text',
    });
  });

  it('the site stays the byline when nothing names a person', () => {
    const doc = page(
      '<meta name="author" content="Die FURCHE">',
      '<p>Story text.</p>',
      'https://www.furche.at/a',
    );
    expect(attributionOf(doc, { url: 'https://www.furche.at/a' }).byline).toEqual({
      value: 'Die FURCHE',
      source: 'meta',
    });
  });

  it.each(['CC7567', 'admin', 'janedoe'])(
    'an account name (%s) gives way to a name the page shows',
    (account) => {
      const doc = page(
        jsonLd({ '@type': 'NewsArticle', author: { '@type': 'Person', name: account } }),
        '<article><h1>Headline</h1><span class="author-name">James Beispiel</span><p>Story text.</p></article>',
      );
      expect(attributionOf(doc).byline).toEqual({ value: 'James Beispiel', source: 'text' });
    },
  );

  it('an account name stays when nothing else names anyone; an agency is not an account', () => {
    const alone = page(jsonLd({ '@type': 'NewsArticle', author: 'janedoe' }));
    expect(attributionOf(alone).byline).toEqual({ value: 'janedoe', source: 'json-ld' });
    const agency = page(
      jsonLd({ '@type': 'NewsArticle', author: 'dpa' }),
      '<article><h1>Headline</h1><span class="author-name">James Beispiel</span><p>Story text.</p></article>',
    );
    expect(attributionOf(agency).byline).toEqual({ value: 'dpa', source: 'json-ld' });
  });
});
