/**
 * The built-in rules reach the page unchecked (their selectors are not validated on every page load),
 * so the e2e suites check them once in each real engine: every selector is accepted, the early
 * stylesheet keeps every rule, and the build-time gates (src/core/rules/match.ts) let through every
 * element the engine's own `matches()` selects — in standards and in quirks mode.
 */
import { cssForRules } from '../../../src/core/inpage/css';
import { BUILTIN_RULES } from '../../../src/core/rules/compile';
import { gatesOf, passGates } from '../../../src/core/rules/match';

/** Every built-in selector. */
export const BUILTIN_SELECTORS = [...new Set(BUILTIN_RULES.map((r) => r.selector))];

/** The early stylesheet with every built-in family on, and how many rules it should hold. */
export const EARLY_SHEET = (() => {
  const sheet = cssForRules(BUILTIN_RULES, 'example.com');
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

/** An element as the page saw it: its tag, attributes, and which of the selectors it matches. */
export interface MatchedElement {
  tag: string;
  attributes: [string, string][];
  matched: number[];
  compatMode: string;
}

/** Run in the page: every body element with the selectors (by position) its engine says it matches. */
export function elementsMatching(selectors: string[]): MatchedElement[] {
  return Array.from(document.body.getElementsByTagName('*')).map((el) => ({
    tag: el.localName.toLowerCase(),
    attributes: Array.from(el.attributes, (a) => [a.name, a.value] as [string, string]),
    matched: selectors.flatMap((s, i) => (el.matches(s) ? [i] : [])),
    compatMode: document.compatMode,
  }));
}

/**
 * The selectors (with the element) that an engine matched but whose gates the element does not pass:
 * each one is a built-in rule the matcher would never ask that engine about. Should be empty.
 */
export function missedByGates(elements: MatchedElement[]): string[] {
  const gates = gatesOf(
    BUILTIN_SELECTORS.map((selector) => ({ ...BUILTIN_RULES[0]!, selector, text: null })),
  );
  const missed: string[] = [];
  for (const el of elements) {
    const passed = new Set<number>();
    const values = new Map(el.attributes);
    passGates(
      gates,
      el.tag,
      [...values.keys()],
      (name) => values.get(name)!,
      (r) => passed.add(r),
    );
    for (const r of el.matched)
      if (!passed.has(r) && !gates.ungated.includes(r))
        missed.push(`${BUILTIN_SELECTORS[r]} on <${el.tag} ${JSON.stringify(el.attributes)}>`);
  }
  return missed;
}

/** Pages the gate check runs on, with the compat mode each must be in. */
export const GATE_PAGES = [
  ['autoclean-story.html', 'CSS1Compat'],
  ['demo.html', 'CSS1Compat'],
  ['quirks-story.html', 'BackCompat'],
] as const;

/** What is wrong with one page's answers: the wrong mode, too few matches to say much, missed gates. */
export function gateProblems(elements: MatchedElement[], mode: string): string[] {
  const problems = missedByGates(elements);
  if (elements[0]?.compatMode !== mode) problems.push(`not in ${mode}`);
  if (elements.filter((el) => el.matched.length > 0).length <= 3) problems.push('three matches or fewer');
  return problems;
}
