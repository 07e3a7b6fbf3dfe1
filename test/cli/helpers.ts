import { join } from 'node:path';
import { run } from '../../src/cli/main';
import { readFileCapped, readStreamCapped } from '../../src/cli/read-capped';

export const REPO = join(__dirname, '../..');
export const FIXTURES = join(REPO, 'test/fixtures/cli');

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs the command in-process with real files (relative names resolve against `cwd`) and captured output:
 * everything but the thirty lines of Node stream glue in src/cli/cleanwire.ts, which the subprocess tests cover.
 */
export async function runCli(
  argv: string[],
  options: { cwd?: string; stdin?: string | Uint8Array } = {},
): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await run(argv, {
    out: async (text) => {
      stdout += text;
    },
    err: (text) => {
      stderr += text;
    },
    readFile: readFileCapped,
    readStdin: (maxBytes) => readStreamCapped([stdinBytes(options.stdin)], maxBytes),
    cwd: options.cwd ?? FIXTURES,
  });
  return { code, stdout, stderr };
}

export function jsonLines(stdout: string): Record<string, unknown>[] {
  return stdout
    .trimEnd()
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

function stdinBytes(stdin: string | Uint8Array | undefined): Uint8Array {
  return typeof stdin === 'string' ? new TextEncoder().encode(stdin) : (stdin ?? new Uint8Array());
}
