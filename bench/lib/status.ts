import type { ExtractorId, Timed } from './extractors';

/** Cleanwire's status on a page (`ok`, `no-article` …, `error` when it threw), `-` when it did not run. */
export function statusOf(outputs: Partial<Record<ExtractorId, Timed>>): string {
  return outputs.cleanwire?.result.status ?? '-';
}

/** The pages of a corpus where Cleanwire ran and did not say `ok`, as "name (status)". */
export function notOk<P>(pages: readonly P[], name: (p: P) => string, status: (p: P) => string): string[] {
  return pages.filter((p) => status(p) !== 'ok' && status(p) !== '-').map((p) => `${name(p)} (${status(p)})`);
}
