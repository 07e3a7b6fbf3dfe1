import { AGENCIES, type AgencyEntry } from './agencies';

/** Words around an agency's name that do not change which agency it is: "The", "News", "Staff", "L.P.". */
const LEADING = /^(?:the|by)\s+/i;
const TRAILING =
  /\s+(?:news|agency|staff|wire|service|newswire|l\s?p|inc|ltd|writers?|reporters?|correspondents?|desk|report)\.?$/i;

/** "Reuters Staff" → "Reuters", "The Associated Press" → "Associated Press"; case kept (tags are case-sensitive). */
function stripAffixes(s: string): string {
  let out = s.trim().replace(/[.\s]+$/, '');
  for (let i = 0; i < 4; i++) {
    const next = out.replace(LEADING, '').replace(TRAILING, '').trim();
    if (next === out) break;
    out = next;
  }
  return out;
}

/** Lower-case, accents and punctuation gone, affixes stripped: the key names are compared by. */
export function normaliseName(s: string): string {
  const plain = s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  return stripAffixes(plain).toLowerCase();
}

const BY_TAG = new Map<string, AgencyEntry>();
const BY_NAME = new Map<string, AgencyEntry>();
for (const entry of AGENCIES) {
  for (const tag of entry.tags) BY_TAG.set(tag, entry);
  for (const name of [entry.name, ...entry.names]) BY_NAME.set(normaliseName(name), entry);
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const alternation = (words: string[]) =>
  words
    .sort((a, b) => b.length - a.length)
    .map((w) => escape(w).replace(/[\s-]+/g, '[\\s-]+'))
    .join('|');
/** Tags as whole words, case-sensitive. */
const TAG_MENTION = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${alternation([...BY_TAG.keys()])})(?![\\p{L}\\p{N}])`,
  'gu',
);
/** Full names as whole words, case-insensitive. */
const NAME_MENTION = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${alternation(AGENCIES.flatMap((a) => [...a.names]))})(?![\\p{L}\\p{N}])`,
  'giu',
);

/** The agency one name stands for, if any: "AFP", "Agence France-Presse", "Reuters Staff", "AP News". */
export function agencyOfName(part: string): AgencyEntry | null {
  const trimmed = part.trim();
  if (trimmed === '' || trimmed.length > 60) return null;
  const tagged = BY_TAG.get(stripAffixes(trimmed));
  if (tagged) return tagged;
  return BY_NAME.get(normaliseName(trimmed)) ?? null;
}

/** Splits "dpa/AFP", "Jane Doe, AFP", "Reuters and AP", "Agence France-Presse (AFP)" into names. */
export function nameParts(value: string): string[] {
  return value
    .split(/\s*(?:[/,;&|()[\]]|\s(?:and|und|et|with)\s)\s*/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
}

/** Every agency a field names (an author, a publisher, a byline), in order, each once. */
export function agenciesNamedBy(value: string): AgencyEntry[] {
  const found: AgencyEntry[] = [];
  for (const part of nameParts(value)) {
    const a = agencyOfName(part);
    if (a && !found.includes(a)) found.push(a);
  }
  return found;
}

/** True when every name in the field is an agency: "AFP", "dpa/AFP", "By Reuters" — not "Jane Doe, AFP". */
export function isAgencyOnly(value: string): boolean {
  const parts = nameParts(value);
  return parts.length > 0 && parts.every((p) => agencyOfName(p) !== null);
}

export interface AgencyMention {
  agency: AgencyEntry;
  /** The words as written. */
  text: string;
  index: number;
}

/** Every place a text mentions an agency by tag or name, in text order. */
export function agencyMentions(text: string): AgencyMention[] {
  const out: AgencyMention[] = [];
  for (const m of text.matchAll(TAG_MENTION)) {
    const a = BY_TAG.get(m[0]);
    if (a) out.push({ agency: a, text: m[0], index: m.index });
  }
  for (const m of text.matchAll(NAME_MENTION)) {
    const a = BY_NAME.get(normaliseName(m[0]));
    if (a) out.push({ agency: a, text: m[0], index: m.index });
  }
  return out.sort((x, y) => x.index - y.index);
}
