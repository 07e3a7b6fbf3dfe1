/**
 * Content-script side of the options page's rule editor: counts what the reader's rules match on this
 * page (core/settings countRuleMatches). Reads the page, never changes it. Registers its own listener,
 * once per isolated world, beside the content script's other listeners.
 */
import { countRuleMatches } from '../core/settings/rule-matches';
import browser, { type Runtime } from './browser';
import {
  acceptRuleMatchesRequest,
  type PageInfo,
  type RuleMatchesReply,
  type RuleMatchesRequest,
} from '../shared/messages';
import { errorText } from '../core';

export function answerRuleMatches(request: RuleMatchesRequest, doc: Document, url: string): RuleMatchesReply {
  const page: PageInfo = { url, title: doc.title };
  try {
    return {
      type: 'rule-matches',
      requestId: request.requestId,
      page,
      counts: countRuleMatches(doc, url, request.rules),
    };
  } catch (error) {
    return {
      type: 'rule-matches-failed',
      requestId: request.requestId,
      page,
      error: errorText(error),
    };
  }
}

const LISTENING = Symbol.for('cleanwire.content.rule-matches');
const scope = globalThis as typeof globalThis & { [LISTENING]?: true };
if (!scope[LISTENING]) {
  scope[LISTENING] = true;
  const self = { id: browser.runtime.id, baseUrl: browser.runtime.getURL('') };
  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
    // Other requests are the other listeners' to answer (and to reject).
    if ((message as { type?: unknown } | null)?.type !== 'count-rule-matches') return undefined;
    const checked = acceptRuleMatchesRequest(message, sender, self);
    if (!checked.ok) {
      console.warn('Cleanwire: message rejected:', checked.reason);
      return undefined;
    }
    return Promise.resolve(answerRuleMatches(checked.value, document, location.href));
  });
}
