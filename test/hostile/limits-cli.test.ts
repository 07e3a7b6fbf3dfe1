/**
 * Issue 15 item 5: `cleanwire clean` reads at most --max-bytes of a file or a stream, refuses what is too
 * large before jsdom parses it, and makes the rest cheap (no test here times anything: each reproducer
 * failed before its fix by hanging, crashing or cleaning a page that must be refused).
 */
import { spawn } from 'node:child_process';
import { openSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonLines, REPO, runCli } from '../cli/helpers';
import { DEFAULT_LIMITS } from '../../src/cli/limits';
import { deepNesting, longCss, longText, manyElements, manyIframes } from './huge-pages';
import { scratchFolder } from './scratch';

const scratch = scratchFolder();

describe('cleanwire clean: --max-bytes', () => {
  it('stops reading /dev/zero at the cap: too-large, with the limit named', async () => {
    const { code, stdout, stderr } = await runCli([
      'clean',
      '--format',
      'jsonl',
      '--max-bytes',
      '1000',
      '/dev/zero',
    ]);
    expect(code).toBe(1);
    const message = 'This input is larger than the 1000 bytes Cleanwire reads (--max-bytes).';
    expect(stderr).toBe(`cleanwire: /dev/zero: ${message}\n`);
    expect(jsonLines(stdout)[0]).toMatchObject({ status: 'too-large', message });
  });

  it('reads a page of exactly the cap', async () => {
    const page = scratch.write('story.html', manyElements(10));
    const bytes = Buffer.byteLength(manyElements(10));
    expect((await runCli(['clean', '--max-bytes', String(bytes), page])).code).toBe(0);
    expect((await runCli(['clean', '--max-bytes', String(bytes - 1), page])).code).toBe(1);
  });

  it('stops reading standard input from /dev/zero (the real process)', { timeout: 90_000 }, async () => {
    const run = await new Promise<{ code: number | null; stderr: string }>((done, fail) => {
      const child = spawn(
        process.execPath,
        ['--import', 'tsx', join(REPO, 'src/cli/cleanwire.ts'), 'clean', '--max-bytes', '100000', '-'],
        { stdio: [openSync('/dev/zero', 'r'), 'ignore', 'pipe'] },
      );
      let stderr = '';
      child.stderr?.setEncoding('utf8').on('data', (d: string) => (stderr += d));
      child.on('error', fail);
      child.on('close', (code) => done({ code, stderr }));
    });
    expect(run).toEqual({
      code: 1,
      stderr:
        'cleanwire: <stdin>: This input is larger than the 100000 bytes Cleanwire reads (--max-bytes).\n',
    });
  });
});

describe('cleanwire clean: refused before parsing', () => {
  it('more elements than the default budget', async () => {
    const page = scratch.write('elements.html', manyElements(DEFAULT_LIMITS.maxElements + 1));
    const { code, stdout } = await runCli(['clean', '--format', 'jsonl', page]);
    expect(code).toBe(1);
    expect(jsonLines(stdout)[0]).toMatchObject({
      status: 'too-large',
      message: `This page has about ${DEFAULT_LIMITS.maxElements + 10} elements, more than the ${DEFAULT_LIMITS.maxElements} Cleanwire reads (--max-elements).`,
    });
  });

  it('a run of text longer than Cleanwire reads', async () => {
    const page = scratch.write('text.html', longText(DEFAULT_LIMITS.maxTextRun + 1));
    const { code, stdout } = await runCli(['clean', '--format', 'jsonl', page]);
    expect(code).toBe(1);
    expect(jsonLines(stdout)[0]).toMatchObject({ status: 'too-large' });
  });
});

describe('cleanwire clean: degraded, the article kept', () => {
  it('5,000 nested divs: flattened, not a stack overflow', async () => {
    const page = scratch.write('deep.html', deepNesting(5000));
    const { code, stdout, stderr } = await runCli(['clean', '--format', 'jsonl', page]);
    expect(code).toBe(0);
    expect(stderr).toMatch(
      /note: the page nests about \d+ elements deep: \d+ elements were flattened past 128 levels\./,
    );
    const [record] = jsonLines(stdout);
    expect(record).toMatchObject({ status: 'ok', message: null });
    expect(record!.text).toContain('The harbour reopened to shipping');
  });

  it('iframes past the limit left out, every srcdoc dropped', async () => {
    const page = scratch.write('frames.html', manyIframes(DEFAULT_LIMITS.maxFrames + 10));
    const { code, stdout, stderr } = await runCli(['clean', '--format', 'jsonl', page]);
    expect(code).toBe(0);
    expect(stderr).toContain('note: 10 iframes were left out past the first 40');
    expect(stderr).toContain('note: the srcdoc of 40 iframes were left out.');
    expect(jsonLines(stdout)[0]).toMatchObject({ status: 'ok' });
  });

  it('a huge stylesheet emptied', async () => {
    const page = scratch.write('css.html', longCss(DEFAULT_LIMITS.maxStyle + 1000));
    const { code, stderr } = await runCli(['clean', page]);
    expect(code).toBe(0);
    expect(stderr).toContain('note: 1 <style> block was emptied (over 262144 characters).');
  });
});
