import type { CompiledRule } from '../types';
import { compileLinear } from '../regex/linear';

/**
 * The test a text rule runs on an element's (or a line's) text. The reader's own patterns run on the
 * linear-time matcher (linear-regex.ts), so no pattern typed in the options page or passed with
 * `--rules` can hang a page; the built-in rules are ours and tested, and keep V8's RegExp, which is
 * faster. Compiled once per rule object and kept with it.
 */
export type TextTest = (text: string) => boolean;

const compiled = new WeakMap<object, TextTest>();

export function textTestOf(rule: CompiledRule): TextTest | null {
  const text = rule.text;
  if (!text) return null;
  let test = compiled.get(text);
  if (!test) {
    test = rule.family === 'user' ? userTextTest(text.source, text.flags) : nativeTextTest(text);
    compiled.set(text, test);
  }
  return test;
}

function nativeTextTest(text: { source: string; flags: string }): TextTest {
  const re = new RegExp(text.source, text.flags);
  return (s) => re.test(s);
}

/** Parsing already refused a pattern the linear matcher cannot run; one that slips through matches nothing. */
function userTextTest(source: string, flags: string): TextTest {
  const linear = compileLinear(source, flags);
  return linear.ok ? linear.pattern.test : () => false;
}
