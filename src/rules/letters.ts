/**
 * Letters for the built-in text rules' patterns, written as ranges rather than `\p{L}` / `\p{Lu}`.
 *
 * Why: a Unicode property class is the costliest thing V8 compiles in a pattern (under the `i` flag it
 * works out the case closure of ~600 ranges), and a page compiles each pattern afresh, once per string
 * width and again when it tiers up: `bylines.date-line` alone took ~17 ms of a cold page in Chromium.
 * With these ranges and without the `u` flag the built-in patterns compile about three times faster.
 * They cover Latin (with Latin-1, Extended-A/B and Extended Additional), Greek and Cyrillic: the
 * scripts of the news these rules are written for. Use them inside a character class: `[${LETTER}\d]`.
 */
/** Any letter (Latin, Greek, Cyrillic), either case. */
export const LETTER = 'A-Za-zªºÀ-ÖØ-öø-ɏͰ-ϿЀ-ӿḀ-ỿ';
/**
 * A capital, as a name starts (Latin, Greek, Cyrillic). Latin Extended-A/B and Extended Additional
 * alternate cases letter by letter, so they are taken whole: a name opening with `ł` passes too.
 */
export const CAPITAL = 'A-ZÀ-ÖØ-ÞĀ-ɏΆ-ΫЀ-ЯḀ-ỿ';
