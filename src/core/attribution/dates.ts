/**
 * Reads a publication date written the way news pages write them and gives it back as ISO 8601:
 * `2018-08-07` when only the day is known, `2018-08-07T00:05:00+05:30` when the time and zone are, and
 * `2018-08-07T00:05:00` (local time, as ISO 8601 allows) when the page gives a time but no zone — we do
 * not invent one. Returns null rather than a date that does not exist; never throws.
 */

/** Month words in the languages of the pages we read, accents stripped, lower-case; one line a month. */
const MONTH_WORDS: readonly string[] = [
  'january jan januar janner janvier janv enero ene gennaio gen janeiro januari',
  'february feb febr februar fevrier fevr fev febrero febbraio fevereiro februari',
  'march mar marz maerz mars marzo marco maart mrt',
  'april apr avril avr abril abr aprile',
  'may mai mayo maggio mag maio mei',
  'june jun juni juin junio giugno giu junho',
  'july jul juli juillet juil julio luglio lug julho',
  'august aug aout agosto ago augustus',
  'september sep sept septembre septiembre setiembre settembre set setembro',
  'october oct oktober okt octobre octubre ottobre ott outubro out',
  'november nov novembre noviembre novembro',
  'december dec dezember dez decembre diciembre dic dicembre dezembro',
];
const MONTHS = new Map<string, number>();
MONTH_WORDS.forEach((words, i) => words.split(' ').forEach((w) => MONTHS.set(w, i + 1)));

/** Minutes east of UTC. `us` zones follow US daylight saving (ET, PT: the page does not say which). */
const ZONES: Record<string, number | { std: number; dst: number }> = {
  Z: 0,
  UT: 0,
  UTC: 0,
  GMT: 0,
  WET: 0,
  WEST: 60,
  BST: 60,
  IST: 330,
  CET: 60,
  CEST: 120,
  MEZ: 60,
  MESZ: 120,
  EET: 120,
  EEST: 180,
  MSK: 180,
  GST: 240,
  PKT: 300,
  NPT: 345,
  ICT: 420,
  WIB: 420,
  SGT: 480,
  HKT: 480,
  PHT: 480,
  AWST: 480,
  JST: 540,
  KST: 540,
  ACST: 570,
  AEST: 600,
  AEDT: 660,
  NZST: 720,
  NZDT: 780,
  SAST: 120,
  WAT: 60,
  CAT: 120,
  EAT: 180,
  BRT: -180,
  ART: -180,
  EST: -300,
  EDT: -240,
  CST: -360,
  CDT: -300,
  MST: -420,
  MDT: -360,
  PST: -480,
  PDT: -420,
  AKST: -540,
  AKDT: -480,
  HST: -600,
  ET: { std: -300, dst: -240 },
  CT: { std: -360, dst: -300 },
  MT: { std: -420, dst: -360 },
  PT: { std: -480, dst: -420 },
};

interface DayMatch {
  y: number;
  m: number;
  d: number;
  index: number;
  length: number;
}
interface TimeOfDay {
  h: number;
  min: number;
  s: number;
  /** Minutes east of UTC, or null when the text names no zone. */
  offset: number | null;
}

const stripAccents = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '');

export function parseDate(input: string | null | undefined): string | null {
  try {
    return parse(input);
  } catch {
    return null; // a date we cannot read is no date, never an exception on someone's page
  }
}

function parse(input: string | null | undefined): string | null {
  if (typeof input !== 'string') return null;
  const text = input
    .replace(/[\s\u00a0]+/g, ' ')
    .trim()
    .slice(0, 300);
  if (text === '') return null;

  if (/^\d{10}(?:\d{3})?$/.test(text))
    return fromEpoch(Number(text.length === 13 ? text.slice(0, 10) : text));

  const day = findDay(text);
  if (!day) return null;
  const date = `${day.y}-${pad(day.m)}-${pad(day.d)}`;
  const rest = text.slice(0, day.index) + ' '.repeat(day.length) + text.slice(day.index + day.length);
  const time = findTime(rest, day.index + day.length);
  if (!time) return date;
  let offset = time.offset;
  if (offset === null && time.zone) offset = zoneOffset(time.zone, day, time);
  const clock = `${pad(time.h)}:${pad(time.min)}:${pad(time.s)}`;
  return `${date}T${clock}${offset === null ? '' : formatOffset(offset)}`;
}

function fromEpoch(seconds: number): string | null {
  const d = new Date(seconds * 1000);
  const y = d.getUTCFullYear();
  if (Number.isNaN(y) || y < 1990 || y > 2200) return null;
  return d.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** The calendar day in the text, wherever it sits; the earliest one when several forms match. */
function findDay(text: string): DayMatch | null {
  const candidates: DayMatch[] = [];
  /** Keeps a valid day; null (keep looking) for an impossible one such as 31 February. */
  const push = (y: number, m: number, d: number, index: number, length: number): true | null => {
    if (!validDay(y, m, d)) return null;
    candidates.push({ y, m, d, index, length });
    return true;
  };
  /** Each form: its first match that is a real day. */
  const first = (re: RegExp, each: (m: RegExpExecArray) => true | null): void => {
    for (const m of text.matchAll(re)) if (each(m as RegExpExecArray)) return;
  };

  // 2018-08-07, 2018/08/07, 2018.08.07
  first(/(?<!\d)(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?!\d)/g, (m) =>
    push(+m[1]!, +m[3]!, +m[4]!, m.index, m[0].length),
  );
  // 2018年8月7日
  first(/(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/g, (m) =>
    push(+m[1]!, +m[2]!, +m[3]!, m.index, m[0].length),
  );
  // 07.08.2018 (German and most of Europe: day first)
  first(/(?<![\d.])(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})(?!\d)/g, (m) =>
    push(+m[3]!, +m[2]!, +m[1]!, m.index, m[0].length),
  );
  // 08/07/2018: only when one side cannot be a month; a guess between US and European order would be wrong half the time
  first(/(?<![\d/])(\d{1,2})[/-](\d{1,2})[/-](\d{4})(?!\d)/g, (m) => {
    const a = +m[1]!;
    const b = +m[2]!;
    if (a > 12 && b <= 12) return push(+m[3]!, b, a, m.index, m[0].length);
    if (b > 12 && a <= 12) return push(+m[3]!, a, b, m.index, m[0].length);
    return null;
  });
  // 7 August 2018, 7. August 2018, 07 Aug 2018, 7th of August, 2018, 7 de agosto de 2018
  first(
    /(?<![\p{L}\p{N}])(\d{1,2})(?:st|nd|rd|th|er|º)?\.?\s+(?:of\s+|de\s+)?(\p{L}+)\.?,?\s+(?:de\s+)?(\d{4})(?!\d)/giu,
    (m) => {
      const month = MONTHS.get(stripAccents(m[2]!).toLowerCase());
      if (!month) return null;
      return push(+m[3]!, month, +m[1]!, m.index, m[0].length);
    },
  );
  // August 7, 2018; Aug. 07 2018; August 7th, 2018
  first(/(?<![\p{L}\p{N}])(\p{L}+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?!\d)/giu, (m) => {
    const month = MONTHS.get(stripAccents(m[1]!).toLowerCase());
    if (!month) return null;
    return push(+m[3]!, month, +m[2]!, m.index, m[0].length);
  });

  if (candidates.length === 0) return null;
  return candidates.reduce((best, c) => (c.index < best.index ? c : best));
}

function validDay(y: number, m: number, d: number): boolean {
  if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1) return false;
  const days = [31, leap(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]!;
  return d <= days;
}

const leap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/**
 * The time of day, preferring one after the date ("Aug 7, 2018 00:05 IST") over one before it
 * ("00:05 IST, Aug 7, 2018"). A dot separates hours and minutes only when am/pm or "Uhr" follows, so
 * that "1.56%" is not a time; "10h05" is French.
 */
function findTime(rest: string, afterIndex: number): (TimeOfDay & { zone: string | null }) | null {
  const re =
    /(?<![\d:.])(\d{1,2})(?:([:.h])(\d{2})(?::(\d{2})(?:[.,]\d+)?)?)?(?:\s*([ap])\.?\s?m\b\.?)?(\s*(?:hrs?\.?|Uhr|h)(?![\p{L}]))?/giu;
  const found: { t: TimeOfDay & { zone: string | null }; index: number }[] = [];
  for (const m of rest.matchAll(re)) {
    const sep = m[2];
    const ampm = m[5]?.toLowerCase();
    const suffix = m[6];
    if (!sep && !ampm) continue; // a bare number
    if (sep === '.' && !ampm && !suffix) continue;
    let h = +m[1]!;
    const min = m[3] ? +m[3] : 0;
    const s = m[4] ? +m[4] : 0;
    if (ampm) {
      if (h < 1 || h > 12) continue;
      h = (h % 12) + (ampm === 'p' ? 12 : 0);
    }
    if (h > 23 || min > 59 || s > 59) continue;
    const zone = readZone(rest.slice(m.index + m[0].length));
    found.push({ t: { h, min, s, ...zone }, index: m.index });
  }
  if (found.length === 0) return null;
  return (found.find((f) => f.index >= afterIndex) ?? found[0]!).t;
}

/** The zone written right after a time: Z, +05:30, +0530, GMT+5:30, UTC-4, IST, (CEST). */
function readZone(after: string): { offset: number | null; zone: string | null } {
  const m =
    /^\s*\(?\s*(?:(Z)(?![\p{L}])|(?:GMT|UTC)\s*([+-])\s*(\d{1,2})(?::?(\d{2}))?|([+-])(\d{2}):?(\d{2})?(?!\d)|([A-Z]{1,5})(?![\p{L}]))/u.exec(
      after,
    );
  if (!m) return { offset: null, zone: null };
  if (m[1]) return { offset: 0, zone: null };
  if (m[2]) return { offset: signed(m[2], +m[3]!, m[4] ? +m[4] : 0), zone: null };
  if (m[5]) return { offset: signed(m[5], +m[6]!, m[7] ? +m[7] : 0), zone: null };
  const name = m[8]!;
  return name in ZONES ? { offset: null, zone: name } : { offset: null, zone: null };
}

function signed(sign: string, h: number, min: number): number | null {
  if (h > 14 || min > 59) return null;
  return (sign === '-' ? -1 : 1) * (h * 60 + min);
}

function zoneOffset(zone: string, day: DayMatch, time: TimeOfDay): number | null {
  const z = ZONES[zone];
  if (z === undefined) return null;
  if (typeof z === 'number') return z;
  return usDaylightSaving(day, time.h) ? z.dst : z.std;
}

/** US daylight saving (since 2007): second Sunday of March, 2:00, to first Sunday of November, 2:00. */
function usDaylightSaving(day: DayMatch, hour: number): boolean {
  const nthSunday = (month: number, n: number) => {
    const firstDow = new Date(Date.UTC(day.y, month - 1, 1)).getUTCDay();
    return 1 + ((7 - firstDow) % 7) + (n - 1) * 7;
  };
  const start = nthSunday(3, 2);
  const end = nthSunday(11, 1);
  const key = day.m * 100 + day.d + (hour >= 2 ? 0.5 : 0);
  return key >= 300 + start + 0.5 && key < 1100 + end + 0.5;
}

function formatOffset(minutes: number): string {
  if (minutes === 0) return 'Z';
  const abs = Math.abs(minutes);
  return `${minutes < 0 ? '-' : '+'}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

const pad = (n: number) => String(n).padStart(2, '0');
