import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listReadabilityPages, READABILITY_TEST_URL } from '../lib/readability-corpus';
import { decodeFile, spread } from '../lib/runner';
import { loadTrafilaturaCases } from '../lib/trafilatura';

/** One corpus page to serve: where its bytes are and the address it really had. */
export interface CorpusPage {
  /** `readability/001`, `trafilatura-dev/<file>`. */
  id: string;
  file: string;
  url: string;
}

export interface CorpusListing {
  pages: CorpusPage[];
  /** Corpora that are absent, with the path looked for. */
  skipped: string[];
}

/**
 * The pages of both shared corpora, as the Node benchmark reads them (Readability's test pages under
 * upstream's URL, trafilatura-dev through cases.json), `limit` of each spread evenly (0 = all).
 */
export function listCorpusPages(corpusDir: string, limit = 0): CorpusListing {
  const pages: CorpusPage[] = [];
  const skipped: string[] = [];
  const readability = join(corpusDir, 'readability');
  const names = listReadabilityPages(readability);
  if (!names) skipped.push(`readability corpus: no ${readability}`);
  else
    for (const name of spread(names, limit))
      pages.push({
        id: `readability/${name}`,
        file: join(readability, name, 'source.html'),
        url: READABILITY_TEST_URL,
      });
  const trafilatura = join(corpusDir, 'trafilatura-dev');
  const cases = loadTrafilaturaCases(trafilatura);
  if (!cases) skipped.push(`trafilatura-dev: no ${join(trafilatura, 'cases.json')}`);
  else
    for (const c of spread(cases, limit))
      pages.push({ id: `trafilatura-dev/${c.file}`, file: join(trafilatura, c.file), url: c.url });
  return { pages, skipped };
}

/** The page's text, decoded as `cleanwire clean` and `npm run bench` decode it (served as UTF-8). */
export function readPage(page: CorpusPage): string {
  return decodeFile(readFileSync(page.file));
}

/**
 * Puts `tags` where a `document_start` content script runs: first thing in the document, but after
 * the doctype (and anything allowed before it), so the page keeps its standards or quirks mode.
 */
export function insertAtDocumentStart(html: string, tags: string): string {
  const prolog = /^(?:\s|<\?xml[^>]*>|<!--[\s\S]*?-->)*<!doctype[^>]*>/i.exec(html);
  const at = prolog ? prolog[0].length : 0;
  return html.slice(0, at) + tags + html.slice(at);
}
