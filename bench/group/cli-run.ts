/** One run of the built command line over many files: wall time, peak memory, output to a file. */
import { spawn } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

export interface CliRunResult {
  command: string;
  seconds: number;
  /** Peak resident set size of the whole process (worker threads included), MiB. */
  peakMiB: number;
  exitCode: number;
  stderrLines: number;
}

/** Runs `node dist/cli/cleanwire.mjs ARGS…` with stdout into `outPath`; resolves when it exits. */
export function runCli(cli: string, args: string[], outPath: string, scratch: string): Promise<CliRunResult> {
  const rssFile = join(scratch, `peak-rss-${args[0]}`);
  rmSync(rssFile, { force: true });
  const out = openSync(outPath, 'w');
  const hook = new URL('./peak-rss.mjs', import.meta.url).href;
  const t0 = performance.now();
  const child = spawn(process.execPath, ['--import', hook, cli, ...args], {
    stdio: ['ignore', out, 'pipe'],
    env: { ...process.env, CLEANWIRE_PEAK_RSS_FILE: rssFile },
  });
  let stderrLines = 0;
  child.stderr!.setEncoding('utf8').on('data', (d: string) => (stderrLines += d.split('\n').length - 1));
  return new Promise((done, fail) => {
    child.on('error', fail);
    child.on('close', (code) => {
      const seconds = (performance.now() - t0) / 1000;
      closeSync(out);
      const kb = existsSync(rssFile) ? Number(readFileSync(rssFile, 'utf8')) : NaN;
      done({ command: args[0]!, seconds, peakMiB: kb / 1024, exitCode: code ?? -1, stderrLines });
    });
  });
}

/** The JSON lines of a file. */
export function readJsonLines<T>(path: string): T[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as T);
}
