import type { CleanResult, CleanStatus, Removal } from '../core';
import type { CleanedInput } from './clean-input';

/** What happened to one FILE argument: cleaned (whatever the engine's status), or an error before that. */
export type Outcome =
  | { file: string; cleaned: CleanedInput }
  /** `too-large`: refused by a limit before the engine ran (src/cli/limits.ts); `error` when absent. */
  | { file: string; error: string; status?: 'too-large' };

/** `--format json`: the engine's whole result, with the file and how it was read. */
export type JsonRecord =
  | ({ file: string; input: CleanedInput['kind']; charset: string; url: string | null } & CleanResult)
  | { file: string; status: 'error' | 'too-large'; message: string };

/** `--format jsonl`: one flat line per file, the same keys on every line (null when unknown). */
export interface JsonlRecord {
  file: string;
  status: CleanStatus | 'error';
  message: string | null;
  input: CleanedInput['kind'] | null;
  charset: string | null;
  title: string | null;
  byline: string | null;
  siteName: string | null;
  /** ISO 8601, as the page gives it. */
  published: string | null;
  /** The canonical URL, else the page URL the engine was given. */
  url: string | null;
  /** The wire agency's short name ("AFP"), when the story is syndicated. */
  wire: string | null;
  lang: string | null;
  wordCount: number;
  text: string;
  removals: Removal[];
}

export function jsonRecord(outcome: Outcome): JsonRecord {
  if ('error' in outcome)
    return { file: outcome.file, status: outcome.status ?? 'error', message: outcome.error };
  const { kind, charset, url, result } = outcome.cleaned;
  return { file: outcome.file, input: kind, charset, url, ...result };
}

export function jsonlRecord(outcome: Outcome): JsonlRecord {
  if ('error' in outcome) {
    return {
      file: outcome.file,
      status: outcome.status ?? 'error',
      message: outcome.error,
      input: null,
      charset: null,
      title: null,
      byline: null,
      siteName: null,
      published: null,
      url: null,
      wire: null,
      lang: null,
      wordCount: 0,
      text: '',
      removals: [],
    };
  }
  const { kind, charset, url, result } = outcome.cleaned;
  const { article, attribution } = result;
  return {
    file: outcome.file,
    status: result.status,
    message: result.message,
    input: kind,
    charset,
    title: article?.title || null,
    byline: attribution.byline?.value ?? null,
    siteName: attribution.siteName?.value ?? null,
    published: attribution.published?.value ?? null,
    url: attribution.canonicalUrl?.value ?? url,
    wire: attribution.wire?.agency ?? null,
    lang: article?.lang ?? null,
    wordCount: article?.wordCount ?? 0,
    text: article?.text ?? '',
    removals: result.removals,
  };
}

/**
 * Whether a cleaned file counts as failed (no article to show: refused, or nothing left) and what to tell the
 * user. A best-effort result (no article found, the whole page cleaned instead) is printed with a warning.
 */
export function problemOf(result: CleanResult): { failed: boolean; message: string } | null {
  const usable = result.article !== null && result.article.wordCount > 0;
  if (result.status === 'ok' && usable && result.message === null) return null;
  const message = result.message ?? (usable ? 'cleaned with a warning.' : 'no article text was found.');
  return usable ? { failed: false, message: `warning: ${message}` } : { failed: true, message };
}
