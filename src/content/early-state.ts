/**
 * What auto-clean's document_start script (early.ts) hands to the content script (index.ts) that the
 * browser runs at DOM ready on the same page. All of Cleanwire's scripts in a page run in the
 * extension's one isolated world, so they share its globals: the early script leaves the handoff under
 * a symbol and the content script takes it up. Functions travel too: the early script owns auto-clean's
 * settings and its decision (read, validate, which site entry, which rules), the content script the
 * engine and the in-place pass. So the content script, which is also what a click injects (its size is
 * budgeted), carries no settings reader and no site patterns.
 */
import type { AutoCleanDecision, PageRules } from '../core/settings/rules';
import type { Settings } from '../core/settings/model';
import { worldSlot } from './world';

export type EarlyOutcome =
  /** A page of a whitelisted site: the early sheet is in (if any rule could be CSS); decide at DOM ready. */
  | { next: 'dom-ready'; settings: Settings }
  /**
   * Nothing to do on this page: a front page by its URL (`front-page`, which the popup reports), or a
   * site no longer whitelisted (the registration is a moment behind the settings).
   */
  | { next: 'none'; skipped: 'front-page' | null };

export interface EarlyHandoff {
  outcome: Promise<EarlyOutcome>;
  /** The settings as stored now, validated: for a single-page app's next page. */
  loadSettings: () => Promise<Settings>;
  /**
   * Auto-clean's decision for the page at `url` (core/settings `autoCleanDecision`; `isArticle` is the
   * document's verdict, asked only when needed), with the rules to clean it with.
   */
  decide: (
    settings: Settings,
    url: string,
    hostname: string,
    isArticle: () => boolean,
  ) => { decision: AutoCleanDecision; rules: PageRules };
}

const early = worldSlot<EarlyHandoff>('early');

export function publishEarlyHandoff(handoff: EarlyHandoff): void {
  early.set(handoff);
}

/** The early script's handoff on this page, or null when it did not run here (not a whitelisted site). */
export function earlyHandoff(): EarlyHandoff | null {
  return early.get();
}
