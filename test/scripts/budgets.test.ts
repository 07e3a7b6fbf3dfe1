import { describe, expect, it } from 'vitest';
import { checkBudgets, extensionBudgets, formatBudget, pageFirstBundle } from '../../scripts/lib/budgets';

const KB = 1024;

describe('size budgets (scripts/lib/budgets.ts)', () => {
  const budget = { name: 'content script', files: ['content.js'], maxKb: 60 };

  it('passes at the limit and fails one byte over it', () => {
    expect(checkBudgets(new Map([['content.js', 60 * KB]]), [budget])[0]).toMatchObject({
      ok: true,
      gzipBytes: 60 * KB,
      missing: [],
    });
    expect(checkBudgets(new Map([['content.js', 60 * KB + 1]]), [budget])[0]!.ok).toBe(false);
  });

  it('adds up the files of a budget', () => {
    const popup = { name: 'popup', files: ['popup/popup.html', 'a.js', 'b.css'], maxKb: 1 };
    const sizes = new Map([
      ['popup/popup.html', 300],
      ['a.js', 500],
      ['b.css', 300],
      ['other.js', 99_999],
    ]);
    expect(checkBudgets(sizes, [popup])[0]).toMatchObject({ gzipBytes: 1100, ok: false });
  });

  it('fails a budget whose files the build did not write, or that names none', () => {
    const [missing, empty] = checkBudgets(new Map(), [budget, { name: 'nothing', files: [], maxKb: 1 }]);
    expect(missing).toMatchObject({ ok: false, missing: ['content.js'], gzipBytes: 0 });
    expect(empty!.ok).toBe(false);
    expect(formatBudget(missing!)).toMatch(/OVER BUDGET \(missing: content\.js\)$/);
  });

  it('budgets the early script at 12 KB, the click script at 60 KB and the popup’s first bundle', () => {
    expect(extensionBudgets(['popup/popup.html']).map((b) => [b.files, b.maxKb])).toEqual([
      [['early.js'], 12],
      [['content.js'], 60],
      [['popup/popup.html'], 42],
    ]);
  });

  it('takes a page’s first bundle from its built HTML: module scripts, preloads and stylesheets', () => {
    const html = `<!doctype html><html><head>
      <script type="module" crossorigin src="/assets/popup-A1.js"></script>
      <link rel="modulepreload" crossorigin href="/assets/shared-B2.js">
      <link rel="stylesheet" crossorigin href="/assets/popup-C3.css">
      <link rel="icon" href="/icons/icon-16.png">
      <script src="https://cdn.example/x.js"></script>
    </head><body></body></html>`;
    expect(pageFirstBundle('popup/popup.html', html)).toEqual([
      'popup/popup.html',
      'assets/popup-A1.js',
      'assets/shared-B2.js',
      'assets/popup-C3.css',
    ]);
  });
});
