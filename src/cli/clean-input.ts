import { cleanContained, cleanText, type CleanResult, type CompiledRule } from '../core';
import { decodeBytes, type Decoded } from './decode';
import { CompressedInputError, gunzipIfCompressed } from './gunzip';
import { refusalOf, TooLargeError } from './limits';
import { boundMarkup } from './markup-bounds';
import { scanMarkup } from './markup-scan';
import { declaredPageUrl } from './page-url';
import { parsePage, type ParsedPage } from './parse-page';
import { looksBinary, sniffKind, type InputKind } from './sniff';

export interface CleanInputOptions {
  /** `--url`: overrides whatever the page says. */
  url: string | null;
  /** The file's own URL (`file:///…`), or null for standard input. */
  fileUrl: string | null;
  input: InputKind | 'auto';
  /** Refuse pages with more elements (0: no limit). */
  maxElements: number;
  /** At most this many bytes once decompressed. */
  maxBytes: number;
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
  /** What the user should know about how the file was read (stylesheets jsdom could not use), once each. */
  notes: string[];
}

/** A file we could read but not use (empty, or not text): the CLI reports it like an unreadable one. */
export class InputError extends Error {}

/**
 * Decodes, tells HTML from a text dump, finds the page URL, and runs the engine. A page too large to
 * answer in seconds is refused (TooLargeError) or made cheaper (markup-bounds.ts) before jsdom parses it.
 */
export function cleanInput(bytes: Uint8Array, options: CleanInputOptions): CleanedInput {
  let raw: Uint8Array;
  try {
    raw = gunzipIfCompressed(bytes, options.maxBytes);
  } catch (e) {
    if (e instanceof CompressedInputError) throw new InputError(e.message);
    throw e;
  }
  const decoded = decodeBytes(raw);
  if (decoded.text.trim() === '') throw new InputError('the input is empty.');
  if (looksBinary(decoded.text))
    throw new InputError('this looks binary (or UTF-16 without a byte-order mark), not a web page or text.');
  // A stray NUL is a damaged byte, not binary: shown as U+FFFD like an invalid byte.
  const text = decoded.text.replace(/\u0000/g, '\uFFFD');
  const kind = options.input === 'auto' ? sniffKind(text) : options.input;
  const base = { kind, charset: decoded.charset, charsetFrom: decoded.from };

  if (kind === 'text') {
    const url = options.url ?? options.fileUrl;
    return {
      ...base,
      url,
      result: cleanText(text, { ...(url ? { url } : {}), ...rulesOption(options) }),
      notes: [],
    };
  }

  const scan = scanMarkup(text);
  const refusal = refusalOf(scan, options);
  if (refusal !== null) throw new TooLargeError(refusal);
  const bounded = boundMarkup(text, scan);
  // jsdom runs no scripts and loads nothing unless asked to; the URL makes relative links absolute.
  const parsed = parsePage(bounded.html, options.url ?? options.fileUrl ?? 'about:blank');
  const dom = parsed.dom;
  let url = options.url;
  if (url === null) {
    url = declaredPageUrl(dom.window.document) ?? options.fileUrl;
    if (url !== null && url !== dom.window.document.URL) dom.reconfigure({ url });
  }
  let result: CleanResult;
  try {
    result = cleanContained(dom.window.document, {
      url: url ?? 'about:blank',
      maxElements: options.maxElements, // the exact count, after the estimate above
      ...rulesOption(options),
    });
  } finally {
    dom.window.close(); // the result is plain data; free the page's DOM before the next file
  }
  // Standard input without a URL has no address: do not present the placeholder as the canonical URL.
  if (url === null && result.attribution.canonicalUrl?.source === 'url')
    result.attribution.canonicalUrl = null;
  return { ...base, url, result, notes: [...bounded.notes, ...stylesheetNotes(parsed)] };
}

/** One line each for the stylesheets jsdom threw on (left out) and those it could not parse (skipped). */
export function stylesheetNotes({ droppedStyles, unparsedSheets }: ParsedPage): string[] {
  const notes: string[] = [];
  if (droppedStyles) {
    const one = droppedStyles.count === 1;
    notes.push(
      `${droppedStyles.count} <style> block${one ? ' was' : 's were'} left out: jsdom's CSS parser threw on ${one ? 'it' : 'them'} (${droppedStyles.reason}).`,
    );
  }
  if (unparsedSheets > 0) {
    const one = unparsedSheets === 1;
    notes.push(
      `${unparsedSheets} stylesheet${one ? '' : 's'} could not be parsed (jsdom skipped ${one ? 'its' : 'their'} bad rules).`,
    );
  }
  return notes;
}

/** `{ rules }` when `--rules` gave some (the engine's own default otherwise). */
function rulesOption(options: CleanInputOptions): { rules?: CompiledRule[] } {
  return options.rules ? { rules: options.rules } : {};
}
