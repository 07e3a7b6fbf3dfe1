import { defaultSettings } from './model';

/**
 * Ordered migrations, one per version step. Each takes the stored object of version `from` (as plain
 * data of unknown quality: it runs before validation) and returns the object of version `to`. They fill
 * in what a version did not have yet, so that validation can tell "did not exist then" (silent) from
 * "missing or damaged" (repaired and reported).
 */
export interface Migration {
  from: number;
  to: number;
  /** One line for the repair report: what changed for the reader. */
  describe: string;
  migrate(stored: Record<string, unknown>): Record<string, unknown>;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    // Version 1 is what the popup (issue 3) stored: { version: 1, fontSize, theme }. Version 2 adds the
    // auto-clean whitelist, rule families, custom rules, site exceptions and the default export format.
    from: 1,
    to: 2,
    describe:
      'settings upgraded from version 1 to 2 (whitelist, rule families, custom rules and export format added)',
    migrate(stored) {
      const defaults = defaultSettings();
      const next: Record<string, unknown> = { ...stored, version: 2 };
      for (const key of [
        'whitelist',
        'families',
        'customRules',
        'siteExceptions',
        'defaultExportFormat',
      ] as const) {
        if (!(key in next)) next[key] = defaults[key];
      }
      return next;
    },
  },
  {
    // Version 3 adds in-place modes (issue 14). Sites already cleaned as they load keep the look they
    // had (Tidy); "Clean this page" and sites added from now on use Focus.
    from: 2,
    to: 3,
    describe:
      'settings upgraded from version 2 to 3 (page modes added: sites already in the list keep Tidy, new ones start in Focus)',
    migrate(stored) {
      const next: Record<string, unknown> = { ...stored, version: 3 };
      if (!('pageMode' in next)) next.pageMode = defaultSettings().pageMode;
      if (Array.isArray(next.whitelist))
        next.whitelist = next.whitelist.map((entry: unknown) =>
          typeof entry === 'object' && entry !== null && !Array.isArray(entry) && !('mode' in entry)
            ? { ...entry, mode: 'tidy' }
            : entry,
        );
      return next;
    },
  },
  {
    // Version 4 adds story memory (issue 17), on as for a new install.
    from: 3,
    to: 4,
    describe: 'settings upgraded from version 3 to 4 (story memory added, on)',
    migrate(stored) {
      const next: Record<string, unknown> = { ...stored, version: 4 };
      if (!('storyMemory' in next)) next.storyMemory = defaultSettings().storyMemory;
      return next;
    },
  },
];

/** Runs every migration from `version` up to the newest, returning the object and what was done. */
export function migrate(
  stored: Record<string, unknown>,
  version: number,
): { stored: Record<string, unknown>; steps: string[] } {
  let current = stored;
  let at = version;
  const steps: string[] = [];
  for (const m of MIGRATIONS) {
    if (m.from !== at) continue;
    current = m.migrate(current);
    at = m.to;
    steps.push(m.describe);
  }
  return { stored: current, steps };
}
