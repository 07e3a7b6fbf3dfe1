import { matchPatternsFor, normalizeSitePattern } from './patterns';

/**
 * Which content-script registrations the whitelist needs, and what to change to get there. Each
 * whitelisted site has its own two (ids `cleanwire-site:<pattern>` and `cleanwire-site:<pattern>/dom-ready`),
 * so one site's failure or revoked permission leaves the others working, and a diff by id is all a
 * re-sync needs.
 */

export const REGISTRATION_PREFIX = 'cleanwire-site:';
/** After the pattern in the id of a site's DOM-ready registration (a pattern never holds a `/`). */
export const DOM_READY_SUFFIX = '/dom-ready';

/**
 * `early`: the small document_start script that only puts the early stylesheet in; `dom-ready`: the
 * content script (engine and in-place pass) at document_end.
 */
export type ScriptRole = 'early' | 'dom-ready';

export interface SiteRegistration {
  id: string;
  pattern: string;
  /** Browser match patterns (core/sites `matchPatternsFor`). */
  matches: string[];
  role: ScriptRole;
}

/** What the browser lists (`scripting.getRegisteredContentScripts`), in the parts compared here. */
export interface ExistingRegistration {
  id: string;
  matches?: string[];
}

export interface RegistrationPlan {
  register: SiteRegistration[];
  /** Registered already, but for other match patterns. */
  update: SiteRegistration[];
  /** Ids of our registrations no whitelisted site needs any more. */
  unregister: string[];
}

/** A whitelisted site's registrations: the early script, then the content script at DOM ready. */
export function registrationsFor(pattern: string): SiteRegistration[] {
  const id = REGISTRATION_PREFIX + pattern;
  const matches = matchPatternsFor(pattern);
  return [
    { id, pattern, matches, role: 'early' },
    { id: id + DOM_READY_SUFFIX, pattern, matches: [...matches], role: 'dom-ready' },
  ];
}

/** The diff from `existing` to `wanted`. Registrations of other ids (not ours) are left alone. */
export function planRegistrations(
  wanted: readonly SiteRegistration[],
  existing: readonly ExistingRegistration[],
): RegistrationPlan {
  const ours = new Map(existing.filter((e) => e.id.startsWith(REGISTRATION_PREFIX)).map((e) => [e.id, e]));
  const wantedIds = new Set(wanted.map((w) => w.id));
  const plan: RegistrationPlan = { register: [], update: [], unregister: [] };
  for (const w of wanted) {
    const have = ours.get(w.id);
    if (!have) plan.register.push(w);
    else if (!sameSet(have.matches ?? [], w.matches)) plan.update.push(w);
  }
  for (const id of ours.keys()) if (!wantedIds.has(id)) plan.unregister.push(id);
  return plan;
}

/** The whitelist pattern the popup offers for a page: its exact site (`www.` dropped), or null. */
export function sitePatternForUrl(url: string): string | null {
  let host: string;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
    host = parsed.hostname;
  } catch {
    return null;
  }
  const site = normalizeSitePattern(host);
  return site.ok ? site.pattern : null;
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}
