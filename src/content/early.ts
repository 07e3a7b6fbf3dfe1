/**
 * Auto-clean's document_start script, registered for whitelisted sites (background/registrations.ts)
 * beside the content script, which the browser runs on the same pages at DOM ready (document_end). This
 * one runs before the body is parsed and does only what must come before first paint: read the settings
 * and put in the early stylesheet. No engine, no Readability, no rule compiler: the built-in rules come
 * compiled, with their stylesheet selectors, from the build (EARLY_RULES), so the script stays small
 * (its size budget is checked by `npm run build`). What it found goes to the content script through
 * early-state.ts, with the functions auto-clean decides by, so that the content script need not carry
 * them. Nothing web-accessible, no listener.
 */
import { cssForRules, installStyle } from '../core/inpage/css';
import { selectorCheckFor } from '../core/rules/compile';
import type { Settings } from '../core/settings/model';
import {
  autoCleanDecision,
  pageRulesFor,
  sheetRulesFromSettings,
  siteExceptionsFor,
} from '../core/settings/rules';
import { classifyArticleUrl } from '../core/sites/article-url';
import { findSiteEntry } from '../core/sites/patterns';
import { publishEarlyHandoff, type EarlyOutcome } from './early-state';
import { loadSettings } from './settings';

/** Keeps the page from painting until the early stylesheet is in (see start). */
const PAINT_GUARD_CSS = 'body { opacity: 0 !important; }\n';
/** If the settings take longer than this, the page shows without its early sheet rather than stay blank. */
const PAINT_GUARD_MAX_MS = 1500;

async function start(): Promise<EarlyOutcome> {
  // The settings arrive asynchronously and the parser does not wait for them: until the early sheet is
  // in, a guard (same role, so the early sheet replaces it) keeps the page from painting at all. It is
  // there for the one storage read, a few milliseconds, usually before any frame.
  const guard = installStyle(document, 'early', PAINT_GUARD_CSS);
  const lift = setTimeout(() => guard.remove(), PAINT_GUARD_MAX_MS);
  let settings: Settings;
  try {
    settings = await loadSettings();
  } catch (error) {
    guard.remove();
    throw error;
  } finally {
    clearTimeout(lift);
  }
  const url = location.href;
  const entry = findSiteEntry(settings.whitelist, url);
  if (!entry) {
    guard.remove(); // the registration is stale (whitelist changed a moment ago): nothing to do
    return { next: 'none', skipped: null };
  }
  // A URL that names a front (/, /world/, /tag/…) is left alone unless the reader asked; an unknown one
  // gets the early sheet too, and loses it at DOM ready if the document is not an article.
  if (classifyArticleUrl(url).verdict === 'front' && !entry.cleanFrontPages) {
    guard.remove();
    return { next: 'none', skipped: 'front-page' };
  }
  const host = location.hostname;
  const check = selectorCheckFor(document);
  const early = cssForRules(sheetRulesFromSettings(settings, check), host, {
    siteExceptions: siteExceptionsFor(settings, host),
    isValidSelector: check,
  });
  if (early.css) installStyle(document, 'early', early.css);
  else guard.remove();
  return { next: 'dom-ready', settings };
}

// Only the top frame is cleaned (the registration is not for all frames), and only once per document.
if (window === window.top && document.readyState === 'loading') {
  const outcome = start();
  outcome.catch((error: unknown) => console.error('Cleanwire: auto-clean failed', error));
  publishEarlyHandoff({
    outcome,
    loadSettings,
    decide: (settings, url, hostname, isArticle) => ({
      decision: autoCleanDecision(settings, url, isArticle),
      rules: pageRulesFor(settings, hostname),
    }),
  });
}
