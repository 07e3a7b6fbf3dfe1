/**
 * Size budgets of the built extension, checked by `npm run build` (scripts/build.ts), which fails when
 * one is exceeded. Sizes are gzip -9 bytes, as the build prints them. Pure: the build passes the sizes
 * in; unit-tested in test/scripts/budgets.test.ts.
 */

export interface Budget {
  /** What the reader waits for, in words. */
  name: string;
  /** Files (relative to the build directory) whose gzipped sizes add up to the figure. */
  files: readonly string[];
  /** At most this many KB (1024 bytes) gzipped. */
  maxKb: number;
}

export interface BudgetResult extends Budget {
  gzipBytes: number;
  ok: boolean;
  /** Files of the budget the build did not write: a budget on nothing must not pass quietly. */
  missing: string[];
}

/**
 * - the early script: what a page of a whitelisted site runs before first paint (issue 16: ≤ 12 KB);
 * - the content script: what a toolbar click injects, and what a whitelisted page loads at DOM ready
 *   (issue 16: ≤ 60 KB, goal 45);
 * - the popup's first bundle: the page and everything it loads before the first render (the lazily
 *   loaded copy formatters are not part of it). 47.7 KB before issue 16, 38.3 KB after it (the settings
 *   model stopped pulling the rule data in); 42 leaves room for a small feature, not for a dependency.
 */
export function extensionBudgets(popupFirstBundle: readonly string[]): Budget[] {
  return [
    { name: 'early script (document_start)', files: ['early.js'], maxKb: 12 },
    { name: 'content script (injected on a click)', files: ['content.js'], maxKb: 60 },
    { name: 'popup first bundle', files: popupFirstBundle, maxKb: 42 },
  ];
}

/**
 * The files an extension page loads as it opens: the page itself, its module scripts, the modules they
 * preload and its stylesheets, as Vite writes them into the built HTML (root-relative paths).
 */
export function pageFirstBundle(pagePath: string, html: string): string[] {
  const files = [pagePath];
  const tag = /<(script|link)\b[^>]*>/gi;
  for (const [element] of html.matchAll(tag)) {
    const rel = /\brel\s*=\s*"([^"]*)"/i.exec(element)?.[1] ?? '';
    const isScript = /^<script/i.test(element);
    if (!isScript && !/^(stylesheet|modulepreload)$/i.test(rel)) continue;
    const url = /\b(?:src|href)\s*=\s*"([^"]+)"/i.exec(element)?.[1];
    if (url && !/^[a-z]+:/i.test(url)) files.push(url.replace(/^\//, ''));
  }
  return files;
}

export function checkBudgets(
  gzipSizes: ReadonlyMap<string, number>,
  budgets: readonly Budget[],
): BudgetResult[] {
  return budgets.map((budget) => {
    const missing = budget.files.filter((f) => !gzipSizes.has(f));
    const gzipBytes = budget.files.reduce((sum, f) => sum + (gzipSizes.get(f) ?? 0), 0);
    const ok = missing.length === 0 && budget.files.length > 0 && gzipBytes <= budget.maxKb * 1024;
    return { ...budget, gzipBytes, ok, missing };
  });
}

/** One line per budget, for the build's output. */
export function formatBudget(r: BudgetResult): string {
  const kb = (r.gzipBytes / 1024).toFixed(1);
  const verdict = r.ok ? 'ok' : 'OVER BUDGET';
  const missing = r.missing.length ? ` (missing: ${r.missing.join(', ')})` : '';
  return `  ${r.name.padEnd(40)}${kb.padStart(6)} KB of ${r.maxKb} KB  ${verdict}${missing}`;
}
