import type { Extractor, ExtractorId } from './extractors';
import type { FixtureResult } from './fixture-section';
import { agrees, LOW_RECALL, METADATA_FIELDS, type ReadabilityResult } from './readability-corpus';
import { fieldAgrees, PAGE_FIELDS, SAME_NAME_F1, type MetadataScore, type PageMetadata } from './metadata';
import { mib, summarize, type MemoryPeak } from './stats';
import { notOk } from './status';
import type { TrafilaturaResult } from './trafilatura';
import type { WcxbResult } from './wcxb';

/** Everything one run measured: the JSON output and the input of the Markdown report. */
export interface BenchResult {
  startedAt: string;
  node: string;
  wallSeconds: number;
  jobs: number;
  partial: boolean;
  gcBetweenPages: boolean;
  extractors: { id: ExtractorId; label: string; timed: string }[];
  skipped: string[];
  trafilatura: TrafilaturaResult | null;
  readability: ReadabilityResult | null;
  wcxb: WcxbResult | null;
  fixtures: FixtureResult | null;
  memory: { peakRssMiB: number; peakHeapUsedMiB: number };
}

const f3 = (x: number) => x.toFixed(3);
const ms = (x: number) => x.toFixed(1);
const signed = (x: number) => (x >= 0 ? '+' : '') + x.toFixed(3);

function table(head: string[], rows: (string | number)[][]): string {
  const line = (cells: (string | number)[]) =>
    `| ${cells.map((c) => String(c).replace(/\|/g, '\\|')).join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}

export function memoryOf(m: MemoryPeak): BenchResult['memory'] {
  return { peakRssMiB: mib(m.rss), peakHeapUsedMiB: mib(m.heapUsed) };
}

export function renderReport(r: BenchResult, exs: readonly Extractor[], verbose: boolean): string {
  const out: string[] = [];
  out.push(`# Cleanwire benchmark — ${r.startedAt}`);
  out.push('');
  out.push(
    `Node ${r.node}; ${r.wallSeconds.toFixed(0)} s wall clock, ${r.jobs} worker thread${r.jobs === 1 ? '' : 's'}${r.partial ? '; **partial run** (--limit/--only/--smoke): figures are not comparable to a full run' : ''}.`,
  );
  for (const s of r.skipped) out.push(`\n> Skipped: ${s}`);
  out.push(...summarySection(r, exs));

  const t = r.trafilatura;
  if (t) {
    out.push(
      '',
      `## trafilatura-dev: ${t.pages.length} pages, ${t.segments.with} \`with\` / ${t.segments.without} \`without\` segments`,
    );
    out.push('');
    out.push(
      'Micro-averaged over all segments; a segment counts when found, whitespace-normalised, as a substring of the plain text.',
    );
    out.push('');
    const rows = exs.map((e) => {
      const x = t.totals[e.id]!;
      return [
        e.label,
        f3(x.metrics.precision),
        f3(x.metrics.recall),
        f3(x.metrics.f1),
        f3(x.metrics.accuracy),
        x.counts.tp,
        x.counts.fn,
        x.counts.fp,
        x.counts.tn,
        `${x.empty} / ${x.errors}`,
      ];
    });
    const rd = t.totals.readability;
    const cw = t.totals.cleanwire;
    if (rd && cw)
      rows.push([
        'Δ Cleanwire − Readability',
        signed(cw.metrics.precision - rd.metrics.precision),
        signed(cw.metrics.recall - rd.metrics.recall),
        signed(cw.metrics.f1 - rd.metrics.f1),
        signed(cw.metrics.accuracy - rd.metrics.accuracy),
        cw.counts.tp - rd.counts.tp,
        cw.counts.fn - rd.counts.fn,
        cw.counts.fp - rd.counts.fp,
        cw.counts.tn - rd.counts.tn,
        '',
      ]);
    out.push(
      table(
        ['extractor', 'precision', 'recall', 'F1', 'accuracy', 'TP', 'FN', 'FP', 'TN', 'empty / errors'],
        rows,
      ),
    );
    if (rd && cw) {
      let better = 0;
      let worse = 0;
      for (const p of t.pages) {
        const c = p.scores.cleanwire!;
        const b = p.scores.readability!;
        const d = c.tp - c.fp - (b.tp - b.fp);
        if (d > 0) better++;
        else if (d < 0) worse++;
      }
      out.push(
        '',
        `Pages where Cleanwire scores better than raw Readability (TP − FP): ${better}; worse: ${worse}.`,
      );
    }
    if (verbose) {
      out.push(
        '',
        table(
          ['file', ...exs.map((e) => `${e.label} TP/FN/FP`)],
          t.pages.map((p) => [
            p.file,
            ...exs.map((e) => {
              const s = p.scores[e.id]!;
              return `${s.tp}/${s.fn}/${s.fp}${s.error ? ' (error)' : s.empty ? ' (empty)' : ''}`;
            }),
          ]),
        ),
      );
    }
  }

  const rc = r.readability;
  if (rc) {
    out.push('', `## readability corpus: ${rc.pages.length} pages`);
    out.push('');
    out.push(
      "Token recall = share of the words of Readability's recorded output (expected.html) found in the extractor's text (multiset, case-folded). Metadata: agreement with expected-metadata.json where it is non-null (Cleanwire: its attribution; others: their own fields); `extra` = a value where the file has null.",
    );
    out.push('');
    out.push(
      table(
        [
          'extractor',
          'mean token recall',
          `pages < ${LOW_RECALL}`,
          ...METADATA_FIELDS.map((f) => `${f} agree/n (extra)`),
        ],
        exs.map((e) => {
          const ag = rc.agreement[e.id]!;
          return [
            e.label,
            f3(rc.meanRecall[e.id] ?? 0),
            rc.pages.filter((p) => (p.recall[e.id] ?? 0) < LOW_RECALL).length,
            ...METADATA_FIELDS.map((f) => `${ag[f].agree}/${ag[f].n} (${ag[f].extra})`),
          ];
        }),
      ),
    );
    const low = rc.pages
      .filter((p) => (p.recall.cleanwire ?? 1) < LOW_RECALL)
      .sort((a, b) => a.recall.cleanwire! - b.recall.cleanwire!);
    if (low.length > 0) {
      out.push('', `Pages where Cleanwire's recall is below ${LOW_RECALL}:`, '');
      out.push(
        table(
          [
            'page',
            'Cleanwire recall',
            ...exs.filter((e) => e.id !== 'cleanwire').map((e) => `${e.label} recall`),
            'first lost block',
          ],
          low.map((p) => [
            p.name,
            f3(p.recall.cleanwire!),
            ...exs.filter((e) => e.id !== 'cleanwire').map((e) => f3(p.recall[e.id] ?? 0)),
            (p.missingBlocks[0] ?? '').slice(0, 90),
          ]),
        ),
      );
    }
    const mismatches = METADATA_FIELDS.flatMap((f) =>
      rc.pages
        .filter(
          (p) => p.metadata[f].expected && !agrees(f, p.metadata[f].expected, p.metadata[f].actual.cleanwire),
        )
        .map((p) => [f, p.name, p.metadata[f].expected ?? '', p.metadata[f].actual.cleanwire ?? '∅']),
    );
    if (verbose) {
      out.push(
        '',
        table(
          ['page', ...exs.map((e) => `${e.label} recall`)],
          rc.pages.map((p) => [p.name, ...exs.map((e) => f3(p.recall[e.id] ?? 0))]),
        ),
      );
      if (mismatches.length > 0)
        out.push(
          '',
          'Cleanwire metadata that differs from expected-metadata.json:',
          '',
          table(['field', 'page', 'expected', 'Cleanwire'], mismatches),
        );
    }
  }

  const w = r.wcxb;
  if (w) out.push(...wcxbSection(w, exs, verbose));
  out.push(...metadataSection(r, exs, verbose));

  const fx = r.fixtures;
  if (fx) {
    out.push('', `## fixtures: ${fx.pages.length} seed-shaped pages (test/fixtures/pages)`);
    out.push('');
    out.push(
      table(
        ['extractor', 'leaked clutter', 'sentences kept', 'titles right', 'attribution fields right'],
        exs.map((e) => {
          const x = fx.totals[e.id]!;
          return [
            e.label,
            `${x.leaked} of ${x.clutter}`,
            `${x.kept}/${x.sentences}`,
            `${x.titlesRight}/${x.pages}`,
            e.id === 'cleanwire'
              ? `${x.fieldsRight}/${x.fields}`
              : `${x.fieldsRight}/${x.fields} (no canonical/wire)`,
          ];
        }),
      ),
    );
    const cw = fx.pages.map((p) => ({ p, s: p.scores.cleanwire })).filter((x) => x.s);
    const problems = cw.filter(
      ({ s }) => s!.leaked.length || s!.missing.length || !s!.title.ok || s!.fields.some((c) => !c.ok),
    );
    if (problems.length > 0 || verbose) {
      out.push('', 'Cleanwire per fixture:', '');
      out.push(
        table(
          ['fixture', 'leaked', 'missing sentences', 'wrong fields (got ≠ want)'],
          (verbose ? cw : problems).map(({ p, s }) => [
            p.name,
            s!.leaked.map((x) => `"${x}"`).join(', ') || '0',
            s!.missing.length ? `${s!.missing.length}: "${s!.missing[0]!.slice(0, 60)}…"` : '0',
            [s!.title, ...s!.fields]
              .filter((c) => !c.ok)
              .map((c) => `${c.field}: ${JSON.stringify(c.actual ?? null)} ≠ ${JSON.stringify(c.expected)}`)
              .join('; ') || '—',
          ]),
        ),
      );
    }
  }

  out.push('', '## time per page (ms), each extractor starting from the same parsed Document');
  out.push('');
  const sections: [string, { times: Partial<Record<ExtractorId, number[]>>; parseMs: number[] } | null][] = [
    ['trafilatura-dev', r.trafilatura],
    ['readability', r.readability],
    ['wcxb-dev', r.wcxb],
    ['fixtures', r.fixtures],
  ];
  const present = sections.filter(([, s]) => s && s.parseMs.length > 0) as [
    string,
    NonNullable<(typeof sections)[number][1]>,
  ][];
  const pooled = {
    parseMs: present.flatMap(([, s]) => s.parseMs),
    times: Object.fromEntries(
      exs.map((e) => [e.id, present.flatMap(([, s]) => s.times[e.id] ?? [])]),
    ) as Partial<Record<ExtractorId, number[]>>,
  };
  const rows: (string | number)[][] = [];
  for (const [name, s] of [...present, ['all pages', pooled] as const]) {
    const parse = summarize(s.parseMs);
    const base = summarize(s.times.readability ?? []);
    const cells: (string | number)[] = [name, parse.n, `${ms(parse.median)} / ${ms(parse.p95)}`];
    for (const e of exs) {
      const x = summarize(s.times[e.id] ?? []);
      cells.push(`${ms(x.median)} / ${ms(x.p95)}`);
      if (e.id !== 'readability' && base.n > 0)
        cells.push(
          `${(x.median / base.median).toFixed(2)}× / ${(x.p95 / base.p95).toFixed(2)}× / ${(x.total / base.total).toFixed(2)}×`,
        );
    }
    rows.push(cells);
  }
  const head = ['pages', 'n', 'HTML parse (jsdom) median / p95'];
  for (const e of exs) {
    head.push(`${e.label} median / p95`);
    if (e.id !== 'readability') head.push(`${e.label} ÷ Readability (median / p95 / total)`);
  }
  out.push(table(head, rows));
  out.push('');
  for (const e of exs) out.push(`- ${e.label} timed: ${e.timed}.`);
  out.push(
    `- Order of extractors rotates page by page; each section is warmed up first${r.gcBetweenPages ? '; the heap is collected before each extractor runs, outside the timed regions' : ''}.`,
  );
  const dropped = [
    ...(r.trafilatura?.pages ?? []),
    ...(r.readability?.pages ?? []),
    ...(r.wcxb?.pages ?? []),
  ].filter((p) => p.stylesDropped).length;
  if (dropped > 0)
    out.push(
      `- ${dropped} page(s) were parsed with the <style> blocks jsdom's CSS code throws on emptied, as \`cleanwire clean\` parses them (same Document for every extractor).`,
    );
  out.push(
    '',
    `Peak memory: RSS ${r.memory.peakRssMiB.toFixed(0)} MiB, V8 heap used ${r.memory.peakHeapUsedMiB.toFixed(0)} MiB (sampled after each parse and each extractor run).`,
  );

  out.push(...statusSection(r));

  out.push('', '## issue 2 floors', '');
  out.push(table(['criterion', 'floor', 'measured', 'met'], floors(r, pooled)));
  if (r.partial) out.push('', '_Partial run: the floors apply to the full run._');
  return out.join('\n') + '\n';
}

function floors(r: BenchResult, pooled: { times: Partial<Record<ExtractorId, number[]>> }): string[][] {
  const rows: string[][] = [];
  const yes = (ok: boolean) => (ok ? 'yes' : '**no**');
  const t = r.trafilatura;
  if (t?.totals.cleanwire && t.totals.readability) {
    const c = t.totals.cleanwire.metrics;
    const b = t.totals.readability.metrics;
    rows.push(['trafilatura-dev F1', '≥ 0.920', f3(c.f1), yes(c.f1 >= 0.92)]);
    rows.push([
      'precision over raw Readability',
      '≥ +0.030',
      signed(c.precision - b.precision),
      yes(c.precision - b.precision >= 0.03),
    ]);
    rows.push([
      'recall vs raw Readability',
      '≥ +0.000',
      signed(c.recall - b.recall),
      yes(c.recall >= b.recall),
    ]);
  }
  const rc = r.readability;
  if (rc?.meanRecall.cleanwire !== undefined) {
    const low = rc.pages.filter((p) => (p.recall.cleanwire ?? 1) < LOW_RECALL).length;
    rows.push([
      'readability mean token recall',
      '≥ 0.990',
      f3(rc.meanRecall.cleanwire),
      yes(rc.meanRecall.cleanwire >= 0.99),
    ]);
    rows.push([
      `readability pages < ${LOW_RECALL}`,
      'listed with reason',
      String(low),
      low === 0 ? 'yes' : 'see list',
    ]);
  }
  const fx = r.fixtures?.totals.cleanwire;
  if (fx) {
    rows.push(['fixtures: leaked clutter', '0', String(fx.leaked), yes(fx.leaked === 0)]);
    rows.push([
      'fixtures: sentences kept',
      'all',
      `${fx.kept}/${fx.sentences}`,
      yes(fx.kept === fx.sentences),
    ]);
    rows.push([
      'fixtures: title + attribution fields right',
      'all',
      `${fx.titlesRight + fx.fieldsRight}/${fx.pages + fx.fields}`,
      yes(fx.titlesRight === fx.pages && fx.fieldsRight === fx.fields),
    ]);
  }
  const c = summarize(pooled.times.cleanwire ?? []);
  const b = summarize(pooled.times.readability ?? []);
  if (c.n > 0 && b.n > 0)
    rows.push([
      'time per page, median ÷ Readability',
      '≤ 1.30×',
      `${(c.median / b.median).toFixed(2)}×`,
      yes(c.median / b.median <= 1.3),
    ]);
  return rows;
}

/** evaluate.py's token scores (macro mean over pages) and the with/without snippets, per extractor. */
function wcxbSection(w: WcxbResult, exs: readonly Extractor[], verbose: boolean): string[] {
  const out: string[] = [];
  out.push('', `## wcxb-dev: ${w.pages.length} article pages`, '');
  out.push(
    "Scored as WCXB's evaluate.py: lower-cased `\\w+` word tokens, multiset overlap with `main_content`, per-page precision / recall / F1 (an empty extraction scores 0), macro mean over pages. Snippets: the `with` / `without` lists, micro-averaged like trafilatura-dev's segments.",
    '',
  );
  const rows = exs.map((e) => {
    const m = w.mean[e.id]!;
    const s = w.snippets[e.id]!;
    return [
      e.label,
      f3(m.precision),
      f3(m.recall),
      f3(m.f1),
      w.pages.filter((p) => p.tokens[e.id]!.f1 < 0.5).length,
      w.pages.filter((p) => p.empty[e.id]).length,
      f3(s.metrics.precision),
      f3(s.metrics.recall),
      f3(s.metrics.f1),
    ];
  });
  const rd = w.mean.readability;
  const cw = w.mean.cleanwire;
  const rs = w.snippets.readability?.metrics;
  const cs = w.snippets.cleanwire?.metrics;
  if (rd && cw && rs && cs)
    rows.push([
      'Δ Cleanwire − Readability',
      signed(cw.precision - rd.precision),
      signed(cw.recall - rd.recall),
      signed(cw.f1 - rd.f1),
      '',
      '',
      signed(cs.precision - rs.precision),
      signed(cs.recall - rs.recall),
      signed(cs.f1 - rs.f1),
    ]);
  out.push(
    table(
      [
        'extractor',
        'token precision',
        'token recall',
        'token F1',
        'pages F1 < 0.5',
        'empty',
        'snippet precision',
        'snippet recall',
        'snippet F1',
      ],
      rows,
    ),
  );
  if (rd && cw) {
    const better = w.pages.filter((p) => p.tokens.cleanwire!.f1 > p.tokens.readability!.f1 + 0.01).length;
    const worse = w.pages.filter((p) => p.tokens.cleanwire!.f1 < p.tokens.readability!.f1 - 0.01).length;
    out.push(
      '',
      `Pages where Cleanwire's F1 is higher than raw Readability's by over 0.01: ${better}; lower: ${worse}.`,
    );
  }
  if (verbose)
    out.push(
      '',
      table(
        ['page', ...exs.map((e) => `${e.label} P / R / F1`)],
        w.pages.map((p) => [
          p.id,
          ...exs.map((e) => {
            const t = p.tokens[e.id]!;
            return `${f3(t.precision)} / ${f3(t.recall)} / ${f3(t.f1)}`;
          }),
        ]),
      ),
    );
  return out;
}

/** Every corpus: how many pages Cleanwire did not clean with status `ok`, and which. */
function statusSection(r: BenchResult): string[] {
  const rows = corporaOf(r).map((c) => [c.name, c.pages, c.notOk.length, c.notOk.join(', ') || '—']);
  return [
    '',
    '## pages Cleanwire did not clean with status `ok`',
    '',
    table(['corpus', 'pages', 'not ok', 'which (status)'], rows),
  ];
}

interface CorpusLine {
  name: string;
  pages: number;
  /** The corpus's headline measure: its name and each extractor's value. */
  measure: string;
  value: (id: ExtractorId) => number | undefined;
  notOk: string[];
}

/** One line per corpus that ran, in report order. */
function corporaOf(r: BenchResult): CorpusLine[] {
  const lines: CorpusLine[] = [];
  const t = r.trafilatura;
  if (t)
    lines.push({
      name: 'trafilatura-dev',
      pages: t.pages.length,
      measure: 'segment F1 (micro)',
      value: (id) => t.totals[id]?.metrics.f1,
      notOk: notOk(
        t.pages,
        (p) => p.file,
        (p) => p.status,
      ),
    });
  const rc = r.readability;
  if (rc)
    lines.push({
      name: 'readability',
      pages: rc.pages.length,
      measure: 'mean token recall',
      value: (id) => rc.meanRecall[id],
      notOk: notOk(
        rc.pages,
        (p) => p.name,
        (p) => p.status,
      ),
    });
  const w = r.wcxb;
  if (w)
    lines.push({
      name: 'wcxb-dev',
      pages: w.pages.length,
      measure: 'token F1 (macro, evaluate.py)',
      value: (id) => w.mean[id]?.f1,
      notOk: notOk(
        w.pages,
        (p) => p.id,
        (p) => p.status,
      ),
    });
  const fx = r.fixtures;
  if (fx)
    lines.push({
      name: 'fixtures',
      pages: fx.pages.length,
      measure: 'sentences kept',
      value: (id) => {
        const x = fx.totals[id];
        return x ? x.kept / Math.max(1, x.sentences) : undefined;
      },
      notOk: notOk(
        fx.pages,
        (p) => p.name,
        (p) => p.status,
      ),
    });
  return lines;
}

/** Every corpus on one table: its headline measure for each extractor, and Cleanwire's pages not `ok`. */
function summarySection(r: BenchResult, exs: readonly Extractor[]): string[] {
  const rows = corporaOf(r).map((c) => [
    c.name,
    c.pages,
    c.measure,
    ...exs.map((e) => {
      const v = c.value(e.id);
      return v === undefined ? '—' : f3(v);
    }),
    c.notOk.length,
  ]);
  return [
    '',
    '## every corpus',
    '',
    table(['corpus', 'pages', 'measure', ...exs.map((e) => e.label), 'Cleanwire not ok'], rows),
  ];
}

const FIELD_LABEL = { title: 'title', byline: 'byline', published: 'published date' } as const;

/** Title, byline and date against each corpus's own metadata, every corpus in one table. */
function metadataSection(r: BenchResult, exs: readonly Extractor[], verbose: boolean): string[] {
  const corpora: [string, Partial<Record<ExtractorId, MetadataScore>>, { id: string; m: PageMetadata }[]][] =
    [];
  if (r.trafilatura)
    corpora.push([
      'trafilatura-dev',
      r.trafilatura.metadata,
      r.trafilatura.pages.map((p) => ({ id: p.file, m: p.metadata })),
    ]);
  if (r.wcxb)
    corpora.push(['wcxb-dev', r.wcxb.metadata, r.wcxb.pages.map((p) => ({ id: p.id, m: p.metadata }))]);
  if (r.readability)
    corpora.push([
      'readability',
      r.readability.metadata,
      r.readability.pages.map((p) => ({
        id: p.name,
        m: { title: p.metadata.title, byline: p.metadata.byline, published: p.metadata.publishedTime },
      })),
    ]);
  if (corpora.length === 0) return [];
  const cell = (s: { n: number; agree: number }) =>
    s.n === 0 ? '—' : `${f3(s.agree / s.n)} (${s.agree}/${s.n})`;
  const out = [
    '',
    '## metadata: title, byline, published date against each corpus',
    '',
    table(
      ['corpus', 'extractor', ...PAGE_FIELDS.map((f) => FIELD_LABEL[f])],
      corpora.flatMap(([name, score]) =>
        exs.map((e) => [name, e.label, ...PAGE_FIELDS.map((f) => cell(score[e.id]![f]))]),
      ),
    ),
    '',
    `Share of the pages where the corpus gives a value (trafilatura-dev: \`title\`/\`author\`/\`date\`; wcxb-dev: \`title\`/\`author\`/\`publish_date\`; readability: expected-metadata.json's \`title\`/\`byline\`/\`publishedTime\`) on which the extractor agrees. Title and byline agree when their case-folded word tokens (a leading "By" dropped) overlap with F1 ≥ ${SAME_NAME_F1}, so a site-name suffix or "By " is not a different value; dates agree on the same calendar day (the \`YYYY-MM-DD\` a value starts with, else its UTC day). Cleanwire: its title and attribution; the others: their own fields.`,
  ];
  if (verbose)
    for (const [name, , pages] of corpora) {
      const rows = PAGE_FIELDS.flatMap((f) =>
        pages
          .filter(
            ({ m }) => m[f].expected?.trim() && !fieldAgrees(f, m[f].expected!.trim(), m[f].actual.cleanwire),
          )
          .map(({ id, m }) => [
            f,
            id,
            m[f].expected ?? '',
            m[f].actual.cleanwire ?? '∅',
            m[f].actual.readability ?? '∅',
          ]),
      );
      if (rows.length > 0)
        out.push(
          '',
          `Cleanwire metadata that disagrees with ${name}:`,
          '',
          table(['field', 'page', 'expected', 'Cleanwire', 'Readability (raw)'], rows),
        );
    }
  return out;
}
