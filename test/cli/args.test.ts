import { availableParallelism } from 'node:os';
import { describe, expect, it } from 'vitest';
import { parseCommandLine, UsageError } from '../../src/cli/args';
import { DEFAULT_LIMITS } from '../../src/cli/limits';

describe('parseCommandLine', () => {
  it('reads the clean command with its defaults', () => {
    expect(parseCommandLine(['clean', 'a.html', '-'])).toEqual({
      command: 'clean',
      format: 'text',
      url: null,
      input: 'auto',
      maxElements: DEFAULT_LIMITS.maxElements,
      maxBytes: DEFAULT_LIMITS.maxBytes,
      rules: null,
      files: ['a.html', '-'],
    });
  });

  it('reads every option, long and short', () => {
    expect(
      parseCommandLine([
        'clean',
        '-f',
        'jsonl',
        '-u',
        'https://example.com/a',
        '--input',
        'text',
        '--max-elements',
        '5000',
        '--max-bytes',
        '1000',
        '--rules',
        'mine.txt',
        'x',
      ]),
    ).toEqual({
      command: 'clean',
      format: 'jsonl',
      url: 'https://example.com/a',
      input: 'text',
      maxElements: 5000,
      maxBytes: 1000,
      rules: 'mine.txt',
      files: ['x'],
    });
    expect(parseCommandLine(['clean', '--format=markdown', 'x'])).toMatchObject({ format: 'markdown' });
  });

  it('reads the group command: the input options of clean, text or jsonl, and --jobs (default: the cores)', () => {
    expect(parseCommandLine(['group', 'a.html', 'b.txt.gz'])).toEqual({
      command: 'group',
      format: 'text',
      url: null,
      input: 'auto',
      maxElements: DEFAULT_LIMITS.maxElements,
      maxBytes: DEFAULT_LIMITS.maxBytes,
      rules: null,
      jobs: availableParallelism(),
      files: ['a.html', 'b.txt.gz'],
    });
    expect(
      parseCommandLine(['group', '-f', 'jsonl', '-j', '3', '--input', 'text', '--rules', 'r.txt', 'x']),
    ).toMatchObject({ format: 'jsonl', jobs: 3, input: 'text', rules: 'r.txt' });
  });

  it('answers --help, help and --version before anything else', () => {
    expect(parseCommandLine(['--help'])).toEqual({ command: 'help' });
    expect(parseCommandLine(['clean', '-h'])).toEqual({ command: 'help' });
    expect(parseCommandLine(['help'])).toEqual({ command: 'help' });
    expect(parseCommandLine(['--version'])).toEqual({ command: 'version' });
    expect(parseCommandLine(['-V'])).toEqual({ command: 'version' });
  });

  it.each([
    [[], 'no command given.'],
    [['tidy', 'a.html'], 'unknown command "tidy".'],
    [['clean'], 'no FILE given (use - to read standard input).'],
    [['clean', '--bogus', 'a.html'], "Unknown option '--bogus'."],
    [
      ['clean', '--format', 'pdf', 'a.html'],
      'unknown format "pdf" (expected text, markdown, html, json, jsonl).',
    ],
    [['clean', '--format'], "Option '-f, --format <value>' argument missing"],
    [['clean', '--input', 'xml', 'a.html'], 'unknown input kind "xml" (expected auto, html or text).'],
    [
      ['clean', '--url', 'www.example.com/a', 'a.html'],
      '--url needs an absolute URL, got "www.example.com/a".',
    ],
    [['clean', '--max-elements', '2.5', 'a.html'], '--max-elements needs a whole number, got "2.5".'],
    [['clean', '--max-bytes', '1e6', 'a.html'], '--max-bytes needs a whole number, got "1e6".'],
    [['clean', '--max-bytes', '0', 'a.html'], '--max-bytes needs at least 1 byte.'],
    [['clean', '--rules=', 'a.html'], '--rules needs a file name.'],
    [['group'], 'no FILE given (use - to read standard input).'],
    [['group', '--format', 'markdown', 'a.html'], 'unknown format "markdown" (expected text, jsonl).'],
    [['group', '--jobs', '0', 'a.html'], '--jobs needs at least 1.'],
    [['group', '-j', 'all', 'a.html'], '--jobs needs a whole number, got "all".'],
    [['clean', '--jobs', '2', 'a.html'], '--jobs is an option of cleanwire group.'],
  ])('refuses %j with a usage error', (argv, message) => {
    expect(() => parseCommandLine(argv)).toThrow(UsageError);
    expect(() => parseCommandLine(argv)).toThrow(message);
  });
});
