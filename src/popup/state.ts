/**
 * What the popup can be showing, and how a content-script reply maps onto it. Pure, unit-tested; the
 * browser calls live in load.ts.
 */
import type { CleanResult } from '../core';
import type { ContentReply, PageInfo } from '../shared/messages';
import type { RestrictedReason } from '../shared/restricted';

export type PopupState =
  | { kind: 'working' }
  | {
      kind: 'article';
      page: PageInfo;
      result: CleanResult & { article: NonNullable<CleanResult['article']> };
      cleanMs: number;
    }
  /** No article; `result.article` is the best candidate when there is one ("show anyway"). */
  | { kind: 'no-article'; page: PageInfo; result: CleanResult; cleanMs: number }
  | { kind: 'restricted'; reason: RestrictedReason; message: string }
  | { kind: 'too-large'; message: string }
  | { kind: 'unsupported'; message: string }
  | { kind: 'changed'; message: string }
  | { kind: 'error'; message: string };

export const PAGE_CHANGED_MESSAGE = 'The page changed or reloaded while Cleanwire was reading it.';

/** The part of a URL that names the document: the fragment (#section) is not a new page. */
export function sameDocumentUrl(a: string, b: string): boolean {
  const strip = (u: string) => u.replace(/#.*$/, '');
  return strip(a) === strip(b);
}

/**
 * The state for a reply. `expectedUrl` is the tab's URL when the reader clicked (undefined when the browser
 * did not tell us): a reply from another document means the page changed in between.
 */
export function stateForReply(reply: ContentReply, expectedUrl: string | undefined): PopupState {
  if (expectedUrl && !sameDocumentUrl(reply.page.url, expectedUrl))
    return { kind: 'changed', message: PAGE_CHANGED_MESSAGE };
  switch (reply.type) {
    case 'not-html':
      if (/pdf/i.test(reply.contentType))
        return {
          kind: 'restricted',
          reason: 'pdf',
          message: 'This is a PDF in the browser’s PDF viewer. Cleanwire reads web pages, not PDF files.',
        };
      return {
        kind: 'unsupported',
        message: `This tab shows ${reply.contentType}, not a web page with an article.`,
      };
    case 'failed':
      return {
        kind: 'error',
        message: `Cleanwire could not read this page: ${reply.error}. The page itself is unchanged.`,
      };
    case 'cleaned': {
      const { result, page, cleanMs } = reply;
      switch (result.status) {
        case 'ok':
          if (result.article)
            return { kind: 'article', page, result: { ...result, article: result.article }, cleanMs };
          return { kind: 'no-article', page, result, cleanMs };
        case 'no-article':
          return { kind: 'no-article', page, result, cleanMs };
        case 'too-large':
          return {
            kind: 'too-large',
            message: result.message ?? 'This page is too large for Cleanwire to read.',
          };
        case 'unsupported':
          return {
            kind: 'unsupported',
            message: result.message ?? 'This page is not a document Cleanwire can read.',
          };
      }
    }
  }
}
