import { describe, expect, it } from 'vitest';
import { readMeta } from '../../../src/core/attribution/meta';
import { attributionOf, page } from './helpers';

const metasOf = (doc: Document) => [...doc.querySelectorAll('meta')];

describe('<meta> keys: property before name', () => {
  it('under one key, a property value comes before a name value written earlier', () => {
    const doc = page(
      '<meta name="DC.creator" content="Name Author"><meta property="dc:creator" content="J. Doe">',
    );
    expect(readMeta(metasOf(doc)).get('dc.creator')).toEqual(['J. Doe', 'Name Author']);
    expect(attributionOf(doc).byline).toEqual({ value: 'J. Doe', source: 'meta' });
  });

  it('a tag with both property and name ranks as a property under each of its keys', () => {
    const doc = page(
      '<meta name="author" content="Site Staff">' + '<meta property="author" name="author" content="J. Doe">',
    );
    expect(readMeta(metasOf(doc)).get('author')).toEqual(['J. Doe', 'Site Staff', 'J. Doe']);
    expect(attributionOf(doc).byline).toEqual({ value: 'J. Doe', source: 'meta' });
  });

  it('names alone keep document order', () => {
    const doc = page('<meta name="author" content="Jane Doe"><meta name="author" content="John Roe">');
    expect(readMeta(metasOf(doc)).get('author')).toEqual(['Jane Doe', 'John Roe']);
  });
});
