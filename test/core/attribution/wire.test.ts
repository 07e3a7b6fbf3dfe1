import { describe, expect, it } from 'vitest';
import { AGENCIES } from '../../../src/core/attribution/agencies';
import { attributionOf, jsonLd, page } from './helpers';

const BODY =
  'Facebook has asked major US banks to share customer data.\n\nThe goal was to create new ways for Messenger.';
const wireOf = (more: Parameters<typeof attributionOf>[1], doc: Document | null = null) =>
  attributionOf(doc, more).wire;

describe('datelines at the start of the story', () => {
  it.each([
    ['NEW YORK (AFP) - Facebook has asked banks.', 'AFP'],
    ['New York (Reuters) - Facebook has asked banks.', 'Reuters'],
    ['WASHINGTON (AP) — Facebook has asked banks.', 'AP'],
    ['AFP | New York', 'AFP'],
    ['Berlin (dpa) - Facebook hat Banken gebeten.', 'dpa'],
    ['New Delhi, Aug 7 (PTI) The government said on Tuesday.', 'PTI'],
    ['New Delhi, Aug 7 (IANS) The government said on Tuesday.', 'IANS'],
    ['NEW DELHI (ANI): The government said on Tuesday.', 'ANI'],
    ['MADRID, 7 ago (EFE).- El Gobierno dijo.', 'EFE'],
    ['(ANSA) - ROMA, 7 AGO - Il governo ha detto.', 'ANSA'],
    ['TOKYO (Kyodo) -- The government said.', 'Kyodo'],
    ['BEIJING, Aug. 7 (Xinhua) -- China said.', 'Xinhua'],
    ['WASHINGTON, Aug. 7 (UPI) -- The agency said.', 'UPI'],
    ['Wien (APA) - Die Regierung sagte.', 'APA'],
    ['Bonn (KNA) - Die Bischöfe sagten.', 'KNA'],
    ['Frankfurt (epd) - Die Kirche sagte.', 'epd'],
    ['Bern (SDA) - Der Bundesrat sagte.', 'Keystone-SDA'],
    ['BRUSSEL (BELGA) - De regering zei.', 'Belga'],
    ['DEN HAAG (ANP) - Het kabinet zei.', 'ANP'],
    ['MOSCOW, August 7. /TASS/. The Kremlin said.', 'TASS'],
    ['SEOUL, Aug. 7 (Yonhap) -- South Korea said.', 'Yonhap'],
    ['LONDON (PA) - Ministers said.', 'PA Media'],
    ['ISLAMABAD, Aug 7 (APP): The government said.', 'APP'],
  ])('%s → %s', (firstLine, agency) => {
    const wire = wireOf({ articleText: `${firstLine}\n\n${BODY}` });
    expect(wire?.agency).toBe(agency);
    expect(wire?.evidence[0]).toMatch(/^dateline: "/);
  });

  it('reads a dateline in the second line, under a headline kept in the text', () => {
    expect(
      wireOf({
        articleText: `Facebook asks big banks to share customer details\n\nAFP | New York\n\n${BODY}`,
      })?.agency,
    ).toBe('AFP');
  });

  it('does not take a parenthesised abbreviation in an opening sentence for a dateline', () => {
    expect(wireOf({ articleText: 'The Associated Press (AP) Stylebook says so.\n\nMore.' })).toBeNull();
    expect(wireOf({ articleText: 'Photo (AFP/Getty Images) - a crowd.\n\nMore.' })).toBeNull();
    expect(
      wireOf({ articleText: 'President Trump speaks. JIM WATSON/AFP/Getty Images\n\nMore.' }),
    ).toBeNull();
    expect(wireOf({ articleText: 'JIM WATSON/AFP/Getty Images\n\nMore.' })).toBeNull();
  });

  it('does not look for datelines deep inside the story', () => {
    const lines = ['One.', 'Two.', 'Three.', 'Four.', 'Five.', 'PARIS (AFP) - A quoted older story.', 'Six.'];
    expect(wireOf({ articleText: lines.join('\n\n') })).toBeNull();
  });
});

describe('trailers at the end of the story and removed credit lines', () => {
  it.each([
    ['Copyright Agence France-Presse, 2018', 'AFP'],
    ['© AFP 2018', 'AFP'],
    ['(Reporting by Jane Doe in New York; Editing by John Roe)', 'Reuters'],
    ['Reporting by Jane Doe; Additional reporting by Ann Lee; Editing by John Roe', 'Reuters'],
    ['© Thomson Reuters', 'Reuters'],
    ['(c) Copyright Thomson Reuters 2018.', 'Reuters'],
    ['Our Standards: The Thomson Reuters Trust Principles.', 'Reuters'],
    [
      'Copyright 2018 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.',
      'AP',
    ],
    ['© 2018 Bloomberg L.P.', 'Bloomberg'],
    ['To contact the reporter on this story: Jane Doe in New York at jdoe@bloomberg.net', 'Bloomberg'],
    ['— AFP', 'AFP'],
    ['(Reuters)', 'Reuters'],
    ['Copyright 2018 Press Trust of India', 'PTI'],
    ['© dpa-infocom, dpa:180807-99-123', null],
    ['Copyright 2018 Business Recorder', null],
  ])('%s → %s', (line, agency) => {
    const wire = wireOf({ articleText: `${BODY}\n\n${line}` });
    expect(wire?.agency ?? null).toBe(agency);
    // the same line taken out by a rule counts the same
    expect(wireOf({ articleText: BODY, removedTexts: [line] })?.agency ?? null).toBe(agency);
  });

  it('names the trailer in the evidence', () => {
    const wire = wireOf({ articleText: BODY, removedTexts: ['Copyright Agence France-Presse, 2018'] });
    expect(wire).toEqual({
      agency: 'AFP',
      name: 'Agence France-Presse',
      evidence: ['trailer: "Copyright Agence France-Presse, 2018"'],
    });
  });
});

describe('quotes attributed to an agency are not syndication', () => {
  const quotes = [
    'Facebook has asked major US banks to share customer data, a banking source told AFP on Monday.',
    'Facebook confirmed the effort in a statement to AFP.',
    'JPMorgan Chase spokeswoman Patricia Wexler directed AFP to a statement given to the Wall Street Journal.',
    "Citigroup did not immediately respond to AFP's requests for comment.",
    '"We partner with banks," Facebook told AFP by email.',
  ].join('\n\n');

  it('"told AFP", "statement to AFP", "directed AFP", "AFP\'s requests" alone do not make the wire AFP', () => {
    expect(wireOf({ articleText: quotes })).toBeNull();
  });

  it('the same for Reuters and AP', () => {
    expect(
      wireOf({
        articleText: 'A source told Reuters on Monday.\n\nThe company told The Associated Press it agreed.',
      }),
    ).toBeNull();
  });

  it('a byline element of a staff writer plus quotes is still not a wire story', () => {
    const doc = page(
      '<meta name="author" content="Melissa Porter">',
      '<article><span class="byline">By Melissa Porter</span></article>',
    );
    expect(wireOf({ articleText: quotes }, doc)).toBeNull();
  });
});

describe('structured data and bylines', () => {
  it.each([
    [{ author: { '@type': 'Organization', name: 'AFP' } }, 'AFP', 'json-ld author: AFP'],
    [
      { author: [{ name: 'Jane Doe' }, { name: 'Agence France-Presse' }] },
      'AFP',
      'json-ld author: Agence France-Presse',
    ],
    [{ creator: 'Reuters Staff' }, 'Reuters', 'json-ld creator: Reuters Staff'],
    [
      { sourceOrganization: { name: 'The Associated Press' } },
      'AP',
      'json-ld sourceOrganization: The Associated Press',
    ],
    [{ author: 'Bloomberg News' }, 'Bloomberg', 'json-ld author: Bloomberg News'],
    [{ provider: { name: 'Press Trust of India' } }, 'PTI', 'json-ld provider: Press Trust of India'],
    [{ author: 'Jane Doe, dpa' }, 'dpa', 'json-ld author: Jane Doe, dpa'],
  ])('JSON-LD %j → %s', (fields, agency, evidence) => {
    const wire = wireOf({ articleText: BODY }, page(jsonLd({ '@type': 'NewsArticle', ...fields })));
    expect(wire?.agency).toBe(agency);
    expect(wire?.evidence).toContain(evidence);
  });

  it('meta author that is an agency', () => {
    const wire = wireOf({ articleText: BODY }, page('<meta name="author" content="AFP">'));
    expect(wire).toEqual({ agency: 'AFP', name: 'Agence France-Presse', evidence: ['meta author: AFP'] });
  });

  it('a byline "AFP" is shown as the byline and also sets the wire', () => {
    const doc = page('', '<article><p class="byline">By AFP</p><p>Text.</p></article>');
    const a = attributionOf(doc, { articleText: BODY });
    expect(a.byline).toEqual({ value: 'AFP', source: 'text' });
    expect(a.wire?.agency).toBe('AFP');
  });

  it('a byline element "AFP | New York" gives byline AFP and wire AFP', () => {
    const doc = page('', '<article><div class="byline">AFP  |  New York</div><p>Text.</p></article>');
    const a = attributionOf(doc, { articleText: BODY });
    expect(a.byline).toEqual({ value: 'AFP', source: 'text' });
    expect(a.wire?.agency).toBe('AFP');
    expect(a.wire?.evidence).toContain('dateline: "AFP | New York"');
  });

  it('Readability\'s byline "AFP | New York" (taken out of the text) is read as a dateline too', () => {
    const a = attributionOf(page(''), {
      articleText: BODY,
      readability: { byline: 'AFP  |  New York', siteName: null, publishedTime: null },
    });
    expect(a.byline).toEqual({ value: 'AFP', source: 'readability' });
    expect(a.wire?.evidence).toEqual(['byline: "AFP"', 'dateline: "AFP | New York"']);
  });

  it("Readability's byline that is an agency sets the wire", () => {
    expect(
      wireOf({
        articleText: BODY,
        readability: { byline: 'By Reuters', siteName: null, publishedTime: null },
      })?.agency,
    ).toBe('Reuters');
  });

  it('an agency as JSON-LD publisher is the wire, not the site name', () => {
    const doc = page(
      jsonLd({ '@type': 'NewsArticle', publisher: { name: 'AFP' } }) +
        '<meta property="og:site_name" content="Yahoo News">',
    );
    const a = attributionOf(doc, { articleText: BODY });
    expect(a.siteName).toEqual({ value: 'Yahoo News', source: 'meta' });
    expect(a.wire?.agency).toBe('AFP');
  });

  it('a person whose name contains an agency tag is not an agency', () => {
    const doc = page(
      '<meta name="author" content="Ani Sharma">' +
        jsonLd({ '@type': 'NewsArticle', author: 'Michael Bloomberg' }),
    );
    expect(wireOf({ articleText: BODY }, doc)).toBeNull();
  });

  it('photo credits do not make a wire story', () => {
    expect(wireOf({ articleText: `Photo: AFP\n\n${BODY}\n\nAFP/Getty Images` })).toBeNull();
  });
});

describe('combining signals', () => {
  it('a syndication disclaimer alone names no agency', () => {
    const disclaimer =
      '(This story has not been edited by Business Standard staff and is auto-generated from a syndicated feed.)';
    expect(wireOf({ articleText: BODY, removedTexts: [disclaimer] })).toBeNull();
  });

  it('a syndication disclaimer joins the agency the other evidence names, and is listed', () => {
    const disclaimer =
      '(This story has not been edited by Business Standard staff and is auto-generated from a syndicated feed.)';
    const wire = wireOf({ articleText: `AFP | New York\n\n${BODY}`, removedTexts: [disclaimer] });
    expect(wire?.agency).toBe('AFP');
    expect(wire?.evidence[0]).toBe('dateline: "AFP | New York"');
    expect(wire?.evidence.at(-1)).toMatch(/^syndicated feed: "\(This story has not been edited/);
  });

  it("a syndicated story quoting only AFP is AFP's (disclaimer + mention)", () => {
    const wire = wireOf({
      articleText: `${BODY}\n\nA source told AFP on Monday.`,
      removedTexts: [
        '(This story has not been edited by Business Standard staff and is auto-generated from a syndicated feed.)',
      ],
    });
    expect(wire?.agency).toBe('AFP');
    expect(wire?.evidence).toContain('mention: "A source told AFP"');
  });

  it('a contribution credit alone is not enough; with another signal it is', () => {
    const credit = 'The Associated Press contributed to this report.';
    expect(wireOf({ articleText: `${BODY}\n\n${credit}` })).toBeNull();
    expect(
      wireOf({ articleText: `${BODY}\n\nThe company told The Associated Press.\n\n${credit}` })?.agency,
    ).toBe('AP');
    expect(wireOf({ articleText: `${BODY}\n\n(With inputs from PTI)` })).toBeNull();
  });

  it('the strongest agency wins when several are named', () => {
    const wire = wireOf({
      articleText: `NEW DELHI, Aug 7 (PTI) The government said.\n\nA source told AFP.\n\nReuters reported earlier.\n\n${BODY}`,
    });
    expect(wire?.agency).toBe('PTI');
  });

  it('two agencies in one dateline: the first named, with the dateline as evidence', () => {
    const wire = wireOf({ articleText: `Berlin (dpa/AFP) - Text.\n\n${BODY}` });
    expect(wire?.agency).toBe('dpa');
    expect(wire?.evidence).toEqual(['dateline: "Berlin (dpa/AFP) -"']);
  });
});

describe('the agency table', () => {
  it('has one entry per agency, every tag and name unique across entries', () => {
    const agencies = AGENCIES.map((a) => a.agency);
    expect(new Set(agencies).size).toBe(agencies.length);
    const tags = AGENCIES.flatMap((a) => a.tags);
    expect(new Set(tags).size).toBe(tags.length);
    const names = AGENCIES.flatMap((a) => a.names.map((n) => n.toLowerCase()));
    expect(new Set(names).size).toBe(names.length);
  });

  it('covers the agencies the issue names', () => {
    const known = new Set(AGENCIES.map((a) => a.agency));
    for (const a of [
      'AFP',
      'Reuters',
      'AP',
      'Bloomberg',
      'PTI',
      'IANS',
      'ANI',
      'dpa',
      'EFE',
      'ANSA',
      'Kyodo',
      'Xinhua',
      'UPI',
      'APA',
      'KNA',
      'epd',
      'Keystone-SDA',
      'Belga',
      'ANP',
      'TASS',
      'Yonhap',
      'PA Media',
    ]) {
      expect(known.has(a), a).toBe(true);
    }
  });

  it('every agency is recognised by its own short name and full name as a byline', () => {
    for (const entry of AGENCIES) {
      for (const label of [...entry.tags, ...entry.names]) {
        const wire = wireOf({
          articleText: BODY,
          readability: { byline: `By ${label}`, siteName: null, publishedTime: null },
        });
        expect(wire?.agency, label).toBe(entry.agency);
      }
    }
  });

  it('every trailer pattern compiles', () => {
    for (const entry of AGENCIES)
      for (const t of entry.trailers ?? []) expect(() => new RegExp(t, 'iu')).not.toThrow();
  });
});
