import { describe, expect, it } from 'vitest';
import { parseDate } from '../../../src/core/attribution/dates';

describe('parseDate', () => {
  it.each([
    // ISO 8601 and its common variants
    ['2018-08-07', '2018-08-07'],
    ['2018-08-07T00:05:00+05:30', '2018-08-07T00:05:00+05:30'],
    ['2018-08-07T00:05:00+0530', '2018-08-07T00:05:00+05:30'],
    ['2018-08-07T00:05:00.000Z', '2018-08-07T00:05:00Z'],
    ['2018-08-07T00:05-04:00', '2018-08-07T00:05:00-04:00'],
    ['2018-08-07 00:05:00', '2018-08-07T00:05:00'],
    ['2018/08/07', '2018-08-07'],
    // RFC 2822
    ['Tue, 07 Aug 2018 00:05:00 +0530', '2018-08-07T00:05:00+05:30'],
    ['Tue, 07 Aug 2018 00:05:00 GMT', '2018-08-07T00:05:00Z'],
    // what news pages print
    ['Wed, August 08, 2018', '2018-08-08'],
    ['August 7, 2018', '2018-08-07'],
    ['Aug. 7, 2018', '2018-08-07'],
    ['August 7th, 2018', '2018-08-07'],
    ['7 August 2018', '2018-08-07'],
    ['7th of August 2018', '2018-08-07'],
    ['Tue, August 07 2018. 00:05 IST', '2018-08-07T00:05:00+05:30'],
    ['12:05 am IST, Aug 7, 2018', '2018-08-07T00:05:00+05:30'],
    ['Aug 7, 2018 | 5:30 PM', '2018-08-07T17:30:00'],
    ['August 07, 2018 12:05 PM CEST', '2018-08-07T12:05:00+02:00'],
    ['7 Aug 2018 10:05 CET', '2018-08-07T10:05:00+01:00'],
    ['Aug 7, 2018 10:05 a.m. PST', '2018-08-07T10:05:00-08:00'],
    ['Aug 7, 2018 10:05 UTC', '2018-08-07T10:05:00Z'],
    ['Aug 7, 2018 10:05 EST', '2018-08-07T10:05:00-05:00'],
    ['Aug 7, 2018 10:05 GMT+2', '2018-08-07T10:05:00+02:00'],
    // other languages and orders
    ['07.08.2018', '2018-08-07'],
    ['07.08.2018, 10:05 Uhr', '2018-08-07T10:05:00'],
    ['7. August 2018', '2018-08-07'],
    ['7. März 2018', '2018-03-07'],
    ['1er août 2018 à 10h05', '2018-08-01T10:05:00'],
    ['7 de agosto de 2018', '2018-08-07'],
    ['2018年8月7日', '2018-08-07'],
    ['13/07/2018', '2018-07-13'],
    ['07/13/2018', '2018-07-13'],
    // Unix time, as some meta tags carry it
    ['1533580500', '2018-08-06T18:35:00Z'],
  ])('%s → %s', (input, expected) => {
    expect(parseDate(input)).toBe(expected);
  });

  it('follows US daylight saving for ET and PT', () => {
    expect(parseDate('Aug 7, 2018, 10:05 AM ET')).toBe('2018-08-07T10:05:00-04:00');
    expect(parseDate('Jan 7, 2018, 10:05 AM ET')).toBe('2018-01-07T10:05:00-05:00');
    expect(parseDate('Dec 1, 2018 9:00 PM PT')).toBe('2018-12-01T21:00:00-08:00');
  });

  it.each([
    ['31 February 2018'],
    ['2018-13-01'],
    ['2018-02-30'],
    ['29.02.2019'],
    ['Updated 3 hours ago'],
    ['AIRLINK 212.82 Increased By ▲ 3.27 (1.56%)'],
    ['August 2018'],
    [''],
  ])('no date in %j', (input) => {
    expect(parseDate(input)).toBeNull();
  });

  it('does not guess between day-first and month-first when both could be right', () => {
    expect(parseDate('08/07/2018')).toBeNull();
  });

  it('keeps 29 February of a leap year', () => {
    expect(parseDate('29.02.2020')).toBe('2020-02-29');
  });

  it('drops an impossible time but keeps the day', () => {
    expect(parseDate('Aug 7, 2018 25:61')).toBe('2018-08-07');
  });

  it('never throws, whatever it is given', () => {
    for (const bad of [null, undefined, 42 as unknown as string, '\u0000\uffff', 'x'.repeat(100000)]) {
      expect(() => parseDate(bad)).not.toThrow();
      expect(parseDate(bad)).toBeNull();
    }
  });

  it('returns only dates that JavaScript can read back to the same day', () => {
    const inputs = [
      'Tue, August 07 2018. 00:05 IST',
      '7 August 2018',
      '2018-08-07T00:05:00.000Z',
      '07.08.2018',
    ];
    for (const input of inputs) {
      const iso = parseDate(input)!;
      expect(Number.isNaN(Date.parse(iso))).toBe(false);
      expect(iso.slice(0, 10)).toMatch(/^2018-08-07$/);
    }
  });
});
