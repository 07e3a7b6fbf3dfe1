import { regexProblem } from '../regex/flags';
import {
  parseRuleLineWith,
  parseUserList,
  type LineOptions,
  type ParsedLine,
  type SelectorCheck,
} from './parse-line';

export {
  escapeRegExp,
  parseSelectorRules,
  type ParsedLine,
  type PatternCheck,
  type SelectorCheck,
} from './parse-line';

/**
 * Parses one line of Cleanwire's rule syntax (rules/parse-line.ts), a text rule's /pattern/ checked
 * (regex/flags.ts: flags, syntax, and for the reader's own patterns the linear-time matcher). `id`
 * names the rule for removal records; `line` is 1-based.
 */
export function parseRuleLine(raw: string, opts: LineOptions): ParsedLine {
  return parseRuleLineWith(raw, opts, regexProblem);
}

/** Parses a whole user list, keeping every line (invalid ones included) so nothing the user wrote is lost. */
export function parseRuleList(source: string, isValidSelector: SelectorCheck): ParsedLine[] {
  return parseUserList(source, isValidSelector, regexProblem);
}

/** Gives back the user's text exactly as written: parse then format is the identity. */
export function formatRuleList(lines: ParsedLine[]): string {
  return lines.map((l) => l.raw).join('\n');
}
