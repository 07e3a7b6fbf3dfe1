/**
 * The one message protocol between Cleanwire's contexts. Every message is a member of a discriminated
 * union below, and every receiver runs the matching check before it acts: the sender must be a page of
 * this extension, the payload must have the expected shape. A rejected message is logged with its reason.
 * Pure module (no browser APIs) so the checks are unit-tested in Node.
 */
import type {
  Article,
  Attribution,
  CleanResult,
  FieldSource,
  Removal,
  RemovalStage,
  RuleFamily,
  SourcedField,
  WireAgency,
} from '../core';
import { MAX_COUNTED_RULES, MAX_RULES_CHARS } from '../core/settings/limits';
import { PAGE_BUDGET } from './limits';
import { SWITCHABLE_FAMILIES, type SiteExceptions } from '../core/settings/model';
import type { PageRules } from '../core/settings/rules';
import type { FocusFallback, HiddenBlock, InPageMode } from '../core/inpage';
import type { RuleLineMatches } from '../core/settings/rule-matches';
import type { StoryInput } from '../core/story/fingerprint';
import {
  arrayOf,
  bool,
  literal,
  nullable,
  num,
  object,
  str,
  union,
  type Check,
  type Checked,
} from './validate';

/** What the content script reports about the page it ran in. */
export interface PageInfo {
  url: string;
  title: string;
}

/** Popup → content script (`tabs.sendMessage`). */
export type ContentRequest = {
  type: 'clean-page';
  /** Echoed in the reply, so a late answer to an earlier click is never shown for a later one. */
  requestId: string;
  /** The reader's rule choices and site exceptions for this page (the content script reads no storage). */
  rules: PageRules;
  // No budget: the content script reads PAGE_BUDGET (limits.ts) itself, so a request cannot loosen it.
};

/** Content script → popup: the reply to a `ContentRequest`. */
export type ContentReply =
  | { type: 'cleaned'; requestId: string; page: PageInfo; result: CleanResult; cleanMs: number }
  /** The tab shows something that is not an HTML page (the PDF viewer, an image, XML). */
  | { type: 'not-html'; requestId: string; page: PageInfo; contentType: string }
  /** The engine threw; the page is untouched. */
  | { type: 'failed'; requestId: string; page: PageInfo; error: string };

export type Message = ContentRequest | ContentReply;

// ---- shape checks ------------------------------------------------------------------------------

const RULE_FAMILIES: RuleFamily[] = [
  'tickers',
  'comments',
  'share',
  'related',
  'newsletters',
  'disclaimers',
  'bylines',
  'credits',
  'navigation',
  'hidden',
  'user',
  'furniture',
];
const FIELD_SOURCES: FieldSource[] = ['json-ld', 'meta', 'microdata', 'time', 'text', 'readability', 'url'];
const STAGES: RemovalStage[] = ['pre', 'post', 'text'];

function sourced<T>(value: Check<T>): Check<SourcedField<T> | null> {
  return nullable(object<SourcedField<T>>({ value, source: literal(...FIELD_SOURCES) }));
}

const wireCheck = object<WireAgency>({ agency: str, name: str, evidence: arrayOf(str, 100) });

const attributionCheck = object<Attribution>({
  siteName: sourced(str),
  byline: sourced(str),
  published: sourced(str),
  canonicalUrl: sourced(str),
  wire: nullable(wireCheck),
});

const articleCheck = object<Article>({
  title: str,
  contentHtml: str,
  text: str,
  excerpt: str,
  lang: nullable(str),
  dir: nullable(literal('ltr', 'rtl')),
  wordCount: num,
  readingMinutes: num,
});

const removalCheck = object<Removal>({
  ruleId: str,
  family: literal(...RULE_FAMILIES),
  stage: literal(...STAGES),
  preview: str,
  textLength: num,
});

export const cleanResultCheck = object<CleanResult>({
  status: literal('ok', 'no-article', 'too-large', 'unsupported'),
  message: nullable(str),
  article: nullable(articleCheck),
  attribution: attributionCheck,
  removals: arrayOf(removalCheck),
});

const pageCheck = object<PageInfo>({ url: str, title: str });

const rulesText: Check<string> = (v, path = '') => {
  const r = str(v, path);
  if (!r.ok) return r;
  return r.value.length <= MAX_RULES_CHARS
    ? r
    : { ok: false, reason: `${path || 'rules'}: more than ${MAX_RULES_CHARS} characters` };
};

/** Every switchable family on or off, as validated settings always hold them. */
const familiesCheck = object<Record<string, boolean>>(
  Object.fromEntries(SWITCHABLE_FAMILIES.map((f) => [f.family, bool])),
);

/** More exceptions on one site than anyone restores by hand. */
const MAX_EXCEPTIONS = 10_000;

/** Exception selectors are only ever matched with `safeMatches`, so one this page rejects costs nothing. */
const pageRulesCheck = object<PageRules>({
  families: familiesCheck,
  customRules: rulesText,
  siteExceptions: object<SiteExceptions>({
    ruleIds: arrayOf(str, MAX_EXCEPTIONS),
    selectors: arrayOf(str, MAX_EXCEPTIONS),
  }),
});

export const contentRequestCheck: Check<ContentRequest> = union<ContentRequest>({
  'clean-page': object({ type: literal('clean-page'), requestId: str, rules: pageRulesCheck }),
});

export const contentReplyCheck: Check<ContentReply> = union<ContentReply>({
  cleaned: object({
    type: literal('cleaned'),
    requestId: str,
    page: pageCheck,
    result: cleanResultCheck,
    cleanMs: num,
  }),
  'not-html': object({ type: literal('not-html'), requestId: str, page: pageCheck, contentType: str }),
  failed: object({ type: literal('failed'), requestId: str, page: pageCheck, error: str }),
});

// ---- sender checks -----------------------------------------------------------------------------

/** The parts of `runtime.MessageSender` the checks read. */
export interface SenderInfo {
  id?: string;
  url?: string;
  /** Set for a content script's messages: the tab it runs in. */
  tab?: { id?: number; incognito?: boolean };
  /** Set for a content script's messages: 0 for the tab's top frame. */
  frameId?: number;
}

/** This extension, as the receiver sees it: its id and the base URL of its pages. */
export interface Self {
  id: string;
  baseUrl: string;
}

/**
 * A message that drives the engine may only come from one of this extension's own pages (the popup,
 * also when opened in a tab) — not from another extension, and not from a content script, which
 * shares a renderer with the page.
 */
export function checkSenderIsExtensionPage(sender: SenderInfo, self: Self): Checked<true> {
  if (sender.id !== self.id)
    return { ok: false, reason: `sender id ${String(sender.id)} is not this extension` };
  if (!sender.url || !sender.url.startsWith(self.baseUrl))
    return { ok: false, reason: `sender ${String(sender.url)} is not a page of this extension` };
  return { ok: true, value: true };
}

/** Checks an incoming request to the content script: sender first, then shape. */
export function acceptContentRequest(
  message: unknown,
  sender: SenderInfo,
  self: Self,
): Checked<ContentRequest> {
  const who = checkSenderIsExtensionPage(sender, self);
  if (!who.ok) return who;
  return contentRequestCheck(message);
}

/** Checks the content script's reply to the request with `requestId`. */
export function acceptContentReply(message: unknown, requestId: string): Checked<ContentReply> {
  const r = contentReplyCheck(message);
  if (!r.ok) return r;
  if (r.value.requestId !== requestId)
    return { ok: false, reason: `reply is for request ${r.value.requestId}, not ${requestId}` };
  return r;
}

// ---- in-page cleaning, zapper, auto-clean (issue 4) -----------------------------------------------

/** A block Cleanwire hid on the live page, as the popup lists it. */
export type PageBlock = HiddenBlock;

/** How the live page stands: cleaned on load (`auto`), by "Clean this page" (`manual`), or not (`off`). */
export interface InPageState {
  mode: 'off' | 'auto' | 'manual';
  /** How it was cleaned (null: not cleaned, or only blocks the reader picked). */
  pageMode: InPageMode | null;
  /** Why the page shows Tidy although Focus was asked for, or null. */
  fallback: FocusFallback | null;
  blocks: PageBlock[];
  /** Why the page was left alone: a whitelisted site's front page, or a page over the budgets (src/shared/limits.ts). */
  skipped: 'front-page' | 'too-large' | null;
}

/** Popup (or background, for the context menu) → content script: act on the live page. */
export type PageToolRequest =
  | { type: 'inpage-status'; requestId: string }
  /**
   * Clean the page in `mode` (the popup resolves it: the site's mode, else the reader's default) with the
   * reader's `rules`; a page cleaned in the other mode is restored first.
   */
  | { type: 'inpage-clean'; requestId: string; mode: InPageMode; rules: PageRules }
  | { type: 'inpage-restore'; requestId: string }
  /** Show one block again; the reply carries the element's stable selector for a site exception. */
  | { type: 'inpage-restore-block'; requestId: string; blockId: string }
  /** Start the element zapper; `contextTarget`: remove the element the reader right-clicked, if known. */
  | { type: 'zap-start'; requestId: string; contextTarget: boolean };

export type PageToolReply =
  | { type: 'inpage'; requestId: string; page: PageInfo; state: InPageState }
  | {
      type: 'block-restored';
      requestId: string;
      page: PageInfo;
      state: InPageState;
      block: PageBlock;
      /** A selector for the restored element (core/zapper `stableSelector`). */
      selector: string;
    }
  | { type: 'zap-started'; requestId: string }
  | { type: 'page-tool-failed'; requestId: string; error: string };

/** What the background's re-sync of the registered content scripts found. */
export interface AutoCleanReport {
  /** Whitelist patterns with a registered content script. */
  registered: string[];
  /** Whitelisted sites whose host permission the reader took back in the browser's settings. */
  revoked: string[];
  failed: { pattern: string; error: string }[];
}

/** Content scripts and extension pages → background. */
export type BackgroundRequest =
  /** Content script: this many blocks are hidden on its tab (the toolbar badge). */
  | { type: 'badge'; count: number }
  /** Content script: save the zapped element's selector as a rule for the tab's site. */
  | { type: 'save-zap-rule'; selector: string }
  /** Extension page: make the registered content scripts match the whitelist now. */
  | { type: 'sync-autoclean' }
  /**
   * Content script (after cleaning in place) or the popup (after reading a page): remember this story in
   * the story memory, unless the reader switched it off or the tab is in a private window. `tabId`: the
   * tab it was read in, from the popup (a content script's is its own tab; it sends null).
   */
  | { type: 'remember-story'; story: StoryInput; tabId: number | null };

export type BackgroundReply =
  | { type: 'done' }
  | { type: 'zap-rule-saved'; rule: string }
  | { type: 'autoclean-synced'; report: AutoCleanReport }
  | { type: 'refused'; reason: string };

/** The longest selector a message may carry: far above any stable selector, far below abuse. */
export const MAX_SELECTOR_CHARS = 2000;
/** Block ids are `cw1`, `cw2`, … (core/inpage). */
const BLOCK_ID = /^cw\d{1,9}$/;
const MAX_BLOCKS = 10_000;

const blockId: Check<string> = (v, path = '') => {
  const r = str(v, path);
  if (!r.ok) return r;
  return BLOCK_ID.test(r.value) ? r : { ok: false, reason: `${path || 'blockId'}: not a block id` };
};

const selectorText: Check<string> = (v, path = '') => {
  const r = str(v, path);
  if (!r.ok) return r;
  const s = r.value;
  if (s.trim() === '' || s.length > MAX_SELECTOR_CHARS || /[\r\n]/.test(s))
    return {
      ok: false,
      reason: `${path || 'selector'}: expected one line of 1–${MAX_SELECTOR_CHARS} characters`,
    };
  return r;
};

const blockCount: Check<number> = (v, path = '') => {
  const r = num(v, path);
  if (!r.ok) return r;
  return Number.isInteger(r.value) && r.value >= 0 && r.value <= MAX_BLOCKS
    ? r
    : { ok: false, reason: `${path || 'count'}: expected a whole number from 0 to ${MAX_BLOCKS}` };
};

const pageBlockCheck = object<PageBlock>({
  id: blockId,
  ruleId: str,
  family: literal(...RULE_FAMILIES),
  stage: literal('dom', 'late', 'zap'),
  preview: str,
  textLength: num,
});

const PAGE_MODES = ['focus', 'tidy'] as const;
const FALLBACKS: FocusFallback[] = ['no-article', 'story-not-found', 'story-text-lost'];

const inPageStateCheck = object<InPageState>({
  mode: literal('off', 'auto', 'manual'),
  pageMode: nullable(literal(...PAGE_MODES)),
  fallback: nullable(literal(...FALLBACKS)),
  blocks: arrayOf(pageBlockCheck, MAX_BLOCKS),
  skipped: nullable(literal('front-page', 'too-large')),
});

export const pageToolRequestCheck: Check<PageToolRequest> = union<PageToolRequest>({
  'inpage-status': object({ type: literal('inpage-status'), requestId: str }),
  'inpage-clean': object({
    type: literal('inpage-clean'),
    requestId: str,
    mode: literal(...PAGE_MODES),
    rules: pageRulesCheck,
  }),
  'inpage-restore': object({ type: literal('inpage-restore'), requestId: str }),
  'inpage-restore-block': object({
    type: literal('inpage-restore-block'),
    requestId: str,
    blockId,
  }),
  'zap-start': object({ type: literal('zap-start'), requestId: str, contextTarget: bool }),
});

export const pageToolReplyCheck: Check<PageToolReply> = union<PageToolReply>({
  inpage: object({ type: literal('inpage'), requestId: str, page: pageCheck, state: inPageStateCheck }),
  'block-restored': object({
    type: literal('block-restored'),
    requestId: str,
    page: pageCheck,
    state: inPageStateCheck,
    block: pageBlockCheck,
    selector: selectorText,
  }),
  'zap-started': object({ type: literal('zap-started'), requestId: str }),
  'page-tool-failed': object({ type: literal('page-tool-failed'), requestId: str, error: str }),
});

/** The longest article text a story message may carry: the engine reads no page with more text than this. */
export const MAX_STORY_TEXT_CHARS = PAGE_BUDGET.maxTextChars;

const storyText: Check<string> = (v, path = '') => {
  const r = str(v, path);
  if (!r.ok) return r;
  return r.value.length <= MAX_STORY_TEXT_CHARS
    ? r
    : { ok: false, reason: `${path || 'text'}: more than ${MAX_STORY_TEXT_CHARS} characters` };
};

const storyInputCheck = object<StoryInput>({
  title: nullable(str),
  site: nullable(str),
  url: nullable(str),
  published: nullable(str),
  wire: nullable(str),
  text: storyText,
});

const tabIdCheck: Check<number> = (v, path = '') => {
  const r = num(v, path);
  if (!r.ok) return r;
  return Number.isInteger(r.value) && r.value >= 0
    ? r
    : { ok: false, reason: `${path || 'tabId'}: not a tab id` };
};

export const backgroundRequestCheck: Check<BackgroundRequest> = union<BackgroundRequest>({
  badge: object({ type: literal('badge'), count: blockCount }),
  'save-zap-rule': object({ type: literal('save-zap-rule'), selector: selectorText }),
  'sync-autoclean': object({ type: literal('sync-autoclean') }),
  'remember-story': object({
    type: literal('remember-story'),
    story: storyInputCheck,
    tabId: nullable(tabIdCheck),
  }),
});

const reportCheck = object<AutoCleanReport>({
  registered: arrayOf(str, MAX_BLOCKS),
  revoked: arrayOf(str, MAX_BLOCKS),
  failed: arrayOf(object({ pattern: str, error: str }), MAX_BLOCKS),
});

export const backgroundReplyCheck: Check<BackgroundReply> = union<BackgroundReply>({
  done: object({ type: literal('done') }),
  'zap-rule-saved': object({ type: literal('zap-rule-saved'), rule: str }),
  'autoclean-synced': object({ type: literal('autoclean-synced'), report: reportCheck }),
  refused: object({ type: literal('refused'), reason: str }),
});

/**
 * A message from this extension's content script in a tab's top frame. The page shares that renderer,
 * so what such a message may do is limited to the tab it came from (its badge, a rule for its site).
 */
export function checkSenderIsOwnContentScript(
  sender: SenderInfo,
  self: Self,
): Checked<{ tabId: number; url: string }> {
  if (sender.id !== self.id)
    return { ok: false, reason: `sender id ${String(sender.id)} is not this extension` };
  const tabId = sender.tab?.id;
  if (typeof tabId !== 'number' || !Number.isInteger(tabId) || tabId < 0)
    return { ok: false, reason: 'sender is not a content script in a tab' };
  if (sender.frameId !== 0)
    return { ok: false, reason: `sender frame ${String(sender.frameId)} is not the top frame` };
  if (!sender.url || !/^https?:|^file:/.test(sender.url))
    return { ok: false, reason: `sender ${String(sender.url)} is not a web page` };
  return { ok: true, value: { tabId, url: sender.url } };
}

/** Checks a request to the content script's page tools: sender first (an extension page), then shape. */
export function acceptPageToolRequest(
  message: unknown,
  sender: SenderInfo,
  self: Self,
): Checked<PageToolRequest> {
  const who = checkSenderIsExtensionPage(sender, self);
  if (!who.ok) return who;
  return pageToolRequestCheck(message);
}

/** Checks the content script's reply to the page-tool request with `requestId`. */
export function acceptPageToolReply(message: unknown, requestId: string): Checked<PageToolReply> {
  const r = pageToolReplyCheck(message);
  if (!r.ok) return r;
  if (r.value.requestId !== requestId)
    return { ok: false, reason: `reply is for request ${r.value.requestId}, not ${requestId}` };
  return r;
}

export type AcceptedBackgroundRequest =
  | {
      from: 'content-script';
      tabId: number;
      url: string;
      /** Whether the tab is in a private (incognito) window, as the browser says. */
      incognito: boolean;
      request: Extract<BackgroundRequest, { type: 'badge' | 'save-zap-rule' | 'remember-story' }>;
    }
  | {
      from: 'extension-page';
      request: Extract<BackgroundRequest, { type: 'sync-autoclean' | 'remember-story' }>;
    };

/**
 * Checks a request to the background: its shape, then that it comes from the context allowed to send
 * it — the badge and zapper rules from a content script (scoped to its tab), a re-sync from a page of
 * this extension.
 */
export function acceptBackgroundRequest(
  message: unknown,
  sender: SenderInfo,
  self: Self,
): Checked<AcceptedBackgroundRequest> {
  const shape = backgroundRequestCheck(message);
  if (!shape.ok) return shape;
  const request = shape.value;
  if (request.type === 'sync-autoclean') {
    const who = checkSenderIsExtensionPage(sender, self);
    return who.ok ? { ok: true, value: { from: 'extension-page', request } } : who;
  }
  // A story comes from the popup (for the tab it names) or from a content script (for its own tab).
  if (request.type === 'remember-story' && request.tabId !== null) {
    const who = checkSenderIsExtensionPage(sender, self);
    return who.ok ? { ok: true, value: { from: 'extension-page', request } } : who;
  }
  const who = checkSenderIsOwnContentScript(sender, self);
  const incognito = sender.tab?.incognito === true;
  return who.ok ? { ok: true, value: { from: 'content-script', ...who.value, incognito, request } } : who;
}

// ---- options page ↔ content script: custom-rule match counts (helper "options") ------------------

/** Options page → content script of the reader's current tab: count what these rules match there. */
export interface RuleMatchesRequest {
  type: 'count-rule-matches';
  requestId: string;
  /** The rule editor's text as typed (it may not be saved yet). */
  rules: string;
}

/** Content script → options page. */
export type RuleMatchesReply =
  | { type: 'rule-matches'; requestId: string; page: PageInfo; counts: RuleLineMatches[] }
  | { type: 'rule-matches-failed'; requestId: string; page: PageInfo; error: string };

/** The longest rule list the editor may send: the longest the options page saves. */
export { MAX_RULES_CHARS };

const lineNumber: Check<number> = (v, path = '') => {
  const r = num(v, path);
  if (!r.ok) return r;
  return Number.isInteger(r.value) && r.value >= 1
    ? r
    : { ok: false, reason: `${path || 'line'}: expected a line number` };
};

const ruleLineMatchesCheck = object<RuleLineMatches>({
  line: lineNumber,
  count: nullable(matchCount),
  note: nullable(str),
});

function matchCount(v: unknown, path = ''): Checked<number> {
  const r = num(v, path);
  if (!r.ok) return r;
  return Number.isInteger(r.value) && r.value >= 0
    ? r
    : { ok: false, reason: `${path || 'count'}: expected a whole number ≥ 0` };
}

export const ruleMatchesRequestCheck: Check<RuleMatchesRequest> = union<RuleMatchesRequest>({
  'count-rule-matches': object({ type: literal('count-rule-matches'), requestId: str, rules: rulesText }),
});

export const ruleMatchesReplyCheck: Check<RuleMatchesReply> = union<RuleMatchesReply>({
  'rule-matches': object({
    type: literal('rule-matches'),
    requestId: str,
    page: pageCheck,
    counts: arrayOf(ruleLineMatchesCheck, MAX_COUNTED_RULES),
  }),
  'rule-matches-failed': object({
    type: literal('rule-matches-failed'),
    requestId: str,
    page: pageCheck,
    error: str,
  }),
});

/** Checks a count request in the content script: only this extension's pages may ask, then shape. */
export function acceptRuleMatchesRequest(
  message: unknown,
  sender: SenderInfo,
  self: Self,
): Checked<RuleMatchesRequest> {
  const who = checkSenderIsExtensionPage(sender, self);
  if (!who.ok) return who;
  return ruleMatchesRequestCheck(message);
}

/** Checks the content script's answer to the count request `requestId`. */
export function acceptRuleMatchesReply(message: unknown, requestId: string): Checked<RuleMatchesReply> {
  const r = ruleMatchesReplyCheck(message);
  if (!r.ok) return r;
  if (r.value.requestId !== requestId)
    return { ok: false, reason: `reply is for request ${r.value.requestId}, not ${requestId}` };
  return r;
}
