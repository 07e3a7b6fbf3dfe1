import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { DEFAULT_LIMITS } from './limits';
import type { InputKind } from './sniff';

export const OUTPUT_FORMATS = ['text', 'markdown', 'html', 'json', 'jsonl'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];
export const GROUP_FORMATS = ['text', 'jsonl'] as const;
export type GroupFormat = (typeof GROUP_FORMATS)[number];
const INPUT_KINDS = ['auto', 'html', 'text'] as const;

/** How every FILE is read and cleaned: the options `clean` and `group` share. */
export interface InputOptions {
  /** Overrides the page URL of every input. */
  url: string | null;
  input: InputKind | 'auto';
  /** Refuse pages with more elements (0: no limit). */
  maxElements: number;
  /** Bytes read from one input at most, and at most this once decompressed. */
  maxBytes: number;
  /** `--rules FILE`: the reader's own rules (the options page's syntax), applied after the built-ins. */
  rules: string | null;
  /** Paths; `-` is standard input. */
  files: string[];
}

export interface CleanCommand extends InputOptions {
  command: 'clean';
  format: OutputFormat;
}

/** `cleanwire group`: the copies of each story among the files. */
export interface GroupCommand extends InputOptions {
  command: 'group';
  format: GroupFormat;
  /** Files cleaned at once, each in a worker thread (1: all in this thread). */
  jobs: number;
}

export type Command = CleanCommand | GroupCommand | { command: 'help' } | { command: 'version' };

/** A command line we cannot run: the message goes to stderr above the usage, and the exit code is 2. */
export class UsageError extends Error {}

export const USAGE = `Usage: cleanwire clean [options] FILE...
       cleanwire group [options] FILE...
       cleanwire --help | --version

Cleans saved news pages (HTML) or scraped text dumps: the article, its attribution, nothing else.
FILE is a path, or - for standard input. HTML or text is told from the content; gzip-compressed
input (*.html.gz or any name) is decompressed first. Pages too large to answer in seconds are
refused before they are parsed (status too-large, the limit and the figure named).

Options:
  -f, --format FORMAT    text (default), markdown, html, json or jsonl
  -u, --url URL          the page's URL (default: the page's canonical link or og:url,
                         else the file's file:// URL); applies to every FILE
      --input KIND       auto (default), html or text: skip the content sniffing
      --max-elements N   refuse pages with more than about N elements, counted before
                         parsing (default: ${DEFAULT_LIMITS.maxElements}; 0: no limit)
      --max-bytes N      read at most N bytes of each input, decompressed or not
                         (default: ${DEFAULT_LIMITS.maxBytes})
      --rules FILE       your own rules, one per line, in the options page's syntax
                         (##.promo, example.com##.ad, ##p:has-text(/^Sponsored$/i));
                         applied after the built-in rules; invalid lines are named
                         on stderr with their line number and reason, and skipped
  -h, --help             show this help
  -V, --version          show the version

Formats:
  text, markdown, html   the article, then its attribution line
                         (Title · Site · Byline · 7 August 2018 · URL · via AFP)
  json                   the full result (article, attribution with sources, removals) per file;
                         an array when there are several files
  jsonl                  one line per file: file, status, message, title, byline, siteName, published,
                         url, wire, lang, wordCount, text, removals

cleanwire group: the copies of one story among the files (syndicated, scraped, cut, re-linked or
rewritten), found by comparing word shingles; FILE and the options above as for clean, and:
  -f, --format FORMAT    text (default): each story with several copies, its most complete
                         copy, its wire agency and what each copy lacks; or jsonl
  -j, --jobs N           files cleaned at once, each in a worker thread
                         (default: the number of CPU cores, ${availableParallelism()} here)
  jsonl                  one line per file: file, status, message, cluster (the same number for
                         every copy of one story), copies, complete (the most complete copy), earliest,
                         band (same-text or rewritten: how it matches its closest copy), wire (the
                         story's agency, as any copy names it), lacks / lacksWords / changed (paragraphs
                         the most complete copy has that this one lacks, or has with other words),
                         paragraphs, words, title, site, url, published

Exit status: 0 all files cleaned; 1 a file could not be read or cleaned (the others are still
printed, and each failure is named on stderr); 2 a usage error.
`;

export function parseCommandLine(argv: string[]): Command {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f' },
        url: { type: 'string', short: 'u' },
        input: { type: 'string' },
        'max-elements': { type: 'string' },
        'max-bytes': { type: 'string' },
        rules: { type: 'string' },
        jobs: { type: 'string', short: 'j' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'V' },
      },
    });
  } catch (e) {
    throw new UsageError(e instanceof Error ? firstSentence(e.message) : String(e));
  }
  const { values, positionals } = parsed;
  if (values.help || positionals[0] === 'help') return { command: 'help' };
  if (values.version) return { command: 'version' };

  const [command, ...files] = positionals;
  if (command === undefined) throw new UsageError('no command given.');
  if (command !== 'clean' && command !== 'group') throw new UsageError(`unknown command "${command}".`);
  if (files.length === 0) throw new UsageError('no FILE given (use - to read standard input).');

  const formats = command === 'clean' ? OUTPUT_FORMATS : GROUP_FORMATS;
  const format = values.format ?? 'text';
  if (!isOneOf<string>(format, formats))
    throw new UsageError(`unknown format "${format}" (expected ${formats.join(', ')}).`);
  const input = values.input ?? 'auto';
  if (!isOneOf(input, INPUT_KINDS))
    throw new UsageError(`unknown input kind "${input}" (expected auto, html or text).`);

  let url: string | null = null;
  if (values.url !== undefined) {
    if (!URL.canParse(values.url)) throw new UsageError(`--url needs an absolute URL, got "${values.url}".`);
    url = new URL(values.url).href;
  }

  const maxElements = wholeNumber('--max-elements', values['max-elements'], DEFAULT_LIMITS.maxElements);
  const maxBytes = wholeNumber('--max-bytes', values['max-bytes'], DEFAULT_LIMITS.maxBytes);
  if (maxBytes === 0) throw new UsageError('--max-bytes needs at least 1 byte.');

  const rules = values.rules ?? null;
  if (rules === '') throw new UsageError('--rules needs a file name.');
  const options = { url, input, maxElements, maxBytes, rules, files };

  if (command === 'clean') {
    if (values.jobs !== undefined) throw new UsageError('--jobs is an option of cleanwire group.');
    return { command, format: format as OutputFormat, ...options };
  }
  const jobs = wholeNumber('--jobs', values.jobs, availableParallelism());
  if (jobs === 0) throw new UsageError('--jobs needs at least 1.');
  return { command, format: format as GroupFormat, jobs, ...options };
}

function wholeNumber(option: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined) return fallback;
  if (!/^\d+$/.test(raw) || !Number.isSafeInteger(Number(raw)))
    throw new UsageError(`${option} needs a whole number, got "${raw}".`);
  return Number(raw);
}

function isOneOf<T extends string>(value: string, options: readonly T[]): value is T {
  return (options as readonly string[]).includes(value);
}

/** Node's parseArgs messages carry a long second sentence about `--`; the first one says what is wrong. */
function firstSentence(message: string): string {
  const end = message.search(/\.\s/);
  return end === -1 ? message : message.slice(0, end + 1);
}
