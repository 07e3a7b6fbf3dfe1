import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { FIXTURES, REPO } from './helpers';

const exec = promisify(execFile);

// Inside node_modules so the bundle's bare imports (jsdom, turndown …) resolve as they do from dist/cli.
const scratch = mkdtempSync(join(REPO, 'node_modules', '.cleanwire-cli-build-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('the built command line', () => {
  it('builds with `npm run build:cli`’s script and runs through bin/cleanwire.mjs', async () => {
    const root = join(scratch, 'built');
    mkdirSync(join(root, 'bin'), { recursive: true });
    copyFileSync(join(REPO, 'bin/cleanwire.mjs'), join(root, 'bin/cleanwire.mjs'));
    await exec(process.execPath, ['--import', 'tsx', join(REPO, 'scripts/build-cli.ts')], {
      cwd: REPO,
      env: { ...process.env, CLEANWIRE_CLI_OUTDIR: join(root, 'dist/cli') },
    });

    const { stdout } = await exec(
      process.execPath,
      [join(root, 'bin/cleanwire.mjs'), 'clean', '--format', 'jsonl', 'wire-story.html'],
      { cwd: FIXTURES },
    );
    expect(JSON.parse(stdout)).toMatchObject({
      status: 'ok',
      title: 'Facebook asks US banks to share customer data',
      wire: 'AFP',
    });

    // `group` cleans in worker threads: the bundle finds its worker (dist/cli/group-worker.mjs) beside it.
    const group = await exec(
      process.execPath,
      [join(root, 'bin/cleanwire.mjs'), 'group', '-f', 'jsonl', '-j', '2', 'wire-story.html', 'dump.txt'],
      { cwd: FIXTURES },
    );
    expect(
      group.stdout
        .trimEnd()
        .split('\n')
        .map((line) => JSON.parse(line) as unknown),
    ).toEqual([
      expect.objectContaining({ file: 'wire-story.html', status: 'ok', cluster: 1, wire: 'AFP' }),
      expect.objectContaining({ file: 'dump.txt', status: 'ok', cluster: expect.any(Number) }),
    ]);

    const direct = await exec(process.execPath, [join(root, 'dist/cli/cleanwire.mjs'), '--version']);
    expect(direct.stdout).toMatch(/^cleanwire \d+\.\d+\.\d+\n$/);
  }, 120_000);

  it('says to run the build when the bundle is missing', async () => {
    const root = join(scratch, 'unbuilt');
    mkdirSync(join(root, 'bin'), { recursive: true });
    copyFileSync(join(REPO, 'bin/cleanwire.mjs'), join(root, 'bin/cleanwire.mjs'));
    const failure = await exec(process.execPath, [join(root, 'bin/cleanwire.mjs'), '--version']).then(
      () => null,
      (e: { code: number; stderr: string }) => e,
    );
    expect(failure?.code).toBe(1);
    expect(failure?.stderr).toContain('cleanwire: the command line is not built yet: run `npm run build`');
  }, 60_000);
});
