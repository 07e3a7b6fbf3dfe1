import { availableParallelism } from 'node:os';
import type { ExtractorId } from './extractors';

export type Section = 'trafilatura' | 'readability' | 'wcxb' | 'fixtures';
export const SECTIONS: readonly Section[] = ['trafilatura', 'readability', 'wcxb', 'fixtures'];

export interface BenchOptions {
  sections: Section[];
  /** Pages per corpus (evenly spread); 0 = all. Fixtures always run whole. */
  limitTrafilatura: number;
  limitReadability: number;
  limitWcxb: number;
  extractors: ExtractorId[];
  json: string | null;
  reportMisses: string | null;
  verbose: boolean;
  corpusDir: string | null;
  smoke: boolean;
  /** Worker threads for the corpora (fixtures run in the main thread). */
  jobs: number;
}

export const USAGE = `Usage: npm run bench -- [options]
  --only S[,S]            sections: trafilatura, readability, wcxb, fixtures (default: all)
  --limit N               at most N pages per corpus, spread evenly (default: all)
  --smoke                 fast CI subset: 40 trafilatura + 20 readability + 20 wcxb-dev pages + all fixtures
  --defuddle              add Defuddle as a third extractor (slow under jsdom: several times Readability)
  --jobs N                worker threads for the corpora (default: 2, or 1 if the machine has 1 core)
  --json FILE             also write the full results as JSON
  --report-misses FILE    write each page's missed/leaked strings (Markdown), worst first
  --verbose               per-page rows in the tables
  --corpus DIR            corpus root (default: ../shared/corpus next to the project)
  --help`;

export function parseArgs(argv: readonly string[]): BenchOptions {
  const o: BenchOptions = {
    sections: [...SECTIONS],
    limitTrafilatura: 0,
    limitReadability: 0,
    limitWcxb: 0,
    extractors: ['readability', 'cleanwire'],
    json: null,
    reportMisses: null,
    verbose: false,
    corpusDir: null,
    smoke: false,
    jobs: Math.min(2, availableParallelism()),
  };
  const value = (i: number, flag: string): string => {
    const v = argv[i + 1];
    if (v === undefined || v.startsWith('--')) throw new Error(`${flag} needs a value\n${USAGE}`);
    return v;
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    switch (a) {
      case '--only': {
        const list = value(i++, a).split(',');
        for (const s of list)
          if (!SECTIONS.includes(s as Section))
            throw new Error(`unknown section "${s}" (use ${SECTIONS.join(', ')})`);
        o.sections = list as Section[];
        break;
      }
      case '--limit': {
        const n = Number(value(i++, a));
        if (!Number.isInteger(n) || n < 0) throw new Error('--limit needs a whole number ≥ 0');
        o.limitTrafilatura = o.limitReadability = o.limitWcxb = n;
        break;
      }
      case '--smoke':
        o.smoke = true;
        o.limitTrafilatura = 40;
        o.limitReadability = 20;
        o.limitWcxb = 20;
        break;
      case '--defuddle':
        if (!o.extractors.includes('defuddle')) o.extractors.push('defuddle');
        break;
      case '--jobs': {
        const n = Number(value(i++, a));
        if (!Number.isInteger(n) || n < 1) throw new Error('--jobs needs a whole number ≥ 1');
        o.jobs = n;
        break;
      }
      case '--json':
        o.json = value(i++, a);
        break;
      case '--report-misses':
        o.reportMisses = value(i++, a);
        break;
      case '--verbose':
        o.verbose = true;
        break;
      case '--corpus':
        o.corpusDir = value(i++, a);
        break;
      case '--help':
      case '-h':
        throw new Error(USAGE);
      default:
        throw new Error(`unknown option "${a}"\n${USAGE}`);
    }
  }
  return o;
}
