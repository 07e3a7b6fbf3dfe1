/**
 * `npm run bench:group`: issue 17's figures for story matching and `cleanwire group`.
 *  (a) precision / recall of near-duplicate pairs on a test set built from the corpora (group/testset.ts);
 *  (b) the five seeds form one cluster and no corpus page joins it;
 *  (c) `cleanwire group` against `cleanwire clean` over every corpus page (and the seeds), in the same run:
 *      wall time and peak memory of each.
 * Reads ../shared/corpus and ../shared/seeds (skips with a message when the corpus is absent); runs the built
 * command line (dist/cli, which the npm script builds first). Report on stdout and in .cache/bench/group.md.
 *
 *   npm run bench:group -- [--limit N] [--jobs N] [--corpus DIR]
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { GroupRecord } from '../src/cli/group-report';
import type { JsonlRecord } from '../src/cli/records';
import { readJsonLines, runCli, type CliRunResult } from './group/cli-run';
import { corpusFiles, seedFiles, type CorpusFile } from './group/corpus';
import { evaluate, type TestSetResult } from './group/evaluate';
import type { Article } from './group/testset';
import { percentile } from './lib/stats';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { limit: { type: 'string' }, jobs: { type: 'string' }, corpus: { type: 'string' } },
  });
  const corpusDir = resolve(values.corpus ?? join(ROOT, '..', 'shared', 'corpus'));
  const limit = Number(values.limit ?? 0);
  const corpus = corpusFiles(corpusDir, limit);
  if (!corpus) {
    process.stderr.write(`bench:group skipped: no corpus at ${corpusDir}\n`);
    return 0;
  }
  const seeds = seedFiles(join(dirname(corpusDir), 'seeds'));
  const cli = join(ROOT, 'dist', 'cli', 'cleanwire.mjs');
  if (!existsSync(cli)) {
    process.stderr.write(`bench:group: ${cli} is missing: run npm run build:cli first\n`);
    return 2;
  }
  const files = [...corpus, ...seeds];
  const scratch = join(ROOT, '.cache', 'bench', 'group');
  mkdirSync(scratch, { recursive: true });
  const paths = files.map((f) => f.path);
  const jobs = values.jobs ? ['--jobs', values.jobs] : [];

  process.stderr.write(`cleanwire clean on ${files.length} files…\n`);
  const clean = await runCli(
    cli,
    ['clean', '--format', 'jsonl', ...paths],
    join(scratch, 'clean.jsonl'),
    scratch,
  );
  process.stderr.write(`  ${clean.seconds.toFixed(1)} s\ncleanwire group on the same files…\n`);
  const group = await runCli(
    cli,
    ['group', '--format', 'jsonl', ...jobs, ...paths],
    join(scratch, 'group.jsonl'),
    scratch,
  );
  process.stderr.write(`  ${group.seconds.toFixed(1)} s\ntest set…\n`);

  const cleaned = readJsonLines<JsonlRecord>(join(scratch, 'clean.jsonl'));
  const grouped = readJsonLines<GroupRecord>(join(scratch, 'group.jsonl'));
  const articles = articlesOf(files, cleaned);
  const testSet = evaluate(articles);
  const seedCheck = checkSeeds(files, grouped);

  const report = render({ files, clean, group, grouped, testSet, seedCheck, limit, jobs: values.jobs });
  process.stdout.write(report);
  writeFileSync(join(ROOT, '.cache', 'bench', 'group.md'), report);
  writeFileSync(
    join(ROOT, '.cache', 'bench', 'group.json'),
    JSON.stringify({ clean, group, seedCheck, testSet: { ...testSet, recordBytes: undefined } }, null, 1),
  );
  return 0;
}

/** The corpus articles `clean` found (status ok, some text), with the site the corpus names. */
function articlesOf(files: CorpusFile[], cleaned: JsonlRecord[]): Article[] {
  return cleaned.flatMap((r, i) => {
    const f = files[i]!;
    if (f.corpus === 'seeds' || r.status !== 'ok' || r.text.trim() === '') return [];
    return [{ file: shortName(f.path), site: f.site, title: r.title, text: r.text }];
  });
}

interface SeedCheck {
  seeds: number;
  /** The clusters the seeds are in (one, if all is well). */
  clusters: number[];
  /** Corpus files in a seed's cluster (none, if all is well). */
  joined: string[];
}

function checkSeeds(files: CorpusFile[], grouped: GroupRecord[]): SeedCheck {
  const clusters = [
    ...new Set(grouped.flatMap((r, i) => (files[i]!.corpus === 'seeds' ? [r.cluster ?? -1] : []))),
  ];
  const joined = grouped.flatMap((r, i) =>
    files[i]!.corpus !== 'seeds' && r.cluster !== null && clusters.includes(r.cluster)
      ? [shortName(files[i]!.path)]
      : [],
  );
  return { seeds: files.filter((f) => f.corpus === 'seeds').length, clusters, joined };
}

function shortName(path: string): string {
  return path.replace(/^.*\/corpus\//, '').replace(/^.*\/seeds\//, 'seeds/');
}

const plural = (n: number, one: string) => `${n.toLocaleString('en')} ${n === 1 ? one : `${one}s`}`;
const pct = (x: number) => `${(100 * x).toFixed(2)}%`;
const mib = (x: number) => `${Math.round(x).toLocaleString('en')} MB`;

function render(r: {
  files: CorpusFile[];
  clean: CliRunResult;
  group: CliRunResult;
  grouped: GroupRecord[];
  testSet: TestSetResult;
  seedCheck: SeedCheck;
  limit: number;
  jobs: string | undefined;
}): string {
  const t = r.testSet;
  const lines: string[] = [];
  const corpusCount = r.files.filter((f) => f.corpus !== 'seeds').length;
  lines.push(`# cleanwire group benchmark (${new Date().toISOString()}, node ${process.version})`, '');
  if (r.limit > 0) lines.push(`**Partial run**: the first ${r.limit} pages of each corpus.`, '');

  lines.push('## (a) Near-duplicate pairs', '');
  lines.push(
    `${t.articles} corpus articles cleaned with status ok; ${t.sources} with ≥ 4 paragraphs and ≥ 100 words are sources of copies,`,
    `five each (every copy with clutter added: a share line on top; "Related news" with three other stories' headlines,`,
    'a newsletter line and a comments line at the bottom). Positives: each copy against the stored originals through',
    'the LSH index (found = its source among the matches). Negatives, compared pairwise: distinct corpus articles from one site',
    '(same-site, at most 40 pairs a site), whose titles share ≥ 3 topic words (same-title), or, for each article, the two',
    'whose texts share most of its 40 most frequent words of five letters or more (nearest-text: same subject, same language).',
    '',
    '| measure | value |',
    '|---|---|',
    `| precision | ${t.precision.toFixed(4)} (${t.falsePositives.length} of ${t.negatives.toLocaleString('en')} negative pairs matched: ${t.negativesByKind['same-site']} same-site, ${t.negativesByKind['same-title']} same-title, ${t.negativesByKind['nearest-text']} nearest-text) |`,
    `| recall | ${t.recall.toFixed(4)} (${t.found.toLocaleString('en')} of ${t.copies.toLocaleString('en')} copies found) |`,
    `| found as | same-text ${t.foundAs['same-text']}, rewritten ${t.foundAs.rewritten} |`,
    `| copies that also matched a corpus article their source does not match | ${t.stray.length} |`,
    `| candidate negatives left out as the same text (exact containment ≥ ½: corpus duplicates) | ${t.sameText.length} |`,
    '',
    '| copy | copies | found | recall |',
    '|---|---|---|---|',
  );
  for (const [variant, v] of Object.entries(t.byVariant))
    lines.push(`| ${variant} | ${v.copies} | ${v.found} | ${pct(v.copies ? v.found / v.copies : 1)} |`);
  lines.push(
    '',
    'cut-third: a random third of the paragraphs dropped; cut-half: half; shuffled: paragraphs in random order;',
    're-linked: link text dropped (runs of 1–3 words, a tenth of each paragraph); all-three: a third cut, shuffled, re-linked.',
    '',
  );
  if (t.falsePositives.length > 0) {
    lines.push('False positives:', '');
    for (const p of t.falsePositives)
      lines.push(`- ${p.a} ~ ${p.b} (${p.kind}, ${p.band}, exact containment ${p.containment.toFixed(2)})`);
    lines.push('');
  }
  if (t.missed.length > 0) {
    lines.push(`Missed copies (${t.missed.length}):`, '');
    for (const m of t.missed.slice(0, 40)) lines.push(`- ${m.file} (${m.variant})`);
    lines.push('');
  }
  if (t.sameText.length > 0) {
    lines.push('Left out of the negatives as the same text:', '');
    for (const p of t.sameText)
      lines.push(`- ${p.a} ~ ${p.b} (${p.kind}, exact containment ${p.containment.toFixed(2)})`);
    lines.push('');
  }
  const sizes = t.recordBytes;
  const mean = sizes.reduce((a, b) => a + b, 0) / Math.max(1, sizes.length);
  lines.push(
    `Storage records (toStoryRecord, JSON) of the ${sizes.length} articles: median ${percentile(sizes, 50).toLocaleString('en')} B,`,
    `p90 ${percentile(sizes, 90).toLocaleString('en')} B, max ${Math.max(0, ...sizes).toLocaleString('en')} B;`,
    `5,000 records at the mean ≈ ${((5000 * mean) / 1e6).toFixed(1)} MB.`,
    '',
  );

  lines.push('## (b) The seeds among the corpus', '');
  const s = r.seedCheck;
  if (s.seeds === 0) lines.push('Skipped: ../shared/seeds is absent.', '');
  else
    lines.push(
      `${s.seeds} seeds in ${s.clusters.length} cluster${s.clusters.length === 1 ? '' : 's'} (${s.clusters.join(', ')});`,
      `corpus pages in it: ${s.joined.length === 0 ? 'none' : s.joined.join(', ')}.`,
      '',
    );

  lines.push(
    `## (c) cleanwire group vs cleanwire clean, ${r.files.length} files (${corpusCount} corpus pages + ${s.seeds} seeds)`,
    '',
  );
  const clusterSizes = new Map<number, number>();
  for (const g of r.grouped)
    if (g.cluster !== null) clusterSizes.set(g.cluster, (clusterSizes.get(g.cluster) ?? 0) + 1);
  const several = [...clusterSizes.values()].filter((n) => n > 1);
  lines.push(
    '| run | wall time | peak memory (RSS) | exit |',
    '|---|---|---|---|',
    `| \`cleanwire clean --format jsonl\` (one thread) | ${r.clean.seconds.toFixed(1)} s | ${mib(r.clean.peakMiB)} | ${r.clean.exitCode} |`,
    `| \`cleanwire group --format jsonl\` (${r.jobs ?? availableParallelism()} worker threads) | ${r.group.seconds.toFixed(1)} s | ${mib(r.group.peakMiB)} | ${r.group.exitCode} |`,
    `| ratio group / clean | **${(r.group.seconds / r.clean.seconds).toFixed(2)}×** | ${(r.group.peakMiB / r.clean.peakMiB).toFixed(2)}× | |`,
    '',
    `group found ${several.length} stories with several copies (${several.reduce((a, b) => a + b, 0)} files) and ${clusterSizes.size - several.length} with one; ${plural(r.grouped.filter((g) => g.cluster === null).length, 'file')} without an article.`,
    '',
  );
  return lines.join('\n') + '\n';
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`bench:group failed: ${(e as Error).stack ?? String(e)}\n`);
    process.exitCode = 1;
  },
);
