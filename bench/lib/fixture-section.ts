import type { Extraction, Extractor, ExtractorId } from './extractors';
import { loadFixtures, scoreFixture, type FixtureOutput, type FixtureScore } from './fixtures';
import { runPage, settle, warmUp } from './runner';
import type { MemoryPeak } from './stats';
import { statusOf } from './status';
import { existsSync } from 'node:fs';

export interface FixturePage {
  name: string;
  keep: number;
  absent: number;
  scores: Partial<Record<ExtractorId, FixtureScore>>;
  /** Cleanwire's status on this page (`error` when it threw). */
  status: string;
}

export interface FixtureTotals {
  pages: number;
  leaked: number;
  clutter: number;
  kept: number;
  sentences: number;
  titlesRight: number;
  fieldsRight: number;
  fields: number;
}

export interface FixtureResult {
  dir: string;
  pages: FixturePage[];
  totals: Partial<Record<ExtractorId, FixtureTotals>>;
  times: Partial<Record<ExtractorId, number[]>>;
  parseMs: number[];
}

/** An extraction in the fixtures' terms; fields the extractor does not report stay undefined. */
export function fixtureOutput(r: Extraction): FixtureOutput {
  return {
    text: r.text,
    title: r.title,
    attribution: {
      siteName: r.siteName,
      byline: r.byline,
      published: r.published,
      ...(r.canonicalUrl !== undefined ? { canonicalUrl: r.canonicalUrl } : {}),
      ...(r.wire !== undefined ? { wire: r.wire } : {}),
    },
  };
}

export async function runFixtures(
  dir: string,
  extractors: readonly Extractor[],
  memory: MemoryPeak,
): Promise<FixtureResult | null> {
  if (!existsSync(dir)) return null;
  const fixtures = loadFixtures(dir);
  const inputs = fixtures.map((f) => ({ id: f.name, url: f.expected.url, html: f.html }));
  await warmUp(inputs, extractors, memory, inputs.length);

  const result: FixtureResult = { dir, pages: [], totals: {}, times: {}, parseMs: [] };
  for (const ex of extractors) {
    result.times[ex.id] = [];
    result.totals[ex.id] = {
      pages: 0,
      leaked: 0,
      clutter: 0,
      kept: 0,
      sentences: 0,
      titlesRight: 0,
      fieldsRight: 0,
      fields: 0,
    };
  }
  for (const [i, f] of fixtures.entries()) {
    const run = runPage(inputs[i]!, extractors, i, memory);
    result.parseMs.push(run.parseMs);
    const page: FixturePage = {
      name: f.name,
      keep: f.expected.keep.length,
      absent: f.expected.absent.length + (f.expected.absentLines?.length ?? 0),
      scores: {},
      status: statusOf(run.outputs),
    };
    for (const ex of extractors) {
      const out = run.outputs[ex.id]!;
      result.times[ex.id]!.push(out.ms);
      const s = scoreFixture(f.expected, fixtureOutput(out.result));
      page.scores[ex.id] = s;
      const t = result.totals[ex.id]!;
      t.pages++;
      t.leaked += s.leaked.length;
      t.clutter += page.absent;
      t.kept += page.keep - s.missing.length;
      t.sentences += page.keep;
      if (s.title.ok) t.titlesRight++;
      t.fieldsRight += s.fields.filter((c) => c.ok).length;
      t.fields += s.fields.length;
    }
    result.pages.push(page);
    await settle();
  }
  return result;
}
