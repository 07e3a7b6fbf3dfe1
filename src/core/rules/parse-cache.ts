import { parseRuleLine, type ParsedLine, type SelectorCheck } from './parse';

/**
 * `parseRuleList` for an editor: a keystroke changes one line of a list that may hold thousands, so each
 * line's verdict is kept by its text and only new or changed lines are parsed again (a selector check
 * and, for a pattern, a compile each). Line numbers and rule ids (`user:N`) follow the line's place and
 * are stamped afresh on every call. Only the lines of the latest list are kept.
 */
export function cachedRuleListParser(isValidSelector: SelectorCheck): (source: string) => ParsedLine[] {
  let known = new Map<string, ParsedLine>();
  return (source) => {
    const next = new Map<string, ParsedLine>();
    const lines = source.split(/\r?\n/).map((raw, i) => {
      const line = i + 1;
      let parsed = next.get(raw) ?? known.get(raw);
      if (!parsed) parsed = parseRuleLine(raw, { id: `user:${line}`, family: 'user', line, isValidSelector });
      next.set(raw, parsed);
      return atLine(parsed, line);
    });
    known = next;
    return lines;
  };
}

function atLine(parsed: ParsedLine, line: number): ParsedLine {
  if (parsed.line === line) return parsed;
  if (parsed.kind !== 'rule') return { ...parsed, line };
  return { ...parsed, line, rule: { ...parsed.rule, id: `user:${line}` } };
}
