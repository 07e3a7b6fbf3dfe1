/**
 * In-page cleaning on the live document: the shell around core/inpage. On a whitelisted page it takes
 * over from the document_start script (early.ts, which put the early stylesheet in), cleans at DOM ready
 * and then watches for late widgets; on any page the popup can ask for the same pass ("Clean this
 * page"), a restore, or a single block back.
 * It hides, never removes: restore puts the page back exactly.
 */
import { clean, selectorCheckFor, matchPage, rulesForHost } from '../core';
import { budgetRefusal } from '../core/page-budget';
import {
  cleanInPlace,
  createLateWidgetCleaner,
  elementForBlock,
  hideElement,
  LATE_CHECK_MAX_WAIT_MS,
  recordForZaps,
  removeStyles,
  restore,
  restoreOne,
  type HiddenBlock,
  type InPageMode,
  type InPageResult,
  type LateWidgetCleaner,
} from '../core/inpage';
import { rulesFromSettings, type PageRules } from '../core/settings/rules';
import { isProbablyArticlePage } from '../core/sites/article';
import { stableSelector } from '../core/zapper';
import { storyInputOf } from '../core/story/input';
import browser from './browser';
import { PAGE_BUDGET } from '../shared/limits';
import type { BackgroundRequest, InPageState, PageBlock } from '../shared/messages';
import type { EarlyHandoff } from './early-state';

interface Session {
  mode: 'auto' | 'manual';
  /** The mode the reader's settings or click asked for (the page may show Tidy: see result.focus). */
  asked: InPageMode | null;
  result: InPageResult;
  late: LateWidgetCleaner | null;
  observer: MutationObserver | null;
  /** The address the pass ran for, without its #fragment: a single-page app may change it in place. */
  page: string;
}

/** After a single-page app changes the address: the new page counts as settled after this long without a mutation… */
const SETTLED_QUIET_MS = 300;
/** …or after this long in any case. */
const SETTLED_MAX_MS = 3000;

let session: Session | null = null;
let skipped: InPageState['skipped'] = null;

function toBlock(b: HiddenBlock): PageBlock {
  return {
    id: b.id,
    ruleId: b.ruleId,
    family: b.family,
    stage: b.stage,
    preview: b.preview,
    textLength: b.textLength,
  };
}

export function inPageState(): InPageState {
  return {
    mode: session?.mode ?? 'off',
    pageMode: session?.result.focus?.mode ?? null,
    fallback: session?.result.focus?.fallback ?? null,
    blocks: session ? session.result.blocks.map(toBlock) : [],
    skipped,
  };
}

function send(message: BackgroundRequest): void {
  browser.runtime.sendMessage(message).catch(() => {
    // the background may be restarting; the next change sends the count again
  });
}

/** The toolbar badge shows how many blocks are hidden on this tab. */
function reportCount(): void {
  send({ type: 'badge', count: session?.result.blocks.length ?? 0 });
}

function hostname(): string {
  return location.hostname;
}

/** The early script's handoff, when this page is auto-cleaned (its settings reader and decision). */
let auto: EarlyHandoff | null = null;

/**
 * Auto-clean's DOM-ready pass on a page of a whitelisted site, after the document_start script
 * (early.ts) has read the settings and put the early sheet in: the pass decides for real (an article,
 * or a front page the reader wants cleaned) and swaps the early sheet for marks, or takes it out.
 */
export async function continueAutoClean(early: EarlyHandoff): Promise<void> {
  auto = early;
  const outcome = await early.outcome;
  if (outcome.next === 'none') {
    skipped = outcome.skipped;
    return;
  }
  await domReady();
  if (session) return; // "Clean this page" ran first
  const url = location.href;
  const { decision, rules } = early.decide(outcome.settings, url, hostname(), () =>
    isProbablyArticlePage(document, url),
  );
  if (!decision.clean) {
    removeStyles(document, 'early');
    skipped = decision.reason === 'front-page' ? 'front-page' : null;
    return;
  }
  cleanNow(rules, 'auto', decision.entry.mode);
}

function domReady(): Promise<void> {
  if (document.readyState !== 'loading') return Promise.resolve();
  return new Promise((resolve) =>
    document.addEventListener('DOMContentLoaded', () => resolve(), { once: true }),
  );
}

/** The DOM-ready pass with the reader's rules, in `asked` mode, then the late-widget watch. */
export function cleanNow(pageRules: PageRules, mode: Session['mode'], asked: InPageMode): InPageState {
  if (session) stopWatching(session);
  // A page over the popup's budgets is left as it is: matching the rules on it would cost seconds, and
  // without the engine's article text nothing would keep the story from a broad rule.
  if (budgetRefusal(document, PAGE_BUDGET)) {
    removeStyles(document, 'early');
    skipped = 'too-large';
    reportCount();
    return inPageState();
  }
  const url = location.href;
  const host = hostname();
  const { rules } = rulesFromSettings(pageRules, selectorCheckFor(document));
  const { siteExceptions } = pageRules;
  // The engine's article text: nothing that is article text is hidden in place. One match of the
  // page serves both passes (same task, page unchanged).
  const match = matchPage(document.body, rulesForHost(rules, host));
  const extracted = clean(document, { url, match, ...PAGE_BUDGET });
  const articleText = extracted.article?.text ?? null;
  const result = cleanInPlace(document, {
    match,
    hostname: host,
    articleText,
    title: extracted.article?.title ?? null,
    mode: asked,
    siteExceptions,
    result: session?.result,
  });
  // The article, cleaned in place, joins the story memory (the background decides whether to keep it);
  // sent once the page is clean, so that copying a long text for the message does not delay it.
  const story = extracted.status === 'ok' ? storyInputOf(extracted, url) : null;
  if (story) send({ type: 'remember-story', story, tabId: null });
  const page = pageAddress();
  // The late cleaner judges what arrives against this page's article text. When a single-page app
  // moves to another address, what arrives is the next story, which holds none of that text: it must
  // not be judged by it (a broad rule matching its wrapper would hide all of it).
  const moved = () => pageAddress() !== page;
  const late = createLateWidgetCleaner(document, match.rules, {
    hostname: host,
    result,
    articleText,
    siteExceptions,
    focus: result.focus?.mode === 'focus',
    now: () => performance.now(),
    schedule: (run) =>
      requestAnimationFrame(() => {
        if (moved()) followNavigation(current);
        else run();
      }),
    idle: (run) => requestIdleCallback(() => run(), { timeout: LATE_CHECK_MAX_WAIT_MS }),
    onHidden: reportCount,
    onShown: reportCount,
  });
  const observer = new MutationObserver((records) => {
    if (moved()) return followNavigation(current);
    for (const record of records) late.add(record.addedNodes);
  });
  observer.observe(document.documentElement, { childList: true, subtree: true });
  const current: Session = { mode, asked, result, late, observer, page };
  session = current;
  skipped = null;
  reportCount();
  return inPageState();
}

function pageAddress(): string {
  return location.href.split('#')[0]!;
}

/**
 * A single-page app moved to another address under a cleaning session: the late cleaner stops at once.
 * Auto-clean then cleans the new page as it would on a load, once the app has settled; "Clean this
 * page" was for the page the reader saw, so it stops there.
 */
function followNavigation(s: Session): void {
  if (session !== s || !s.observer) return;
  stopWatching(s);
  if (s.mode !== 'auto') return;
  whenSettled(() => {
    cleanAfterNavigation(s).catch((error: unknown) =>
      console.warn('Cleanwire: the new page was not cleaned', error),
    );
  });
}

/** Calls `done` once the DOM has gone SETTLED_QUIET_MS without a change, or after SETTLED_MAX_MS. */
function whenSettled(done: () => void): void {
  const finish = () => {
    clearTimeout(quiet);
    clearTimeout(cap);
    watcher.disconnect();
    done();
  };
  let quiet = setTimeout(finish, SETTLED_QUIET_MS);
  const cap = setTimeout(finish, SETTLED_MAX_MS);
  const watcher = new MutationObserver(() => {
    clearTimeout(quiet);
    quiet = setTimeout(finish, SETTLED_QUIET_MS);
  });
  watcher.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
}

async function cleanAfterNavigation(s: Session): Promise<void> {
  if (!auto) return;
  const settings = await auto.loadSettings();
  if (session !== s) return; // restored, or cleaned from the popup, meanwhile
  // Blocks of the previous page that the app has taken away leave the record (and the badge).
  for (let i = s.result.blocks.length - 1; i >= 0; i--)
    if (!elementForBlock(document, s.result.blocks[i]!.id)) s.result.blocks.splice(i, 1);
  const url = location.href;
  const { decision, rules } = auto.decide(settings, url, hostname(), () =>
    isProbablyArticlePage(document, url),
  );
  if (!decision.clean) {
    skipped = decision.reason === 'front-page' ? 'front-page' : null;
    reportCount();
    return;
  }
  cleanNow(rules, 'auto', decision.entry.mode);
}

function stopWatching(s: Session): void {
  s.observer?.disconnect();
  s.late?.stop();
  s.observer = null;
  s.late = null;
}

/**
 * "Clean this page" from the popup, in `mode` with the reader's `rules` (the popup resolved both from
 * the settings). A page already cleaned in that mode on load stays as it is; one cleaned in the other
 * mode is restored first, so the switch leaves nothing of the other mode behind.
 */
export function cleanOnRequest(mode: InPageMode, rules: PageRules): InPageState {
  if (session?.asked && session.asked !== mode) restoreAll();
  if (session?.mode === 'auto') return inPageState();
  return cleanNow(rules, 'manual', mode);
}

/** "Restore original": every mark and stylesheet of ours goes; the page is as it was served. */
export function restoreAll(): InPageState {
  if (session) {
    stopWatching(session);
    session.late = null;
    restore(document, session.result);
  } else removeStyles(document);
  session = null;
  reportCount();
  return inPageState();
}

/** Shows one block again; returns it with a selector for its element (for a site exception). */
export function restoreBlock(blockId: string): { block: PageBlock; selector: string } | null {
  if (!session) return null;
  const el = elementForBlock(document, blockId);
  const selector = el ? stableSelector(el, document) : '';
  const block = restoreOne(document, session.result, blockId);
  if (!block || !selector) return null;
  reportCount();
  return { block: toBlock(block), selector };
}

/** Hides an element the reader picked with the zapper, as a restorable block. */
export function zapElement(el: Element): PageBlock | null {
  if (!session) {
    // Nothing cleaned yet: a record with no rule hides only what the reader picks.
    session = {
      mode: 'manual',
      asked: null,
      result: recordForZaps(document),
      late: null,
      observer: null,
      page: pageAddress(),
    };
  }
  const block = hideElement(document, session.result, el);
  if (block) reportCount();
  return block ? toBlock(block) : null;
}

/** Undoes a zap (the reader's "Undo" in the zapper bar). */
export function unzap(blockId: string): void {
  if (!session) return;
  restoreOne(document, session.result, blockId);
  reportCount();
}
