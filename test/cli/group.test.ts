import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { linked, linkTextDropped, shuffled, storyLines } from '../core/story/helpers';
import { FIXTURES, jsonLines, runCli } from './helpers';

/**
 * A scratch folder of text dumps made from test/fixtures/story: the jobs story, three copies of it (half
 * its paragraphs and gzipped; link text dropped; shuffled), and the other story about the same company.
 */
const scratch = mkdtempSync(join(tmpdir(), 'cleanwire-group-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const jobs = storyLines('halvorsen-jobs.txt');
const [title, ...body] = jobs.map(linked);
const dump = (lines: string[]) => lines.join('\n\n') + '\n';
writeFileSync(join(scratch, 'jobs.txt'), dump(jobs.map(linked)));
writeFileSync(join(scratch, 'emissions.txt'), dump(storyLines('halvorsen-emissions.txt').map(linked)));
writeFileSync(join(scratch, 'half.txt.gz'), gzipSync(dump([title!, ...body.slice(0, 5)])));
writeFileSync(join(scratch, 'no-links.txt'), dump(jobs.map(linkTextDropped)));
writeFileSync(join(scratch, 'shuffled.txt'), dump([title!, ...shuffled(body)]));
const FILES = ['half.txt.gz', 'emissions.txt', 'jobs.txt', 'no-links.txt', 'shuffled.txt'];

describe('cleanwire group --format jsonl', () => {
  it('gives every copy of the jobs story one cluster, the other story its own, and says what each lacks', async () => {
    const { code, stdout, stderr } = await runCli(['group', '-f', 'jsonl', '-j', '1', ...FILES], {
      cwd: scratch,
    });
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    const lines = jsonLines(stdout);
    expect(lines.map((l) => [l.file, l.cluster, l.copies, l.complete, l.band])).toEqual([
      ['half.txt.gz', 1, 4, false, 'same-text'],
      ['emissions.txt', 2, 1, true, null],
      ['jobs.txt', 1, 4, true, 'same-text'], // ties on words with shuffled.txt: the first given wins
      ['no-links.txt', 1, 4, false, 'same-text'],
      ['shuffled.txt', 1, 4, false, 'same-text'],
    ]);
    const byFile = Object.fromEntries(lines.map((l) => [l.file, l]));
    expect(byFile['half.txt.gz']).toMatchObject({ lacks: body.length - 5, changed: 0, paragraphs: 5 });
    expect(byFile['no-links.txt']).toMatchObject({ lacks: 0, paragraphs: body.length });
    expect(byFile['no-links.txt']!.changed).toBeGreaterThan(0);
    expect(byFile['shuffled.txt']).toMatchObject({ lacks: 0, changed: 0 });
    // The dateline "OSLO (AFP) -" names the agency on every copy.
    expect(lines.map((l) => l.wire)).toEqual(FILES.map(() => 'AFP'));
    expect(Object.keys(lines[0]!)).toEqual([
      'file',
      'status',
      'message',
      'cluster',
      'copies',
      'complete',
      'earliest',
      'band',
      'wire',
      'lacks',
      'lacksWords',
      'changed',
      'paragraphs',
      'words',
      'title',
      'site',
      'url',
      'published',
    ]);
  });

  it('gives the same answer from worker threads as from one thread', async () => {
    const one = await runCli(['group', '-f', 'jsonl', '-j', '1', ...FILES], { cwd: scratch });
    const three = await runCli(['group', '-f', 'jsonl', '-j', '3', ...FILES], { cwd: scratch });
    expect(three).toEqual(one);
  }, 60_000);

  it('names a file it cannot read, in its place, with no cluster, and exits 1', async () => {
    const { code, stdout, stderr } = await runCli(
      ['group', '-f', 'jsonl', 'jobs.txt', 'missing.txt', 'half.txt.gz'],
      {
        cwd: scratch,
      },
    );
    expect(code).toBe(1);
    expect(stderr).toBe('cleanwire: missing.txt: no such file.\n');
    const lines = jsonLines(stdout);
    expect(lines.map((l) => [l.file, l.status, l.cluster])).toEqual([
      ['jobs.txt', 'ok', 1],
      ['missing.txt', 'error', null],
      ['half.txt.gz', 'ok', 1],
    ]);
    expect(lines[1]).toMatchObject({ message: 'no such file.', copies: 0, complete: false, wire: null });
  }, 60_000);

  it('reads saved HTML pages as clean does: the canonical URL, site and date', async () => {
    const { code, stdout } = await runCli(['group', '-f', 'jsonl', '-j', '1', 'wire-story.html'], {
      cwd: FIXTURES,
    });
    expect(code).toBe(0);
    expect(jsonLines(stdout)[0]).toMatchObject({
      cluster: 1,
      copies: 1,
      complete: true,
      title: 'Facebook asks US banks to share customer data',
      site: 'Business Recorder',
      url: 'https://www.brecorder.com/news/4602512/facebook-asks-us-banks',
      published: '2018-08-07T00:05:00+05:00',
      wire: 'AFP',
    });
  });
});

describe('cleanwire group (text)', () => {
  it('prints each story with several copies, its most complete copy, wire and what each copy lacks', async () => {
    const { code, stdout } = await runCli(['group', '-j', '1', ...FILES], { cwd: scratch });
    expect(code).toBe(0);
    const words = (await runCli(['group', '-f', 'jsonl', '-j', '1', 'jobs.txt'], { cwd: scratch })).stdout;
    const total = jsonLines(words)[0]!.words as number;
    expect(stdout.split('\n')).toEqual([
      `Story 1: ${title}`,
      '  4 copies · wire: AFP',
      `  most complete: jobs.txt (${total} words, ${body.length} paragraphs)`,
      `    jobs.txt  most complete · ${total} words`,
      expect.stringMatching(/^ {4}half\.txt\.gz {2}same text · lacks 5 paragraphs \(\d+ words\)$/),
      expect.stringMatching(/^ {4}no-links\.txt {2}same text · lacks nothing · \d paragraphs? changed$/),
      '    shuffled.txt  same text · lacks nothing',
      '',
      '1 story with several copies (4 files); 1 file the only copy of its story.',
      '',
    ]);
  });
});

const SEEDS = join(FIXTURES, '../../../../shared/seeds');
const haveSeeds = existsSync(SEEDS);
describe.skipIf(!haveSeeds)(
  `cleanwire group on the seeds${haveSeeds ? '' : ' (skipped: ../shared/seeds is absent)'}`,
  () => {
    it('makes one cluster of the five: the Steemit repost most complete, Business Standard earliest, AFP', async () => {
      const seeds = readdirSync(SEEDS)
        .filter((f) => f.endsWith('.txt'))
        .sort();
      const { code, stdout } = await runCli(['group', '-f', 'jsonl', ...seeds], { cwd: SEEDS });
      expect(code).toBe(0);
      const lines = jsonLines(stdout);
      expect(
        lines.map((l) => [(l.file as string).slice(0, 3), l.cluster, l.complete, l.earliest, l.band, l.wire]),
      ).toEqual([
        ['000', 1, false, false, 'same-text', 'AFP'],
        ['001', 1, true, false, 'same-text', 'AFP'],
        ['002', 1, false, true, 'same-text', 'AFP'],
        ['003', 1, false, false, 'rewritten', 'AFP'],
        ['004', 1, false, false, 'rewritten', 'AFP'],
      ]);
      expect(lines.map((l) => l.lacks as number).map((n) => n > 0)).toEqual([true, false, true, true, true]);
    }, 60_000);
  },
);
