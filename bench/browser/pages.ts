import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listReadabilityPages, READABILITY_TEST_URL } from '../lib/readability-corpus';
import { decodeFile, spread } from '../lib/runner';
import { loadTrafilaturaCases } from '../lib/trafilatura';
import { loadWcxbCases, wcxbHtmlPath } from '../lib/wcxb';
import type { GroundTruth } from './truth-retention';

/** One corpus page to serve: where its bytes are and the address it really had. */
export interface CorpusPage {
  /** `readability/001`, `trafilatura-dev/<file>`, `wcxb-dev/<id>`. */
  id: string;
  file: string;
  url: string;
  /** The corpus's own ground truth, where it has one beyond an extractor's expected output. */
  truth?: GroundTruth;
}

export interface CorpusListing {
  pages: CorpusPage[];
  /** Corpora that are absent, with the path looked for. */
  skipped: string[];
}

/**
 * The pages of the three shared corpora, as the Node benchmark reads them (Readability's test pages
 * under upstream's URL, trafilatura-dev through cases.json, wcxb-dev through its ground-truth files),
 * `limit` of each spread evenly (0 = all), with their ground truth: trafilatura-dev's `with` snippets,
 * wcxb-dev's `main_content` (Readability's corpus has only Readability's expected output).
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
      pages.push({
        id: `trafilatura-dev/${c.file}`,
        file: join(trafilatura, c.file),
        url: c.url,
        truth: { kind: 'with', snippets: c.with },
      });
  const wcxb = join(corpusDir, 'wcxb-dev');
  const wcxbCases = loadWcxbCases(wcxb);
  if (!wcxbCases) skipped.push(`wcxb-dev: no ${join(wcxb, 'ground-truth')}`);
  else
    for (const c of spread(wcxbCases, limit))
      pages.push({
        id: `wcxb-dev/${c.id}`,
        file: wcxbHtmlPath(wcxb, c.id),
        url: c.url,
        truth: { kind: 'main-content', text: c.mainContent },
      });
  return { pages, skipped };
}

/**
 * The page's text, decoded as `cleanwire clean` and `npm run bench` decode it (gzip undone, served as
 * UTF-8).
 */
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
