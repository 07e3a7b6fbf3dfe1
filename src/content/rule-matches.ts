/**
 * Content-script side of the options page's rule editor: counts what the reader's rules match on this
 * page (core/settings countRuleMatches). Reads the page, never changes it. A script of its own
 * (rule-matches.js), injected only when the options page asks, so the content script that every toolbar
 * click injects does not carry it. Registers its own listener, once per isolated world, beside the
 * content script's.
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
import { firstInWorld } from './world';

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

if (firstInWorld('content.rule-matches')) {
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
