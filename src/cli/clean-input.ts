import { JSDOM } from 'jsdom';
import { useStandardMatches } from './standard-matches';
import { clean, cleanText, type CleanResult, type CompiledRule } from '../core';
import { decodeBytes, type Decoded } from './decode';
import { declaredPageUrl } from './page-url';
import { sniffKind, type InputKind } from './sniff';

export interface CleanInputOptions {
  /** `--url`: overrides whatever the page says. */
  url: string | null;
  /** The file's own URL (`file:///…`), or null for standard input. */
  fileUrl: string | null;
  input: InputKind | 'auto';
  maxElements: number | undefined;
  /** Rules to clean with (`--rules`); the built-in rules when absent. */
  rules?: CompiledRule[] | undefined;
}

export interface CleanedInput {
  kind: InputKind;
  charset: string;
  charsetFrom: Decoded['from'];
  /** The page URL the engine was given (null: none known, as for a text dump on standard input). */
  url: string | null;
  result: CleanResult;
}

/** A file we could read but not use (empty, or not text): the CLI reports it like an unreadable one. */
export class InputError extends Error {}

/** Decodes, tells HTML from a text dump, finds the page URL, and runs the engine. */
export function cleanInput(bytes: Uint8Array, options: CleanInputOptions): CleanedInput {
  const decoded = decodeBytes(bytes);
  if (decoded.text.trim() === '') throw new InputError('the input is empty.');
  if (decoded.text.includes('\u0000'))
    throw new InputError('this looks binary (or UTF-16 without a byte-order mark), not a web page or text.');
  const kind = options.input === 'auto' ? sniffKind(decoded.text) : options.input;
  const base = { kind, charset: decoded.charset, charsetFrom: decoded.from };

  if (kind === 'text') {
    const url = options.url ?? options.fileUrl;
    return {
      ...base,
      url,
      result: cleanText(decoded.text, { ...(url ? { url } : {}), ...rulesOption(options) }),
    };
  }

  // jsdom runs no scripts and loads nothing unless asked to; the URL makes relative links absolute.
  const dom = new JSDOM(decoded.text, {
    url: options.url ?? options.fileUrl ?? 'about:blank',
    contentType: 'text/html',
  });
  useStandardMatches(dom.window);
  let url = options.url;
  if (url === null) {
    url = declaredPageUrl(dom.window.document) ?? options.fileUrl;
    if (url !== null && url !== dom.window.document.URL) dom.reconfigure({ url });
  }
  let result: CleanResult;
  try {
    result = clean(dom.window.document, {
      url: url ?? 'about:blank',
      ...(options.maxElements !== undefined ? { maxElements: options.maxElements } : {}),
      ...rulesOption(options),
    });
  } finally {
    dom.window.close(); // the result is plain data; free the page's DOM before the next file
  }
  // Standard input without a URL has no address: do not present the placeholder as the canonical URL.
  if (url === null && result.attribution.canonicalUrl?.source === 'url')
    result.attribution.canonicalUrl = null;
  return { ...base, url, result };
}

/** `{ rules }` when `--rules` gave some (the engine's own default otherwise). */
function rulesOption(options: CleanInputOptions): { rules?: CompiledRule[] } {
  return options.rules ? { rules: options.rules } : {};
}
