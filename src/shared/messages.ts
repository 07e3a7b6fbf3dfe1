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
} from '../core/types';
import { arrayOf, literal, nullable, num, object, str, union, type Check, type Checked } from './validate';

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
  /** Element budget for the engine; a page over it is reported as too large. */
  maxElements: number;
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
];
const FIELD_SOURCES: FieldSource[] = ['json-ld', 'meta', 'time', 'text', 'readability', 'url'];
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

export const contentRequestCheck: Check<ContentRequest> = union<ContentRequest>({
  'clean-page': object({ type: literal('clean-page'), requestId: str, maxElements: num }),
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
