import { isAgencyOnly, nameParts } from './agency-match';

/**
 * "By", "Written by", "Von", "Ein Artikel von", "Erstellt von", "Par", "Écrit par", "Por", "Door",
 * "Author:" — what comes before the names.
 */
const BY_LEAD =
  '^(?:(?:written|posted|reported|story|words|text|reporting|ein artikel|ein beitrag|erstellt|geschrieben|verfasst|écrit|publié|escrito|publicado)\\s+)?(?:by|von|par|por|door)\\b';
const BY_PREFIX = new RegExp(`${BY_LEAD}\\s*:?\\s*`, 'i');
/** A text that starts like a byline: the lead-in, a space, then something (the names). */
export const BY_LINE = new RegExp(`${BY_LEAD}\\s*:?\\s+\\S`, 'i');
const LABEL_PREFIX = /^(?:authors?|autor(?:in)?|auteur|reporter|text|words)\s*:\s*/i;
/** Where a byline stops and the date stamp starts: "| Updated …", "Published …". */
const STAMP =
  /\s*(?:[|•·,–—-]\s*)?\b(?:updated|last updated|published|posted|modified|veröffentlicht|aktualisiert|publié|mis à jour|publicado|actualizado)\b.*$/i;
const SEGMENT_SEPARATOR = /\s*[|•·]\s*|\s+[–—]\s+/;
/** Words a byline never ends with: what is left of a cut-off date ("on Tuesday, Aug"). */
const TRAILING_WORDS = new Set(
  (
    'on at am um le el il the in jan feb mar apr may jun jul aug sep sept oct nov dec january ' +
    'february march april june july august september october november december mon tue tues wed thu ' +
    'thur thurs fri sat sun monday tuesday wednesday thursday friday saturday sunday'
  ).split(' '),
);
/** Lower-case words that belong inside names: "Jean de la Fontaine", "Jane Doe and John Roe". */
const PARTICLES = new Set(
  (
    'de da das do dos del della di du la le van von der den ten ter ' + 'bin binti al el ibn y e and und et &'
  ).split(' '),
);

/**
 * A byline as a reader should see it: no "By ", no date stamp, no e-mail address or link, the name
 * segment of "Economy | By Melissa Porter" and the agency of "AFP | New York". Null when nothing is left
 * or the text is too long to be a byline.
 */
export function cleanByline(raw: string | null | undefined): string | null {
  if (typeof raw !== 'string') return null;
  let s = decodeEntities(raw)
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
  if (s === '' || s.length > 300) return null;
  s = s
    .replace(/\bhttps?:\/\/[^\s()]+/gi, ' ')
    .replace(/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g, ' ')
    .replace(/(^|\s)@\w+/g, ' ')
    .replace(/\(\s*\)/g, ' ')
    .trim();

  const segments = s.split(SEGMENT_SEPARATOR).filter((x) => x.trim() !== '');
  const named =
    segments.find((x) => BY_PREFIX.test(x) || LABEL_PREFIX.test(x)) ??
    segments.find((x) => isAgencyOnly(x)) ??
    segments.find((x) => !STAMP.test(x) && looksLikeName(tidy(x))) ??
    segments.find((x) => !/^\s*(?:updated|published|posted)\b/i.test(x));
  if (!named) return null;
  const out = tidy(named);
  if (out === '' || out.length > 100 || !/\p{L}/u.test(out)) return null;
  return out;
}

/** Combining marks for the accented-letter entities (`&oacute;` is o + U+0301, composed by NFC). */
const ACCENTS: Record<string, string> = {
  acute: '\u0301',
  grave: '\u0300',
  circ: '\u0302',
  tilde: '\u0303',
  uml: '\u0308',
  ring: '\u030a',
  cedil: '\u0327',
};
const NAMED: Record<string, string> = { amp: '&', quot: '"', apos: "'", nbsp: ' ', szlig: 'ß' };

/**
 * HTML entities left in a name by a CMS that escaped it twice ("Redacci&oacute;n" in JSON-LD or a meta
 * tag): numeric ones, accented letters and the few others names contain. Anything else stays as written.
 */
export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s
    .replace(/&#(x[0-9a-f]{1,6}|\d{1,7});/gi, (m, n: string) => {
      const code = n[0] === 'x' || n[0] === 'X' ? parseInt(n.slice(1), 16) : Number(n);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
    })
    .replace(/&([a-z])(acute|grave|circ|tilde|uml|ring|cedil);/gi, (_, l: string, a: string) =>
      (l + ACCENTS[a.toLowerCase()]!).normalize('NFC'),
    )
    .replace(/&(amp|quot|apos|nbsp|szlig);/g, (_, n: string) => NAMED[n]!);
}

function tidy(segment: string): string {
  let s = segment.trim().replace(LABEL_PREFIX, '').replace(BY_PREFIX, '');
  s = s.replace(STAMP, '');
  // a number starting a word begins a date or a time ("Jane Doe, Aug 7, 2018"); "CC7567" is a user name
  const digit = s.search(/(?<![\p{L}\p{N}])\d/u);
  if (digit >= 0) s = s.slice(0, digit);
  const words = s.trim().split(' ');
  while (
    words.length > 0 &&
    TRAILING_WORDS.has(words[words.length - 1]!.replace(/[^\p{L}]/gu, '').toLowerCase())
  ) {
    words.pop();
  }
  return withoutRole(words.join(' '))
    .replace(/^[\s,;:|•·–—-]+|[\s,;:|•·–—-]+$/g, '')
    .trim();
}

/** Words of a job title after a name: "Jane Doe, Privacy Expert", "Jane Doe Contributing Writer". */
const ROLE_WORD =
  /^(?:expert|writer|editor|director|founder|co-founder|reviewer|contributor|contributing|correspondent|reporter|columnist|manager|ceo|head|lead|senior|sr|chief|managing|consultant|specialist|staff|team|journalist|producer|analyst|strategist|&|and)$/i;
const isRoleWord = (w: string) => ROLE_WORD.test(w.replace(/[^\p{L}&-]/gu, ''));

/**
 * A name without the job title after it: a ", …" or " - …" part that has a role word in it ("Jane Doe,
 * Privacy and Digital Security Expert", "Jane Doe - Example Editorial Team"), and a run of role words
 * at the end ("Jane Doe Founder & Lead Reviewer"). At least two words stay.
 */
function withoutRole(s: string): string {
  const part = /\s*(?:,|\s[-–—])\s+/.exec(s);
  if (part && part.index > 0) {
    const head = s.slice(0, part.index);
    const tail = s.slice(part.index + part[0].length).split(' ');
    if (head.includes(' ') && tail.some((w) => isRoleWord(w) && !/^(?:and|&)$/i.test(w))) s = head;
  }
  const words = s.split(' ');
  let end = words.length;
  while (end > 2 && isRoleWord(words[end - 1]!)) end--;
  // "and" or "&" ends a list of names, not a title
  return end < words.length && !/^(?:and|&)$/i.test(words[end]!) ? words.slice(0, end).join(' ') : s;
}

/**
 * Whether a visible line's text reads as one or more personal names (or an agency): capitalised words
 * and name particles, no digits, short. Used only for unstructured text, where "By the end of the day"
 * must not become a byline.
 */
export function looksLikeName(s: string): boolean {
  if (s === '' || s.length > 100 || /\d/.test(s) || /[.!?]\s+\p{Ll}/u.test(s)) return false;
  if (isAgencyOnly(s)) return true;
  const names = nameParts(s);
  if (names.length === 0 || names.length > 6) return false;
  return names.every((name) => {
    const tokens = name.split(' ').filter(Boolean);
    if (tokens.length === 0 || tokens.length > 5) return false;
    let capitalised = 0;
    for (const t of tokens) {
      if (/^[\p{Lu}\p{Lo}]/u.test(t) && /^[\p{L}'’.-]+$/u.test(t)) capitalised++;
      else if (!PARTICLES.has(t.toLowerCase())) return false;
    }
    return capitalised > 0;
  });
}
