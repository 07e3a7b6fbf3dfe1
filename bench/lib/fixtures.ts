import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { normalizeSpace, sameDate, sameText } from './score';

/** The attribution a fixture page must yield. `null` = the page gives none and none may be invented. */
export interface ExpectedAttribution {
  siteName: string | null;
  byline: string | null;
  /** ISO 8601; date-only means "this calendar date", with a time it means "this instant". */
  published: string | null;
  canonicalUrl: string | null;
  /** Short agency name (`AFP`, `Reuters`, …) or null when the story is not syndicated. */
  wire: string | null;
}

/** A fixture's sidecar `<name>.expected.json`. */
export interface FixtureExpectation {
  url: string;
  title: string;
  /** What the page exercises, for people reading a failure. */
  about: string;
  /** Every article sentence: each must be in the cleaned text. */
  keep: string[];
  /** Clutter: none may be in the cleaned text. */
  absent: string[];
  /** Clutter that is also a word of the article ("Comments"): none may be a whole block of the cleaned text. */
  absentLines?: string[];
  attribution: ExpectedAttribution;
}

export interface Fixture {
  name: string;
  htmlPath: string;
  html: string;
  expected: FixtureExpectation;
}

export const ATTRIBUTION_FIELDS = ['siteName', 'byline', 'published', 'canonicalUrl', 'wire'] as const;
export type AttributionField = (typeof ATTRIBUTION_FIELDS)[number];

/** What an extractor produced, in the fixture's terms (undefined = this extractor does not report it). */
export interface FixtureOutput {
  text: string;
  title: string | null;
  attribution: { [K in AttributionField]?: string | null };
}

export interface FieldCheck {
  field: 'title' | AttributionField;
  expected: string | null;
  actual: string | null | undefined;
  ok: boolean;
}

export interface FixtureScore {
  /** `keep` sentences not in the text. */
  missing: string[];
  /** `absent` strings found in the text, then `absentLines` found as whole blocks. */
  leaked: string[];
  title: FieldCheck;
  /** One check per attribution field the extractor reports. */
  fields: FieldCheck[];
}

/** Loads every `<name>.html` with its `<name>.expected.json`, sorted by name. A page without a sidecar is an error. */
export function loadFixtures(dir: string): Fixture[] {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.html'))
    .sort();
  return files.map((file) => {
    const name = file.slice(0, -'.html'.length);
    const sidecar = join(dir, `${name}.expected.json`);
    let expected: FixtureExpectation;
    try {
      expected = JSON.parse(readFileSync(sidecar, 'utf8')) as FixtureExpectation;
    } catch (e) {
      throw new Error(`fixture ${file}: cannot read ${sidecar}: ${(e as Error).message}`);
    }
    return { name, htmlPath: join(dir, file), html: readFileSync(join(dir, file), 'utf8'), expected };
  });
}

/** Whitespace-insensitive, case-sensitive substring test (the trafilatura rule). */
export function containsText(haystack: string, needle: string): boolean {
  return normalizeSpace(haystack).includes(normalizeSpace(needle));
}

export function checkField(
  field: FieldCheck['field'],
  expected: string | null,
  actual: string | null | undefined,
): FieldCheck {
  const ok = field === 'published' ? sameDate(expected, actual) : sameText(expected, actual);
  return { field, expected, actual, ok };
}

export function scoreFixture(expected: FixtureExpectation, out: FixtureOutput): FixtureScore {
  const text = normalizeSpace(out.text);
  const blocks = new Set(out.text.split(/\n\s*\n/).map(normalizeSpace));
  return {
    missing: expected.keep.filter((s) => !text.includes(normalizeSpace(s))),
    leaked: [
      ...expected.absent.filter((s) => text.includes(normalizeSpace(s))),
      ...(expected.absentLines ?? []).filter((s) => blocks.has(normalizeSpace(s))),
    ],
    title: checkField('title', expected.title, out.title),
    fields: ATTRIBUTION_FIELDS.filter((f) => out.attribution[f] !== undefined).map((f) =>
      checkField(f, expected.attribution[f], out.attribution[f]),
    ),
  };
}
