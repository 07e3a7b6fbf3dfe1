import { withoutWww } from '../sites/patterns';

/**
 * The rule line the zapper saves: `example.com##selector`, scoped to the site the reader was on
 * (`www.` dropped, so it covers the site and its subdomains as rule domains do). Throws when the host
 * cannot be a rule domain — the caller has a page URL, so that is a bug, not user input.
 */
export function ruleForZap(host: string, selector: string): string {
  const domain = withoutWww(host.trim().toLowerCase().replace(/\.$/, ''));
  if (!/^[a-z0-9.-]+$/.test(domain) || domain.startsWith('.') || domain === '')
    throw new Error(`"${host}" cannot scope a rule (expected a host name such as example.com)`);
  const body = selector.trim();
  if (body === '' || /[\r\n]/.test(body)) throw new Error('a zapper rule needs a one-line selector');
  return `${domain}##${body}`;
}

/**
 * The reader's rule text with `rule` as its last line; unchanged when the rule is there already. The
 * reader's own lines (comments, invalid ones) stay exactly as they were.
 */
export function withRuleAppended(customRules: string, rule: string): string {
  if (customRules.split('\n').some((l) => l.trim() === rule)) return customRules;
  const text = customRules.replace(/\s+$/, '');
  return text === '' ? rule : `${text}\n${rule}`;
}
