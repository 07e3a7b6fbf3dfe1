/**
 * Pattern facts (src/core/rules/pattern-facts.ts) let the matcher skip an element without running a
 * text rule's pattern. They may over-accept, never under-accept: whenever the pattern matches a text,
 * the filter must let that text through. Checked on chosen constructs, case-folding corners, every
 * built-in rule's fixtures (and their upper/lower-case forms), and the shared corpus when present.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../../../src/core/rules/compile';
import { maxTextLength, patternFacts, textFilter, TextFilters } from '../../../src/core/rules/pattern-facts';
import { collapse } from '../../../src/core/text';
import { CASES } from '../../rules/cases';

const RULES = builtinRules(() => true).filter((r) => r.text);

/** What the matcher decides before running the pattern: false = skipped. */
function passes(source: string, flags: string, text: string): boolean {
  const filters = new TextFilters([textFilter(patternFacts(source, flags))]);
  filters.use(text);
  return filters.may(0);
}

function expectSound(source: string, flags: string, text: string): void {
  if (new RegExp(source, flags).test(text))
    expect(passes(source, flags, text), `${source} on "${text}"`).toBe(true);
}

describe('maxTextLength', () => {
  it('bounds patterns anchored at both ends, in code units', () => {
    expect(maxTextLength('^Related news:?$', 'i')).toBe(13);
    expect(maxTextLength('^a$|^bc$', '')).toBe(2);
    expect(maxTextLength('^a{2,3}$', '')).toBe(3);
    expect(maxTextLength('^(?=x)ab$', '')).toBe(2);
    expect(maxTextLength('^ab$', 'u')).toBe(4); // an astral character takes two units
  });

  it('is Infinity when a side is open, the pattern repeats without end, or is multiline', () => {
    expect(maxTextLength('^Related', 'i')).toBe(Infinity);
    expect(maxTextLength('Related$', 'i')).toBe(Infinity);
    expect(maxTextLength('^a+$', '')).toBe(Infinity);
    expect(maxTextLength('^a$', 'm')).toBe(Infinity);
    expect(maxTextLength('^(a)\\1$', '')).toBe(Infinity); // a backreference is not read
  });
});

describe('the filter', () => {
  it('rules out texts that do not start with an anchored prefix', () => {
    expect(passes('^(Share|Like) this', 'i', 'SHARE THIS story')).toBe(true);
    expect(passes('^(Share|Like) this', 'i', 'Shared values matter')).toBe(false);
    expect(passes('^(Share|Like) this', 'i', 'We like this')).toBe(false);
    expect(passes('^Related:?$', '', 'related')).toBe(true); // compared in lower case: over-accepts
  });

  it('rules out texts that lack a needed word, wherever the pattern may start', () => {
    expect(passes('^.{0,80}\\b(cookies|Cookie-Richtlinie)\\b', 'iu', 'This site uses COOKIES.')).toBe(true);
    expect(passes('^.{0,80}\\b(cookies|Cookie-Richtlinie)\\b', 'iu', 'The harbour reopened.')).toBe(false);
    expect(passes('Increased By|Decreased By', '', 'AAPL 212 increased by 3')).toBe(true);
    expect(passes('Increased By|Decreased By', '', 'The council met')).toBe(false);
  });

  it('lets everything through when nothing can be said', () => {
    expect(textFilter(patternFacts('^.{0,40}$', 'u'))).toBeNull();
    expect(textFilter(patternFacts('(a)\\1', ''))).toBeNull();
    expect(textFilter(patternFacts('^[^x]', ''))).toBeNull();
    expect(textFilter(patternFacts('^(?i:abc)', ''))).toBeNull(); // syntax the reader does not know
  });

  it('does not take a multiline ^ for the start of the text', () => {
    expect(patternFacts('^Share', 'im').prefixes).toBeNull();
    expectSound('^Share', 'im', 'Story\nShare');
  });

  it('reads classes, escapes and quantifiers as the engine does', () => {
    expectSound('^[A-Z]{2,5} \\d', '', 'AB 1');
    expectSound('^[\\d,]+ comments', 'i', '1,204 Comments');
    expectSound('^\\(?Foto', 'i', '(foto: AFP)');
    expectSound('^a{2}b', '', 'aab');
    expect(passes('^a{2}b', '', 'ab')).toBe(true); // {2}: only the first is certain
    expectSound('^x{', '', 'x{'); // outside the u flag a lone { is a literal
    expectSound('^[\\b]a', '', '\ba'); // \b in a class is a backspace
    expectSound('^\\u0041b', 'i', 'ab');
    expectSound('^a|b$', '', 'xxb');
  });

  it('survives case folding that toLowerCase does not do', () => {
    expectSound('^share', 'iu', 'ſhare this'); // long s folds onto s
    expectSound('^kilo', 'iu', '\u212Ailo'); // Kelvin sign folds onto k
    expectSound('^Σοφία', 'iu', 'ςοφία'); // final sigma folds onto σ
    expectSound('^µ', 'i', 'Μ');
    expectSound('^straße', 'iu', 'STRAẞE');
    expectSound('^i', 'i', 'İstanbul');
  });
});

describe('built-in rules', () => {
  it('carry the facts worked out at build time', () => {
    expect(RULES.every((r) => r.text!.facts !== undefined)).toBe(true);
    for (const r of RULES) expect(r.text!.facts, r.id).toEqual(patternFacts(r.text!.source, r.text!.flags));
  });

  it('let through every fixture text their pattern matches, in any case', () => {
    let matched = 0;
    for (const r of RULES) {
      for (const html of [...(CASES[r.id]?.fires ?? []), ...(CASES[r.id]?.spares ?? [])]) {
        const doc = new JSDOM(`<body>${html}</body>`).window.document;
        for (const el of Array.from(doc.body.querySelectorAll('*'))) {
          const text = collapse(el.textContent ?? '');
          for (const variant of [text, text.toUpperCase(), text.toLowerCase()]) {
            if (new RegExp(r.text!.source, r.text!.flags).test(variant)) matched++;
            expectSound(r.text!.source, r.text!.flags, variant);
          }
        }
      }
    }
    expect(matched).toBeGreaterThan(100); // the check above ran on real matches
  });

  const corpus = join(import.meta.dirname, '../../../../shared/corpus/readability');
  it.skipIf(!existsSync(corpus))(
    'let through every corpus text their pattern matches (needs ../shared/corpus)',
    () => {
      const pages = readdirSync(corpus)
        .filter((n) => existsSync(join(corpus, n, 'source.html')))
        .slice(0, 40);
      let matched = 0;
      for (const name of pages) {
        const html = readFileSync(join(corpus, name, 'source.html'), 'utf8').replace(
          /<(style|script)[\s\S]*?<\/\1>/gi,
          '',
        );
        const doc = new JSDOM(html).window.document;
        for (const el of Array.from(doc.querySelectorAll('body *'))) {
          const text = collapse(el.textContent ?? '');
          if (text.length > 1500) continue;
          for (const r of RULES) {
            if (!new RegExp(r.text!.source, r.text!.flags).test(text)) continue;
            matched++;
            expect(passes(r.text!.source, r.text!.flags, text), `${r.id} on "${text}" (${name})`).toBe(true);
          }
        }
      }
      expect(matched).toBeGreaterThan(50);
    },
    120_000,
  );
});
