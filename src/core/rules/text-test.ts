import type { CompiledRule } from '../types';
import { compileLinear } from '../regex/linear';
import { BUILTIN_RULES } from './compile';

/**
 * The test a text rule runs on an element's (or a line's) text. The reader's own patterns run on the
 * linear-time matcher (linear-regex.ts), so no pattern typed in the options page or passed with
 * `--rules` can hang a page; the built-in rules are ours and tested, and keep V8's RegExp, which is
 * faster. The built-ins' tests are made once with the compiled rule table; a reader's pattern is
 * compiled each time a new rule list is prepared (`prepareRules` keeps the lists it prepared; once for the
 * late-widget cleaner's whole life).
 */
export type TextTest = (text: string) => boolean;

const keyOf = (text: { source: string; flags: string }) => `${text.flags}/${text.source}`;

/** The built-in text rules' tests by pattern, made when the engine loads, never changed after. */
const BUILTIN_TESTS: ReadonlyMap<string, TextTest> = /* @__PURE__ */ new Map(
  BUILTIN_RULES.flatMap((r) => (r.text ? [[keyOf(r.text), nativeTextTest(r.text)] as const] : [])),
);

export function textTestOf(rule: CompiledRule): TextTest | null {
  const text = rule.text;
  if (!text) return null;
  if (rule.family === 'user') return userTextTest(text.source, text.flags);
  return BUILTIN_TESTS.get(keyOf(text)) ?? nativeTextTest(text);
}

/**
 * A text longer than the longest the pattern can match is not asked: every built-in pattern is anchored
 * and bounded (the build writes the bound, regex/length.ts), and asking all of them about every div's
 * text up to the body was about a tenth of matching a page in jsdom.
 */
function nativeTextTest(text: { source: string; flags: string; maxLength?: number }): TextTest {
  const re = new RegExp(text.source, text.flags);
  const max = text.maxLength ?? Infinity;
  return (s) => s.length <= max && re.test(s);
}

/** Parsing already refused a pattern the linear matcher cannot run; one that slips through matches nothing. */
function userTextTest(source: string, flags: string): TextTest {
  const linear = compileLinear(source, flags);
  if (!linear.ok) return () => false;
  return linear.pattern.test;
}
