import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import { version } from '../../package.json';
import { EXPORT_FORMATS, exportArticle, type ExportFormat } from '../core/export/index';
import { parseCommandLine, UsageError, USAGE, type CleanCommand } from './args';
import { cleanInput, InputError } from './clean-input';
import { htmlSanitizer } from './sanitize';
import { jsonlRecord, jsonRecord, problemOf, type JsonRecord, type Outcome } from './records';
import { errorText, selectorCheckFor, type CompiledRule } from '../core';
import { readRulesFile } from './rules-file';
import { TooLargeError } from './limits';

/** Everything the command touches outside itself, so tests can run it in-process. */
export interface CliIo {
  /** Writes to standard output; resolves when the stream can take more. */
  out(text: string): Promise<void>;
  /** Writes to standard error. */
  err(text: string): void;
  /** Reads at most `maxBytes` bytes, and throws TooLargeError when there are more. */
  readFile(path: string, maxBytes: number): Promise<Uint8Array>;
  readStdin(maxBytes: number): Promise<Uint8Array>;
  cwd: string;
}

/** Runs `cleanwire ARGV…` and returns the exit status: 0 success, 1 a file failed, 2 usage error. */
export async function run(argv: string[], io: CliIo): Promise<number> {
  let command;
  try {
    command = parseCommandLine(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    io.err(`cleanwire: ${e.message}\n\n${USAGE}`);
    return 2;
  }
  if (command.command === 'help') {
    await io.out(USAGE);
    return 0;
  }
  if (command.command === 'version') {
    await io.out(`cleanwire ${version}\n`);
    return 0;
  }
  return cleanFiles(command, io);
}

async function cleanFiles(command: CleanCommand, io: CliIo): Promise<number> {
  // One inert window for the exporters to parse with, and for DOMPurify, which needs a window to work in.
  const window = new JSDOM('').window;
  const sanitize = htmlSanitizer(window);
  let rules: CompiledRule[] | undefined;
  if (command.rules !== null) {
    let bytes: Uint8Array;
    try {
      bytes = await io.readFile(resolve(io.cwd, command.rules), command.maxBytes);
    } catch (e) {
      io.err(`cleanwire: --rules ${command.rules}: ${describeError(e)}\n`);
      window.close();
      return 2;
    }
    // The same selector engine the rules will be asked through (jsdom's querySelectorAll).
    const file = readRulesFile(bytes, command.rules, selectorCheckFor(window.document));
    for (const problem of file.problems) io.err(`cleanwire: ${problem}\n`);
    rules = file.rules;
  }
  let failed = false;
  let printed = 0;
  const json: JsonRecord[] = [];
  const stdin = { read: false };

  for (const file of command.files) {
    const name = file === '-' ? '<stdin>' : file;
    const outcome = await readAndClean(file, command, rules, io, stdin);

    let exportable = false;
    if ('error' in outcome) {
      failed = true;
      io.err(`cleanwire: ${name}: ${outcome.error}\n`);
    } else {
      for (const note of outcome.cleaned.notes) io.err(`cleanwire: ${name}: note: ${note}\n`);
      const problem = problemOf(outcome.cleaned.result);
      if (problem) io.err(`cleanwire: ${name}: ${problem.message}\n`);
      if (problem?.failed) failed = true;
      else exportable = true;
    }

    if (command.format === 'json') json.push(jsonRecord(outcome));
    else if (command.format === 'jsonl') await io.out(JSON.stringify(jsonlRecord(outcome)) + '\n');
    else if (exportable && 'cleaned' in outcome && isExportFormat(command.format)) {
      let text = exportArticle(outcome.cleaned.result, command.format, window.document);
      if (command.format === 'html') text = sanitize(text);
      // A blank line between articles; each article already ends with its attribution line.
      await io.out((printed++ > 0 ? '\n' : '') + text + '\n');
    }
  }

  if (command.format === 'json') {
    await io.out(JSON.stringify(command.files.length === 1 ? json[0] : json, null, 2) + '\n');
  }
  window.close();
  return failed ? 1 : 0;
}

/** One FILE argument, read and cleaned; any failure before the engine's own verdict becomes an error outcome. */
async function readAndClean(
  file: string,
  command: CleanCommand,
  rules: CompiledRule[] | undefined,
  io: CliIo,
  stdin: { read: boolean },
): Promise<Outcome> {
  try {
    let bytes: Uint8Array;
    if (file === '-') {
      if (stdin.read) throw new InputError('standard input was already read by an earlier "-".');
      stdin.read = true;
      bytes = await io.readStdin(command.maxBytes);
    } else {
      bytes = await io.readFile(resolve(io.cwd, file), command.maxBytes);
    }
    const cleaned = cleanInput(bytes, {
      url: command.url,
      fileUrl: file === '-' ? null : pathToFileURL(resolve(io.cwd, file)).href,
      input: command.input,
      maxElements: command.maxElements,
      maxBytes: command.maxBytes,
      rules,
    });
    return { file, cleaned };
  } catch (e) {
    if (e instanceof TooLargeError) return { file, error: e.message, status: 'too-large' };
    return { file, error: describeError(e) };
  }
}

function isExportFormat(format: string): format is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(format);
}

const FS_ERRORS: Record<string, string> = {
  ENOENT: 'no such file.',
  EISDIR: 'is a directory, not a file.',
  EACCES: 'permission denied.',
  EPERM: 'permission denied.',
  ENAMETOOLONG: 'the file name is too long.',
};

function describeError(e: unknown): string {
  if (e instanceof InputError || e instanceof TooLargeError) return e.message;
  const code = (e as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && FS_ERRORS[code]) return FS_ERRORS[code];
  const message = errorText(e);
  return `could not be cleaned: ${message.split('\n')[0]}`;
}
