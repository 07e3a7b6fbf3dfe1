import { BUILTIN_RULES, parseRuleList, type CompiledRule, type SelectorCheck } from '../core';

/**
 * `--rules FILE`: the reader's own rules, in the options page's syntax and through the same parser, so
 * a list that works in the extension works here. Valid rules run after the built-in ones; every invalid
 * line is reported with its line number and reason, and skipped.
 */
export interface RulesFile {
  /** The built-in rules, then the file's valid rules. */
  rules: CompiledRule[];
  /** One line per invalid rule: `FILE:LINE: reason: the line`. */
  problems: string[];
}

export function readRulesFile(bytes: Uint8Array, name: string, isValidSelector: SelectorCheck): RulesFile {
  // Rule lists are plain text; a byte-order mark would otherwise stick to the first rule.
  const text = new TextDecoder('utf-8').decode(bytes);
  const lines = parseRuleList(text, isValidSelector);
  const problems = lines.flatMap((l) =>
    l.kind === 'invalid' ? [`${name}:${l.line}: ${l.error}: ${l.raw.trim()}`] : [],
  );
  const user = lines.flatMap((l) => (l.kind === 'rule' ? [l.rule] : []));
  return { rules: [...BUILTIN_RULES, ...user], problems };
}
