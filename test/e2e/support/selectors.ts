/**
 * The built-in rules reach the page precompiled (src/rules/builtin.generated.ts), so no page checks
 * their selectors any more: these helpers let the e2e suites check them once in each real engine.
 */
import { cssForRules } from '../../../src/core/inpage/css';
import { builtinRules } from '../../../src/core/rules/compile';
import { BUILTIN_RULES } from '../../../src/rules/builtin.generated';

/** Every built-in selector, and every selector of the early stylesheet. */
export const BUILTIN_SELECTORS = [
  ...new Set(BUILTIN_RULES.flatMap((r) => [r.selector, ...(r.sheetSelectors ?? [])])),
];

/** The early stylesheet with every built-in family on, and how many rules it should hold. */
export const EARLY_SHEET = (() => {
  const sheet = cssForRules(
    builtinRules(() => true),
    'example.com',
  );
  return { css: sheet.css, rules: sheet.selectorCount };
})();

/** Run in the page: the selectors its engine rejects. */
export function rejectedSelectors(selectors: string[]): string[] {
  const probe = document.createDocumentFragment();
  return selectors.filter((s) => {
    try {
      probe.querySelector(s);
      return false;
    } catch {
      return true;
    }
  });
}

/** Run in the page: how many rules its engine keeps of a stylesheet. */
export function sheetRuleCount(css: string): number {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  return sheet.cssRules.length;
}
