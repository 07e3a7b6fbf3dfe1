/**
 * Auto-clean's content scripts: two registrations per whitelisted site (the early script at
 * document_start, the content script at document_end), made to match the whitelist
 * in settings (core/sites `planRegistrations`). Runs on install/startup, whenever settings change (so
 * the options page's edits take effect), when a host permission is added or taken away, and when a page
 * asks. A site whose permission the reader revoked in the browser is reported and left unregistered,
 * not crashed on. Runs are serialized: two at once would register the same id twice.
 */
import { registrationsFor, planRegistrations, type SiteRegistration } from '../core/sites/registrations';
import type { Settings } from '../core/settings';
import browser from '../shared/browser';
import { CONTENT_SCRIPT_FILE, EARLY_SCRIPT_FILE, MARKER_STYLESHEET_FILE } from '../shared/content-script';
import type { AutoCleanReport } from '../shared/messages';
import { loadSettings } from '../shared/storage';
import { errorText } from '../core';

/** Where the latest report is kept, for the options page ("permission revoked"). */
export const REPORT_KEY = 'autocleanReport';

/** Registered without the leading slash, as the browser lists registrations back. */
export const CONTENT_SCRIPT = CONTENT_SCRIPT_FILE.slice(1);
export const EARLY_SCRIPT = EARLY_SCRIPT_FILE.slice(1);
export const MARKER_STYLESHEET = MARKER_STYLESHEET_FILE.slice(1);

/**
 * The early script goes in before the body is parsed, with the marker stylesheet (a file: page CSP cannot
 * refuse it); the content script, with the engine, only once the DOM is there (document_end), so a page
 * load parses the big script only when its pass is due.
 */
function scriptFor(r: SiteRegistration) {
  const early = r.role === 'early';
  return {
    id: r.id,
    matches: r.matches,
    js: [early ? EARLY_SCRIPT : CONTENT_SCRIPT],
    ...(early ? { css: [MARKER_STYLESHEET] } : {}),
    runAt: early ? ('document_start' as const) : ('document_end' as const),
    allFrames: false,
    persistAcrossSessions: true,
  };
}

async function granted(origins: string[]): Promise<boolean> {
  try {
    return await browser.permissions.contains({ origins });
  } catch {
    return false;
  }
}

async function syncOnce(settings: Settings, fresh: boolean): Promise<AutoCleanReport> {
  const report: AutoCleanReport = { registered: [], revoked: [], failed: [] };
  const wanted: SiteRegistration[] = [];
  for (const entry of settings.whitelist) {
    let regs: SiteRegistration[];
    try {
      regs = registrationsFor(entry.pattern);
    } catch (e) {
      report.failed.push({ pattern: entry.pattern, error: errorText(e) });
      continue;
    }
    if (await granted(regs[0]!.matches)) wanted.push(...regs);
    else report.revoked.push(entry.pattern);
  }
  const existing = await browser.scripting.getRegisteredContentScripts();
  // After an update the file list may differ: start over from the whitelist.
  const plan = planRegistrations(
    wanted,
    fresh ? [] : existing.map((e) => ({ id: e.id, matches: e.matches })),
  );
  const stale = fresh
    ? existing.filter((e) => e.id.startsWith('cleanwire-site:')).map((e) => e.id)
    : plan.unregister;
  if (stale.length) await browser.scripting.unregisterContentScripts({ ids: stale });
  for (const reg of [...plan.register, ...plan.update]) {
    try {
      if (plan.update.includes(reg)) await browser.scripting.updateContentScripts([scriptFor(reg)]);
      else await browser.scripting.registerContentScripts([scriptFor(reg)]);
    } catch (e) {
      // One failure per site: its other script fails for the same reason.
      if (!report.failed.some((f) => f.pattern === reg.pattern))
        report.failed.push({ pattern: reg.pattern, error: errorText(e) });
    }
  }
  const failed = new Set(report.failed.map((f) => f.pattern));
  report.registered = [...new Set(wanted.map((w) => w.pattern))].filter((p) => !failed.has(p));
  if (report.revoked.length || report.failed.length)
    console.warn('Cleanwire: auto-clean not active on', report);
  await browser.storage.local.set({ [REPORT_KEY]: report });
  return report;
}

let queue: Promise<unknown> = Promise.resolve();

/** Brings the registrations in line with the whitelist; `fresh` re-registers everything (install/update). */
export function syncAutoClean(
  options: { fresh?: boolean; settings?: Settings } = {},
): Promise<AutoCleanReport> {
  const run = async () => syncOnce(options.settings ?? (await loadSettings()), options.fresh ?? false);
  const result = queue.then(run, run);
  queue = result.catch(() => undefined);
  return result;
}
