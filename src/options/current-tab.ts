/**
 * The rule editor's view of "the current tab": the reader's most recently used web tab (not this options
 * page), and how many elements each rule matches there. The count runs in a script of its own injected
 * into the tab (src/content/rule-matches.ts); a tab Cleanwire may not read gets a message that says why
 * and what to do.
 */
import type { RuleLineMatches } from '../core/settings';
import browser, { type Tabs } from '../shared/browser';
import { acceptRuleMatchesReply, type PageInfo, type RuleMatchesRequest } from '../shared/messages';
import { askContentScript, NO_RECEIVER, RULE_MATCHES_FILES } from '../shared/content-script';
import { classifyInjectionError, classifyTabUrl } from '../shared/restricted';

export type TabCounts =
  { ok: true; page: PageInfo; counts: RuleLineMatches[] } | { ok: false; message: string };

const NO_TAB = 'Open a web page in another tab to see how many elements each rule matches there.';
const NO_ACCESS =
  'Cleanwire may not read the tab you used last. Click the Cleanwire toolbar button on that page (or add its site to the list above), then press “Count again”.';

/** The most recently used tab of a normal window that could be a web page, other than this page. */
export async function currentWebTab(): Promise<Tabs.Tab | null> {
  const self = await browser.tabs.getCurrent();
  const tabs = await browser.tabs.query({ windowType: 'normal' });
  const candidates = tabs.filter(
    (t) =>
      t.id !== undefined &&
      t.id !== self?.id &&
      // a URL the browser shows us must be a web page; an unknown one (no access) may be one
      (t.url === undefined || /^https?:/i.test(t.url)),
  );
  candidates.sort(
    (a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0) || Number(b.active) - Number(a.active),
  );
  return candidates[0] ?? null;
}

let requests = 0;

export async function countOnCurrentTab(rules: string): Promise<TabCounts> {
  const tab = await currentWebTab();
  if (!tab || tab.id === undefined) return { ok: false, message: NO_TAB };
  const restricted = classifyTabUrl(tab.url, { fileSchemeAllowed: false });
  if (restricted) return { ok: false, message: restricted.message };

  const requestId = `m${Date.now().toString(36)}-${++requests}`;
  const request: RuleMatchesRequest = { type: 'count-rule-matches', requestId, rules };
  const delivery = await askContentScript(tab.id, request, { files: RULE_MATCHES_FILES });
  if (!delivery.ok) {
    if (delivery.stage === 'ask' && NO_RECEIVER.test(delivery.error))
      return { ok: false, message: 'The tab changed page; press “Count again”.' };
    const known = classifyInjectionError(delivery.error, tab.url);
    if (known?.reason === 'no-access' || (!known && !tab.url)) return { ok: false, message: NO_ACCESS };
    return { ok: false, message: known?.message ?? `Cleanwire could not read the tab: ${delivery.error}` };
  }
  const reply = delivery.reply;
  const accepted = acceptRuleMatchesReply(reply, requestId);
  if (!accepted.ok) {
    console.warn('Cleanwire: reply rejected:', accepted.reason);
    return { ok: false, message: 'The tab sent an answer Cleanwire does not understand.' };
  }
  const answer = accepted.value;
  if (answer.type === 'rule-matches-failed')
    return { ok: false, message: `Counting failed on ${answer.page.url}: ${answer.error}` };
  return { ok: true, page: answer.page, counts: answer.counts };
}
