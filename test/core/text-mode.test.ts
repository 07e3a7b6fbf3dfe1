import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanText } from '../../src/core/text-mode';
import { collapse } from '../../src/core/text';

const SEEDS = join(__dirname, '../../../shared/seeds');
const haveSeeds = existsSync(SEEDS);

/**
 * What /work/shared/seeds/README.md names as clutter for each seed (matched against whole lines), and
 * the lines that are attribution or headline rather than body. Every other line is article text and
 * must survive.
 */
const EXPECT: Record<string, { clutter: RegExp[]; notBody: RegExp[]; title: string }> = {
  '000': {
    clutter: [/Increased By|Decreased By|No Change/, /^Comments$/, /^Comments are closed\.$/],
    notBody: [/^Copyright Agence France-Presse, 2018$/],
    title: '',
  },
  '001': {
    clutter: [
      /^in social • 6 years ago$/,
      /^images\(1\)\.jpg$/,
      /^Authors get paid/,
      /^If you enjoyed what you read here/,
    ],
    notBody: [/^facebook asks us banks to share customer data$/],
    title: 'facebook asks us banks to share customer data',
  },
  '002': {
    clutter: [/^\(This story has not been edited by Business Standard staff/, /^First Published:/],
    notBody: [/^Facebook asks big banks to share customer details$/],
    title: 'Facebook asks big banks to share customer details',
  },
  '003': {
    clutter: [/^Latest$/, /^Recommended$/, /^Like this:$/],
    notBody: [
      /^Published: Wed, August 08, 2018$/,
      /^Economy \| By Melissa Porter$/,
      /^Facebook wants your financial data to expand Messenger, says report$/,
    ],
    title: 'Facebook wants your financial data to expand Messenger, says report',
  },
  '004': {
    clutter: [/^Facebook wants banks to share your personal finances: Report$/, /^Related news:$/],
    notBody: [/^Facebook asks big banks to share customer details$/],
    title: 'Facebook asks big banks to share customer details',
  },
};

describe.skipIf(!haveSeeds)(
  `text mode on the seeds${haveSeeds ? '' : ' (skipped: ../shared/seeds is absent)'}`,
  () => {
    const files = haveSeeds
      ? readdirSync(SEEDS)
          .filter((f) => f.endsWith('.txt'))
          .sort()
      : [];
    it('has all five seeds', () => expect(files).toHaveLength(5));
    for (const file of files) {
      const key = file.slice(0, 3);
      const spec = EXPECT[key]!;
      describe(file, () => {
        const input = readFileSync(join(SEEDS, file), 'utf8');
        const result = cleanText(input);
        const outLines = new Set(result.article!.text.split('\n\n'));
        const inLines = input.split(/\r?\n/).map(collapse).filter(Boolean);

        it('drops every clutter line the README names', () => {
          const leaked = [...outLines].filter((l) => spec.clutter.some((re) => re.test(l)));
          expect(leaked).toEqual([]);
          // and the rules really met each clutter pattern in the input
          for (const re of spec.clutter) expect(inLines.some((l) => re.test(l))).toBe(true);
        });

        it('keeps every article line, unchanged', () => {
          const body = inLines.filter((l) => ![...spec.clutter, ...spec.notBody].some((re) => re.test(l)));
          expect(body.length).toBeGreaterThan(5);
          expect(body.filter((l) => !outLines.has(l))).toEqual([]);
        });

        it('takes the headline from the top', () => {
          expect(result.article!.title).toBe(spec.title);
        });

        it('records each removal with a rule id', () => {
          expect(result.removals.length).toBeGreaterThan(0);
          for (const r of result.removals) expect(r.ruleId).toMatch(/^[a-z]+\.[a-z-]+$/);
        });
      });
    }
  },
);

describe('text mode basics', () => {
  it('keeps a sentence that merely mentions comments or a share price', () => {
    const r = cleanText(
      'Shares rose after comments\n\nThe comments by the CEO lifted the share price by 3%.\n\nShare this:',
    );
    expect(r.article!.text).toContain('The comments by the CEO lifted the share price by 3%.');
    expect(r.article!.text).not.toContain('Share this:');
  });
  it('says so when nothing is left', () => {
    const r = cleanText('Comments\nLike this:\n');
    expect(r.status).toBe('no-article');
    expect(r.message).toMatch(/no article/i);
  });
  it('does not take a dateline for a second headline', () => {
    const r = cleanText(
      'Banks asked to share customer data\nAFP | New York\nFacebook has asked banks to share data.\nMore text here.',
    );
    expect(r.article!.text).toContain('AFP | New York');
  });
});
