import { validRecords } from '../story/memory';
import type { StoryRecord } from '../story/record';
import { MAX_IMPORT_CHARS } from './limits';
import { SETTINGS_VERSION, type Settings } from './model';
import { validateDetailed, type ValidateOptions } from './validate';

/**
 * Settings as one JSON file, for backup and moving between browsers.
 *
 *   { "format": "cleanwire-settings", "version": 4, "settings": { …every field but version… } }
 *
 * The story memory (issue 17) goes in only when the reader asks for it, as `"stories": [ …records… ]`
 * beside `settings`; an import hands those records back (records of another version or damaged are left
 * out) for the caller to merge into the memory it has.
 *
 * What an import REFUSES (the reason is returned, the reader's current settings stay as they are):
 *   - text that is not JSON, or not a JSON object, or larger than MAX_IMPORT_CHARS;
 *   - a `format` other than "cleanwire-settings" (some other program's file);
 *   - a `version` that is missing, not a whole number ≥ 1, or newer than this Cleanwire reads
 *     (settings from the future cannot be migrated down; update Cleanwire first);
 *   - no `settings` object;
 *   - a field holding the reader's own data — whitelist, rule families, custom rules, site exceptions —
 *     that has the wrong type altogether (a number for the whitelist): accepting would replace the
 *     reader's current list with an empty one.
 * What an import REPAIRS (and reports, so the options page can show it):
 *   - a bad item inside a list (an invalid site, an unknown rule family, a non-boolean switch, a bad
 *     rule id or selector in a site exception): that item is dropped or set to its default;
 *   - a single preference out of range or of the wrong type (font size clamped, unknown theme or
 *     export format → default);
 *   - fields this version does not know (dropped) and fields the file lacks (defaults);
 *   - older versions, which are migrated.
 * Custom rules are never repaired line by line: invalid lines are the reader's text and are kept.
 */

export const SETTINGS_FORMAT = 'cleanwire-settings';
export { MAX_IMPORT_CHARS };

export type ImportResult =
  | {
      ok: true;
      settings: Settings;
      repairs: string[];
      /** The story memory in the file; null when it holds none. */
      stories: StoryRecord[] | null;
    }
  | { ok: false; error: string };

/** The settings file; with `stories`, the story memory goes in too. */
export function exportSettings(settings: Settings, stories?: readonly StoryRecord[]): string {
  const { version: _version, ...rest } = settings;
  const file = { format: SETTINGS_FORMAT, version: SETTINGS_VERSION, settings: rest };
  // The memory as one record a line: thousands of indented records would double the file.
  if (!stories) return JSON.stringify(file, null, 2) + '\n';
  const lines = stories.map((r) => `    ${JSON.stringify(r)}`).join(',\n');
  return `${JSON.stringify(file, null, 2).replace(/\n}$/, '')},\n  "stories": [\n${lines}\n  ]\n}\n`;
}

export function importSettings(text: string, options: ValidateOptions = {}): ImportResult {
  const refuse = (error: string): ImportResult => ({ ok: false, error: `${error} Nothing was imported.` });
  if (typeof text !== 'string' || text.trim() === '') return refuse('The file is empty.');
  if (text.length > MAX_IMPORT_CHARS)
    return refuse(`The file is ${text.length} characters long; a Cleanwire settings file is far smaller.`);
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    return refuse(`This is not a Cleanwire settings file: it is not valid JSON (${(e as Error).message}).`);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    return refuse('This is not a Cleanwire settings file: it holds no settings object.');
  const file = data as Record<string, unknown>;
  if (file.format !== SETTINGS_FORMAT)
    return refuse(
      file.format === undefined
        ? `This is not a Cleanwire settings file: it has no "format": "${SETTINGS_FORMAT}".`
        : `This is not a Cleanwire settings file: its format is ${JSON.stringify(file.format)}.`,
    );
  const version = file.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return refuse(
      `The file's settings version ${JSON.stringify(version) ?? 'is missing and'} is not a version number.`,
    );
  if (version > SETTINGS_VERSION)
    return refuse(
      `The file was made by a newer Cleanwire (settings version ${version}; this one reads up to ${SETTINGS_VERSION}). Update Cleanwire and import it again.`,
    );
  const body = file.settings;
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    return refuse('The file has no "settings" object.');

  const { settings, repairs } = validateDetailed({ ...(body as Record<string, unknown>), version }, options);
  const fatal = repairs.find((r) => r.dropsUserData);
  if (fatal) return refuse(`The file cannot be used: its ${fatal.problem}.`);
  const stories = Array.isArray(file.stories) ? validRecords(file.stories) : null;
  return { ok: true, settings, repairs: repairs.map((r) => r.message), stories };
}
