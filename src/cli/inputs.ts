/** Reading the FILE arguments and the `--rules` file, as `clean` and `group` both do. */
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { errorText, selectorCheckFor, type CompiledRule } from '../core';
import type { InputOptions } from './args';
import { InputError, type CleanInputOptions } from './clean-input';
import { TooLargeError } from './limits';
import type { CliIo } from './main';
import { readRulesFile } from './rules-file';

/** Standard input can be read once: the second `-` is an error. */
export interface StdinState {
  read: boolean;
}

/** One FILE argument's bytes (`-`: standard input), at most `maxBytes` of them. */
export async function readInput(
  file: string,
  maxBytes: number,
  io: CliIo,
  stdin: StdinState,
): Promise<Uint8Array> {
  if (file !== '-') return io.readFile(resolve(io.cwd, file), maxBytes);
  if (stdin.read) throw new InputError('standard input was already read by an earlier "-".');
  stdin.read = true;
  return io.readStdin(maxBytes);
}

/** How cleanInput reads one FILE argument (the rules aside). */
export function cleanInputOptions(
  file: string,
  command: InputOptions,
  io: CliIo,
): Omit<CleanInputOptions, 'rules'> {
  return {
    url: command.url,
    fileUrl: file === '-' ? null : pathToFileURL(resolve(io.cwd, file)).href,
    input: command.input,
    maxElements: command.maxElements,
    maxBytes: command.maxBytes,
  };
}

/**
 * The reader's `--rules` (undefined when none were given; null when the file could not be read, which is
 * reported). Invalid lines are named on stderr and skipped. `doc`: a document whose selector engine the
 * rules will be asked through.
 */
export async function loadRules(
  command: InputOptions,
  io: CliIo,
  doc: Document,
): Promise<CompiledRule[] | undefined | null> {
  if (command.rules === null) return undefined;
  let bytes: Uint8Array;
  try {
    bytes = await io.readFile(resolve(io.cwd, command.rules), command.maxBytes);
  } catch (e) {
    io.err(`cleanwire: --rules ${command.rules}: ${describeError(e)}\n`);
    return null;
  }
  const file = readRulesFile(bytes, command.rules, selectorCheckFor(doc));
  for (const problem of file.problems) io.err(`cleanwire: ${problem}\n`);
  return file.rules;
}

const FS_ERRORS: Record<string, string> = {
  ENOENT: 'no such file.',
  EISDIR: 'is a directory, not a file.',
  EACCES: 'permission denied.',
  EPERM: 'permission denied.',
  ENAMETOOLONG: 'the file name is too long.',
};

/** What went wrong with one input, in a sentence for stderr. */
export function describeError(e: unknown): string {
  if (e instanceof InputError || e instanceof TooLargeError) return e.message;
  const code = (e as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && FS_ERRORS[code]) return FS_ERRORS[code];
  const message = errorText(e);
  return `could not be cleaned: ${message.split('\n')[0]}`;
}
