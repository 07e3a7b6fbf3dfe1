import { compileLinear } from './linear';

/**
 * Why a `:has-text(/…/flags)` pattern cannot be used, or null. Every flag is honoured or refused here,
 * never silently dropped: a text rule answers one yes/no question per text, so `g` and `y` (which make
 * `test()` resume where the last match ended) and `d` (match indices) would change nothing or
 * everything, and `v` is not one the linear matcher reads. The reader's own patterns must also compile
 * for the linear-time matcher (no backreferences, no lookaround).
 */
export function regexProblem(source: string, flags: string, linear: boolean): string | null {
  for (const flag of flags) {
    const reason =
      FLAG_REASONS[flag] ?? (HONOURED.includes(flag) ? null : 'is not a regular-expression flag');
    if (reason) return `flag "${flag}" in /…/${flags} ${reason} (text rules take i, m, s and u)`;
  }
  try {
    new RegExp(source, flags);
  } catch (e) {
    return `invalid regular expression: ${(e as Error).message}`;
  }
  if (!linear) return null;
  const compiled = compileLinear(source, flags);
  return compiled.ok ? null : `this regular expression cannot be run safely: ${compiled.reason}`;
}

const HONOURED = 'imsu';

const FLAG_REASONS: Record<string, string> = {
  g: 'is not supported: a text rule tests each text once, so "global" has no meaning (remove it)',
  y: 'is not supported: a text rule tests the whole text, so "sticky" has no meaning (remove it)',
  d: 'is not supported: a text rule does not report where it matched (remove it)',
  v: 'is not supported (use u)',
};
