import { hostnameProblem } from '../sites/hostname';
import type { CompiledRule, RuleFamily } from '../types';

/**
 * Cleanwire's rule syntax is the adblock cosmetic-filter syntax readers already know from uBlock Origin
 * and AdGuard lists, limited to what Cleanwire can honour:
 *
 *   ##.selector                       hide everywhere
 *   example.com,~m.example.com##sel   only on these hosts (and their subdomains), not on ~negated ones
 *   example.com#@#.selector           exception: cancels the same rule on that host
 *   ##p:has-text(/^Related news:?$/i) the element's text (whitespace collapsed, trimmed) must match
 *   ##p:has-text(Share this)          …or contain this plain text (:-abp-contains is an alias)
 *   ! comment
 *
 * A /regex/ may carry the flags i, m, s and u; any other flag is flagged, never dropped or read as
 * text. The reader's own patterns must also run on the linear-time matcher (linear-regex.ts).
 *
 * The selector itself is checked by the DOM's own selector engine (`isValidSelector`), so whatever
 * the browser accepts is accepted, and nothing else.
 */

export type ParsedLine =
  | { kind: 'blank'; line: number; raw: string }
  | { kind: 'comment'; line: number; raw: string }
  | { kind: 'rule'; line: number; raw: string; rule: CompiledRule }
  | { kind: 'invalid'; line: number; raw: string; error: string };

export type SelectorCheck = (selector: string) => boolean;

const TEXT_OPERATOR = /:(?:has-text|-abp-contains)\(/;
const PROCEDURAL =
  /:(?:has-text|-abp-[a-z-]+|matches-[a-z-]+|upward|xpath|remove|style|min-text-length|watch-attr|others)\(/;

/** Why a text rule's /pattern/flags cannot be used, or null (`linear`: it is the reader's own). */
export type PatternCheck = (source: string, flags: string, linear: boolean) => string | null;

export interface LineOptions {
  id: string;
  family: RuleFamily;
  /** 1-based. */
  line: number;
  isValidSelector: SelectorCheck;
}

/**
 * Parses one line, checking a text rule's pattern with `patternProblem` (rules/parse.ts passes the
 * real check; a caller that keeps no text rule needs none). `id` names the rule for removal records.
 */
export function parseRuleLineWith(raw: string, opts: LineOptions, patternProblem: PatternCheck): ParsedLine {
  const line = opts.line;
  const text = raw.trim();
  if (text === '') return { kind: 'blank', line, raw };
  if (text.startsWith('!') || text.startsWith('# ') || text === '#') return { kind: 'comment', line, raw };
  const invalid = (error: string): ParsedLine => ({ kind: 'invalid', line, raw, error });

  const sep = /#@?[$?%]?#/.exec(text);
  if (!sep) {
    if (text.startsWith('||') || text.startsWith('@@') || text.includes('$'))
      return invalid(
        'network filters are not supported: Cleanwire only removes page elements (use ##selector)',
      );
    return invalid('not a cosmetic rule: expected [domains]##selector');
  }
  if (/[$?%]/.test(sep[0]))
    return invalid(`"${sep[0]}" rules (CSS injection, extended or JavaScript) are not supported`);
  const exception = sep[0] === '#@#';
  const domainPart = text.slice(0, sep.index);
  let body = text.slice(sep.index + sep[0].length).trim();
  if (body.startsWith('+js(')) return invalid('scriptlets (##+js) are not supported');
  if (body.startsWith('^')) return invalid('HTML filters (##^) are not supported');
  if (body === '') return invalid('missing selector after ' + sep[0]);

  const includeDomains: string[] = [];
  const excludeDomains: string[] = [];
  if (domainPart !== '') {
    for (const d of domainPart.split(',')) {
      const domain = d.trim().toLowerCase();
      const negated = domain.startsWith('~');
      const host = negated ? domain.slice(1) : domain;
      const bare = host.startsWith('*.') ? host.slice(2) : host;
      const problem = hostnameProblem(bare);
      if (problem) return invalid(`invalid domain "${d.trim()}": ${problem}`);
      (negated ? excludeDomains : includeDomains).push(bare);
    }
  }

  let textTest: CompiledRule['text'] = null;
  const op = TEXT_OPERATOR.exec(body);
  if (op) {
    const argStart = op.index + op[0].length;
    if (!body.endsWith(')')) return invalid(`${op[0]}…) must close the rule`);
    const arg = body.slice(argStart, -1).trim();
    if (arg === '') return invalid(`${op[0]}) needs a text or /regex/`);
    const re = /^\/(.*)\/([a-zA-Z]*)$/s.exec(arg);
    if (re) {
      const problem = patternProblem(re[1]!, re[2]!, opts.family === 'user');
      if (problem) return invalid(problem);
      textTest = { source: re[1]!, flags: re[2]! };
    } else {
      // A plain-text argument runs to the rule's last ")": one that closes early means more followed it.
      let depth = 0;
      for (const c of arg) {
        depth += c === '(' ? 1 : c === ')' ? -1 : 0;
        if (depth < 0) break;
      }
      if (depth !== 0) {
        const later = PROCEDURAL.exec(arg);
        return invalid(
          later
            ? `unsupported operator ${later[0]}…) (only a final :has-text() is)`
            : `unbalanced parentheses in ${op[0]}…)`,
        );
      }
      textTest = { source: escapeRegExp(arg), flags: '' };
    }
    body = body.slice(0, op.index).trim() || '*';
  }
  const procedural = PROCEDURAL.exec(body);
  if (procedural) return invalid(`unsupported operator ${procedural[0]}…) (only a final :has-text() is)`);
  if (!opts.isValidSelector(body)) return invalid(`invalid CSS selector "${body}"`);

  return {
    kind: 'rule',
    line,
    raw,
    rule: {
      id: opts.id,
      family: opts.family,
      includeDomains,
      excludeDomains,
      selector: body,
      text: textTest,
      exception,
      raw: text,
    },
  };
}

/** Parses every line of a reader's list (ids `user:<line>`), text rules' patterns checked with `patternProblem`. */
export function parseUserList(
  source: string,
  isValidSelector: SelectorCheck,
  patternProblem: PatternCheck,
): ParsedLine[] {
  return source
    .split(/\r?\n/)
    .map((raw, i) =>
      parseRuleLineWith(
        raw,
        { id: `user:${i + 1}`, family: 'user', line: i + 1, isValidSelector },
        patternProblem,
      ),
    );
}

/**
 * The valid selector rules of a reader's list (no text rules, no invalid lines): what the early
 * stylesheet can hold. A text rule's pattern is not checked here, since no text rule is kept, so the
 * document_start script does without the pattern checker (regex/).
 */
export function parseSelectorRules(source: string, isValidSelector: SelectorCheck): CompiledRule[] {
  return parseUserList(source, isValidSelector, () => null).flatMap((l) =>
    l.kind === 'rule' && !l.rule.text ? [l.rule] : [],
  );
}

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
