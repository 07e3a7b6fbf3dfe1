import { describe, expect, it } from 'vitest';
import { cleanByline, looksLikeName } from '../../../src/core/attribution/byline';
import { attributionOf, page } from './helpers';

describe('cleanByline', () => {
  it.each([
    ['By Melissa Porter', 'Melissa Porter'],
    ['Economy | By Melissa Porter', 'Melissa Porter'],
    ['By Jane Doe | Updated Aug 8, 2018, 10:05 AM', 'Jane Doe'],
    ['By Jane Doe, Updated: 10:05 AM IST', 'Jane Doe'],
    ['Jane Doe, Aug 7, 2018', 'Jane Doe'],
    ['By Jane Doe on Tuesday, August 7, 2018', 'Jane Doe'],
    ['Written by Jane Doe', 'Jane Doe'],
    ['Author: Jane Doe', 'Jane Doe'],
    ['By Jane Doe (jane.doe@example.com)', 'Jane Doe'],
    ['By Jane Doe @janedoe', 'Jane Doe'],
    ['Bradley M. Kuhn (http://ebb.org/bkuhn/)', 'Bradley M. Kuhn'],
    ['Jane Doe and John Roe', 'Jane Doe and John Roe'],
    ['AFP | New York', 'AFP'],
    ['By AFP', 'AFP'],
    ['Von Anna Schmidt', 'Anna Schmidt'],
    ['  By\u00a0 Melissa   Porter  ', 'Melissa Porter'],
    ['Ein Artikel von Anna Schmidt | 27.01.2022 - 12:45', 'Anna Schmidt'],
    ['Erstellt von Anna Schmidt', 'Anna Schmidt'],
    ['Écrit par Jeanne Dupont', 'Jeanne Dupont'],
    ['Redacci&oacute;n Diario Ejemplo', 'Redacción Diario Ejemplo'],
    ['By Jane Doe, Privacy and Digital Security Expert', 'Jane Doe'],
    ['Jane Doe Contributing Writer', 'Jane Doe'],
    ['Jane Doe Founder & Lead Reviewer', 'Jane Doe'],
    ['Jane Doe - Example Editorial Team', 'Jane Doe'],
    ['Jane Doe, John Roe & Ann Poe', 'Jane Doe, John Roe & Ann Poe'],
    ['Jane Doe and Staff', 'Jane Doe and Staff'],
    ['Fran&ccedil;ois M&uuml;ller &amp; Jos&#233; P&#xE9;rez', 'François Müller & José Pérez'],
  ])('%j → %j', (raw, expected) => {
    expect(cleanByline(raw)).toBe(expected);
  });

  it.each([
    [''],
    ['   '],
    ['jane@example.com'],
    ['https://www.facebook.com/janedoe'],
    ['x'.repeat(400)],
    [null],
    [undefined],
  ])('nothing from %j', (raw) => {
    expect(cleanByline(raw)).toBeNull();
  });
});

describe('looksLikeName', () => {
  it.each([
    'Melissa Porter',
    'Jane Doe and John Roe',
    'Jean-Pierre de la Fontaine',
    'J. R. Smith',
    'AFP',
    'dpa',
    'MELISSA PORTER',
    '李明',
  ])('%s is a name', (s) => expect(looksLikeName(s)).toBe(true));
  it.each(['the end of the day', 'Messenger to be woven into 3 things', 'Breaking news. more follows', ''])(
    '%j is not',
    (s) => expect(looksLikeName(s)).toBe(false),
  );
});

describe('byline elements read with a space between their parts', () => {
  it('"Jane Doe" and "Published …" in sibling elements are not "Jane DoePublished"', () => {
    const doc = page(
      '',
      '<article><h1>Headline</h1><div class="author"><a href="/a/jd">Jane Doe</a><span>Published Aug 7, 2018</span></div><p>Story text.</p></article>',
    );
    expect(attributionOf(doc).byline).toEqual({ value: 'Jane Doe', source: 'text' });
  });
});
