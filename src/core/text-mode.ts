import { extractAttribution } from './attribution/index';
import { hostnameOf } from './clean';
import { BUILTIN_RULES } from './rules/compile';
import { rulesForHost } from './rules/remove';
import { textTestOf } from './rules/text-test';
import { collapse, countWords, escapeHtml, preview, readingMinutes } from './text';
import type { CleanResult, CompiledRule, Removal } from './types';

export interface CleanTextOptions {
  /** Where the dump came from, if known (scopes domain rules, becomes the canonical URL). */
  url?: string;
  rules?: CompiledRule[];
}

/** A line short enough and unpunctuated enough to be a headline rather than a sentence. */
function isHeadlineLike(line: string): boolean {
  return line.length <= 160 && !/[.!?…"”]$/.test(line) && /\p{L}/u.test(line) && line.split(' ').length >= 3;
}

/** "AFP | New York", "NEW YORK (AFP) -": datelines are attribution, never a second headline. */
const DATELINE = /^([A-Z][\w-]+ ?\| ?[\p{L} .'-]+|[\p{Lu} ,.'-]+\([A-Za-z]+\) ?[-–—])$/u;

/**
 * Cleans a scraped text dump (one block per line, as scrapers write them). Text rules from every family
 * apply to whole lines; then the headline is taken from the top and its repeats, and a second headline
 * right under it, are dropped. Article lines are never merged or cut.
 */
export function cleanText(input: string, options: CleanTextOptions = {}): CleanResult {
  const url = options.url ?? '';
  const allRules = options.rules ?? BUILTIN_RULES;
  const textRules = rulesForHost(allRules, hostnameOf(url)).filter((r) => r.text);
  const compiled = textRules.map((r) => ({ rule: r, test: textTestOf(r)! }));
  const removals: Removal[] = [];
  const removedTexts: string[] = [];
  const record = (ruleId: string, family: Removal['family'], text: string) => {
    removals.push({ ruleId, family, stage: 'text', preview: preview(text), textLength: text.length });
    removedTexts.push(text);
  };

  const kept: string[] = [];
  for (const rawLine of input.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/)) {
    const line = collapse(rawLine);
    if (line === '') continue;
    const hit = compiled.find((c) => c.test(line));
    if (hit) record(hit.rule.id, hit.rule.family, line);
    else kept.push(line);
  }

  let title = '';
  if (kept.length > 1 && isHeadlineLike(kept[0]!)) {
    title = kept.shift()!;
    const norm = title.toLowerCase();
    for (let i = kept.length - 1; i >= 0; i--) {
      if (kept[i]!.toLowerCase() === norm)
        record('navigation.duplicate-headline', 'navigation', kept.splice(i, 1)[0]!);
    }
    const next = kept[0];
    if (next !== undefined && kept.length > 1 && isHeadlineLike(next) && !DATELINE.test(next)) {
      record('navigation.second-headline', 'navigation', kept.shift()!);
    }
  }

  const text = kept.join('\n\n');
  const words = countWords(text);
  const attribution = extractAttribution({
    doc: null,
    url,
    readability: null,
    articleText: text,
    removedTexts,
  });
  if (url === '') attribution.canonicalUrl = null;
  return {
    status: words > 0 ? 'ok' : 'no-article',
    message: words > 0 ? null : 'The text has no article lines left after cleaning.',
    article: {
      title,
      contentHtml: kept.map((l) => `<p>${escapeHtml(l)}</p>`).join('\n'),
      text,
      excerpt: kept[0]?.slice(0, 200) ?? '',
      lang: null,
      dir: null,
      wordCount: words,
      readingMinutes: readingMinutes(words),
    },
    attribution,
    removals,
  };
}
