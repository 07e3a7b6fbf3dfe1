import { matchPatternsFor, normalizeSitePattern } from '../sites/patterns';

/**
 * Which host permissions to give back when a site leaves the whitelist: the removed site's match
 * patterns, except those another whitelisted site still needs (its own patterns, or any pattern inside a
 * remaining `*.site` wildcard). Giving back one that is still needed would stop auto-clean there.
 */
export function originsToRelease(removed: string, remaining: readonly string[]): string[] {
  const kept = new Set<string>();
  const wildcards: string[] = [];
  for (const pattern of remaining) {
    const site = normalizeSitePattern(pattern);
    if (!site.ok) continue;
    for (const origin of matchPatternsFor(site.pattern)) kept.add(origin);
    if (site.kind === 'wildcard') wildcards.push(site.base);
  }
  return matchPatternsFor(removed).filter((origin) => {
    if (kept.has(origin)) return false;
    const host = /^\*:\/\/(?:\*\.)?([^/]+)\/\*$/.exec(origin)?.[1];
    return !host || !wildcards.some((base) => host === base || host.endsWith('.' + base));
  });
}
