import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, REPO, type CliRun } from './helpers';

/**
 * The real executable, through Node's own streams and exit code: src/cli/cleanwire.ts run by tsx, so these
 * tests need no build (test/cli/build.test.ts checks the bundle and the bin wrapper).
 */
function spawnCli(argv: string[], stdin?: string): Promise<CliRun> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(REPO, 'src/cli/cleanwire.ts'), ...argv], {
      cwd: FIXTURES,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', fail);
    child.on('close', (code) => done({ code: code ?? -1, stdout, stderr }));
    child.stdin.end(stdin ?? '');
  });
}

// Each spawn compiles the CLI with tsx and loads jsdom (1–2 s on an idle machine): generous time limits so a
// busy CI machine does not turn slowness into a failure.
describe('cleanwire as a process', { timeout: 90_000 }, () => {
  it('reads a page from standard input and exits 0', async () => {
    const { code, stdout, stderr } = await spawnCli(
      ['clean', '--format', 'markdown', '-'],
      readFileSync(join(FIXTURES, 'wire-story.html'), 'utf8'),
    );
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(stdout.startsWith('# Facebook asks US banks to share customer data\n\n')).toBe(true);
    expect(stdout).toContain(' · via AFP\n');
  });

  it('prints the readable file, names the missing one on stderr, and exits 1', async () => {
    const { code, stdout, stderr } = await spawnCli([
      'clean',
      '--format',
      'jsonl',
      'no-such-page.html',
      'no-canonical.html',
    ]);
    expect(code).toBe(1);
    expect(stderr).toBe('cleanwire: no-such-page.html: no such file.\n');
    const lines = stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as { file: string; status: string });
    expect(lines.map((l) => [l.file, l.status])).toEqual([
      ['no-such-page.html', 'error'],
      ['no-canonical.html', 'ok'],
    ]);
  });

  it('exits 2 with the usage on stderr for an unknown flag', async () => {
    const { code, stdout, stderr } = await spawnCli(['clean', '--colour', 'wire-story.html']);
    expect({ code, stdout }).toEqual({ code: 2, stdout: '' });
    expect(stderr).toMatch(/^cleanwire: Unknown option '--colour'\.\n\nUsage: cleanwire clean/);
  });
});
