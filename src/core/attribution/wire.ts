import type { WireAgency } from '../types';
import type { AgencyEntry } from './agencies';
import { AGENCIES } from './agencies';
import { agenciesNamedBy, agencyMentions, isAgencyOnly } from './agency-match';
import type { PageLines } from './page-text';

/**
 * How much one signal says "this story is that agency's". The story is the agency's at THRESHOLD, so
 * one strong signal suffices, a credit needs one more signal, and mentions alone never do: "told AFP"
 * and "AFP's requests for comment" attribute a quote, they do not syndicate a story. A syndication
 * disclaimer says the story came from a feed without naming it, so it adds to whichever agency other
 * signals already name. Among agencies over the threshold the highest score wins, then the first seen.
 */
const WEIGHT = {
  /** JSON-LD or meta author, creator, sourceOrganization, publisher or provider naming the agency. */
  structured: 3,
  /** The visible byline is the agency: "By AFP", "AFP | New York" in a byline element. */
  byline: 3,
  /** "NEW YORK (AFP) -", "AFP | New York", "New Delhi, Aug 7 (PTI)", "MOSCOW, August 7. /TASS/." at the top. */
  dateline: 3,
  /** "Copyright Agence France-Presse, 2018", "(Reporting by …; Editing by …)", a closing "— AFP". */
  trailer: 3,
  /** "The Associated Press contributed to this report", "(With inputs from PTI)", a bare closing "AFP". */
  credit: 2,
  /** "(… auto-generated from a syndicated feed.)". */
  syndicated: 2,
  /** The agency named anywhere in the text; counted once per agency. */
  mention: 1,
} as const;
const THRESHOLD = 3;

type SignalKind = keyof typeof WEIGHT;

export interface WireSignals {
  /** Structured fields, labelled for the evidence: `{label: 'json-ld author', value: 'AFP'}`. */
  structured: { label: string; value: string }[];
  /** Bylines from visible text and Readability. */
  bylines: string[];
  lines: PageLines;
  articleText: string;
}

const DATELINE_PAREN = /^(?:(\p{Lu}[^()\n]{0,80}?)\s*)?\(([^()]{2,40})\)\s*([-–—:.]+|(?=\p{Lu})|$)/u;
const DATELINE_PIPE = /^([^|]{2,40}?)\s*\|\s*\p{Lu}[\p{L} .'-]{1,40}?\s*(?:\||$)/u;
/** TASS: "MOSCOW, August 7. /TASS/." — the slashes follow a place and date ending in a full stop (not a photo credit "JIM WATSON/AFP"). */
const DATELINE_SLASHES = /^\p{Lu}[^/\n]{0,60}?\.\s+\/([^/]{2,20})\/\s*\.?/u;
/** Without a dash after "(PTI)" the words before it must look like a place and date, not a sentence. */
const PLACE_AND_DATE = /^[\p{Lu}\s,.'-]+$|,\s*\p{L}{3,9}\.?\s+\d{1,2}$/u;
const COPYRIGHT =
  /^(?:(?:copyright|©|\(c\))\s*)+(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?(.{2,60}?)(?:[\s,]+\d{4})?\s*\.?\s*(?:all rights reserved\b.*)?$/i;
const SIGN_OFF = /^(?:[-–—]+\s*\(?([^()]{2,40}?)\)?|\(([^()]{2,40})\))\s*\.?$/;
const CREDIT =
  /\bcontributed (?:to this (?:report|story|article)|reporting)\b|^\(?\s*(?:with (?:agency )?inputs from|inputs from|additional reporting by)\b/i;
const SYNDICATED = /\bsyndicated feed\b|\bsyndication feed\b|\bauto-generated from\b/i;

const TRAILERS: { agency: AgencyEntry; re: RegExp }[] = AGENCIES.flatMap((agency) =>
  (agency.trailers ?? []).map((source) => ({ agency, re: new RegExp(source, 'iu') })),
);

const quote = (s: string) => `"${s.length > 80 ? s.slice(0, 79).trimEnd() + '…' : s}"`;

export function detectWire(signals: WireSignals): WireAgency | null {
  const tally = new Map<
    AgencyEntry,
    { score: number; evidence: string[]; order: number; kinds: Set<SignalKind> }
  >();
  let order = 0;
  const add = (agency: AgencyEntry, kind: SignalKind, evidence: string) => {
    let t = tally.get(agency);
    if (!t) {
      t = { score: 0, evidence: [], order: order++, kinds: new Set() };
      tally.set(agency, t);
    }
    if (t.evidence.includes(evidence) || (kind === 'mention' && t.kinds.has('mention'))) return;
    t.score += WEIGHT[kind];
    t.kinds.add(kind);
    t.evidence.push(evidence);
  };

  for (const { label, value } of signals.structured) {
    for (const a of agenciesNamedBy(value)) add(a, 'structured', `${label}: ${value}`);
  }
  for (const byline of signals.bylines) {
    for (const a of agenciesNamedBy(byline)) add(a, 'byline', `byline: ${quote(byline)}`);
  }
  /** Lines already counted as a dateline or trailer: their agency names are not mentions too. */
  const signalLines = new Set<string>();
  for (const line of signals.lines.head) {
    const d = dateline(line);
    if (!d) continue;
    signalLines.add(line);
    for (const a of d.agencies) add(a, 'dateline', `dateline: ${quote(d.text)}`);
  }

  let syndicated: string | null = null;
  for (const line of signals.lines.tail) {
    if (!syndicated && SYNDICATED.test(line)) syndicated = `syndicated feed: ${quote(line)}`;
    const t = trailer(line);
    if (!t) continue;
    signalLines.add(line);
    for (const a of t.agencies) add(a, t.kind, `${t.kind}: ${quote(line)}`);
  }

  // Mentions alone (one point per agency) never reach the threshold; without another signal or a
  // syndication disclaimer there is nothing for them to add to, and the text need not be scanned.
  const mentionsMatter = tally.size > 0 || syndicated !== null;
  for (const raw of mentionsMatter ? signals.articleText.split(/\n+/) : []) {
    const line = raw.replace(/[\s\u00a0]+/g, ' ').trim();
    if (line === '' || signalLines.has(line)) continue;
    for (const m of agencyMentions(line)) {
      const start = Math.max(0, m.index - 24);
      // a few words of context, starting at a word boundary
      const before = start === 0 ? line.slice(0, m.index) : line.slice(start, m.index).replace(/^\S*\s/, '');
      add(m.agency, 'mention', `mention: ${quote((before + m.text).trim())}`);
    }
  }

  let best: { agency: AgencyEntry; score: number; evidence: string[]; order: number } | null = null;
  for (const [agency, t] of tally) {
    const score = t.score + (syndicated ? WEIGHT.syndicated : 0);
    if (score < THRESHOLD) continue;
    if (!best || score > best.score || (score === best.score && t.order < best.order)) {
      // a mention is shown as evidence only when the decision needed it
      const needsMention: boolean = score - WEIGHT.mention < THRESHOLD;
      const evidence: string[] = t.evidence.filter((e) => needsMention || !e.startsWith('mention: '));
      best = { agency, score, order: t.order, evidence: syndicated ? [...evidence, syndicated] : evidence };
    }
  }
  return best ? { agency: best.agency.agency, name: best.agency.name, evidence: best.evidence } : null;
}

/** A dateline at the start of a line, and the agencies it names. */
export function dateline(line: string): { text: string; agencies: AgencyEntry[] } | null {
  const paren = DATELINE_PAREN.exec(line);
  if (paren && isAgencyOnly(paren[2]!)) {
    const place = paren[1]?.trim() ?? '';
    const dashed = /[-–—:.]/.test(paren[3] ?? '');
    if (dashed || place === '' || PLACE_AND_DATE.test(place)) {
      return { text: paren[0].trim(), agencies: agenciesNamedBy(paren[2]!) };
    }
  }
  const pipe = DATELINE_PIPE.exec(line);
  if (pipe && isAgencyOnly(pipe[1]!))
    return { text: pipe[0].replace(/\s*\|$/, '').trim(), agencies: agenciesNamedBy(pipe[1]!) };
  const slashes = DATELINE_SLASHES.exec(line);
  if (slashes && isAgencyOnly(slashes[1]!))
    return { text: slashes[0].trim(), agencies: agenciesNamedBy(slashes[1]!) };
  return null;
}

/** A closing line that credits an agency, and how strongly. */
export function trailer(line: string): { kind: 'trailer' | 'credit'; agencies: AgencyEntry[] } | null {
  if (line.length > 400) return null;
  const copyright = COPYRIGHT.exec(line);
  if (copyright && isAgencyOnly(copyright[1]!))
    return { kind: 'trailer', agencies: agenciesNamedBy(copyright[1]!) };
  const own = TRAILERS.filter((t) => t.re.test(line)).map((t) => t.agency);
  if (own.length > 0) return { kind: 'trailer', agencies: [...new Set(own)] };
  const signOff = SIGN_OFF.exec(line);
  const signed = signOff?.[1] ?? signOff?.[2];
  if (signed && isAgencyOnly(signed)) return { kind: 'trailer', agencies: agenciesNamedBy(signed) };
  if (line.length <= 40 && isAgencyOnly(line.replace(/\.$/, '')))
    return { kind: 'credit', agencies: agenciesNamedBy(line) };
  if (CREDIT.test(line)) {
    const agencies = [...new Set(agencyMentions(line).map((m) => m.agency))];
    if (agencies.length > 0) return { kind: 'credit', agencies };
  }
  return null;
}
