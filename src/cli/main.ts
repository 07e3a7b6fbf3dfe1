import { JSDOM } from 'jsdom';
import { version } from '../../package.json';
import { EXPORT_FORMATS, exportArticle, type ExportFormat } from '../core/export/index';
import { parseCommandLine, UsageError, USAGE, type CleanCommand } from './args';
import { cleanInput } from './clean-input';
import { groupFiles } from './group';
import { cleanInputOptions, describeError, loadRules, readInput, type StdinState } from './inputs';
import { htmlSanitizer } from './sanitize';
import { jsonlRecord, jsonRecord, problemOf, type JsonRecord, type Outcome } from './records';
import type { CompiledRule } from '../core';
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
  if (command.command === 'group') return groupFiles(command, io);
  return cleanFiles(command, io);
}

async function cleanFiles(command: CleanCommand, io: CliIo): Promise<number> {
  // One inert window for the exporters to parse with, and for DOMPurify, which needs a window to work in.
  const window = new JSDOM('').window;
  const sanitize = htmlSanitizer(window);
  // The same selector engine the rules will be asked through (jsdom's querySelectorAll).
  const rules = await loadRules(command, io, window.document);
  if (rules === null) {
    window.close();
    return 2;
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
  stdin: StdinState,
): Promise<Outcome> {
  try {
    const bytes = await readInput(file, command.maxBytes, io, stdin);
    const cleaned = cleanInput(bytes, { ...cleanInputOptions(file, command, io), rules });
    return { file, cleaned };
  } catch (e) {
    if (e instanceof TooLargeError) return { file, error: e.message, status: 'too-large' };
    return { file, error: describeError(e) };
  }
}

function isExportFormat(format: string): format is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(format);
}
