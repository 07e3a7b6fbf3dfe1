/** The files `npm run bench:group` runs the command line on: every corpus page, and the seeds. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface CorpusFile {
  path: string;
  corpus: 'trafilatura-dev' | 'readability' | 'wcxb-dev' | 'seeds';
  /** The site the corpus says the page is from (see testset.ts, Article.site). */
  site: string;
}

const hostOf = (url: string) => {
  try {
    return new URL(url).hostname.replace(/^www\d?\./, '');
  } catch {
    return url;
  }
};

/** Every page of the three corpora (the first `limit` of each when limit > 0); null when the folder is absent. */
export function corpusFiles(dir: string, limit: number): CorpusFile[] | null {
  if (!existsSync(dir)) return null;
  const take = <T>(items: T[]) => (limit > 0 ? items.slice(0, limit) : items);
  const files: CorpusFile[] = [];

  const trafilatura = join(dir, 'trafilatura-dev');
  if (existsSync(join(trafilatura, 'cases.json'))) {
    const cases = JSON.parse(readFileSync(join(trafilatura, 'cases.json'), 'utf8')) as {
      url: string;
      file: string;
    }[];
    for (const c of take(cases))
      files.push({ path: join(trafilatura, c.file), corpus: 'trafilatura-dev', site: hostOf(c.url) });
  }

  const readability = join(dir, 'readability');
  if (existsSync(readability)) {
    const names = readdirSync(readability).filter((n) => existsSync(join(readability, n, 'source.html')));
    for (const name of take(names.sort()))
      files.push({
        path: join(readability, name, 'source.html'),
        corpus: 'readability',
        site: name.replace(/-\d+$/, ''), // nytimes-1 … nytimes-5: one site
      });
  }

  const wcxb = join(dir, 'wcxb-dev');
  if (existsSync(join(wcxb, 'html'))) {
    const pages = readdirSync(join(wcxb, 'html')).filter((n) => n.endsWith('.html.gz'));
    for (const page of take(pages.sort())) {
      const id = page.replace('.html.gz', '');
      const truth = join(wcxb, 'ground-truth', `${id}.json`);
      const url = existsSync(truth) ? (JSON.parse(readFileSync(truth, 'utf8')) as { url: string }).url : page;
      files.push({ path: join(wcxb, 'html', page), corpus: 'wcxb-dev', site: hostOf(url) });
    }
  }
  return files;
}

/** The five seed text dumps, or none when ../shared/seeds is absent. */
export function seedFiles(dir: string): CorpusFile[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ path: join(dir, f), corpus: 'seeds' as const, site: `seed ${f.slice(0, 3)}` }));
}
