/**
 * Saves a zapped element as a rule for the site: `host##selector` appended to the reader's custom
 * rules. The host comes from the sender's tab, never from the message, so a page can only add rules
 * for itself.
 */
import { ruleForZap, withRuleAppended } from '../core/zapper';
import { updateSettings } from '../shared/storage';

export async function saveZapRule(pageUrl: string, selector: string): Promise<string> {
  const rule = ruleForZap(new URL(pageUrl).hostname, selector);
  await updateSettings((settings) => {
    settings.customRules = withRuleAppended(settings.customRules, rule);
  });
  return rule;
}
