/**
 * The engine's public shapes. Everything here is plain data (JSON-serialisable) so a result can
 * cross the extension's message boundary and the CLI's `--format json` unchanged.
 */
import type { PageMatch } from './rules/match';

/** The built-in rule families; user rules are their own family. */
export type RuleFamily =
  | 'tickers'
  | 'comments'
  | 'share'
  | 'related'
  | 'newsletters'
  | 'disclaimers'
  | 'bylines'
  | 'credits'
  | 'navigation'
  | 'hidden'
  | 'user'
  /** In-page Focus: a part of the page around the story (no rule; see core/inpage/focus.ts). */
  | 'furniture';

/** When a removal happened: before Readability on the page clone, after it on its output, or on a text dump. */
export type RemovalStage = 'pre' | 'post' | 'text';

/** One element or line that cleaning took out, kept so the UI can say what it removed and undo it. */
export interface Removal {
  /** Stable rule id, e.g. `comments.disqus` or `user:3` (line 3 of the user's list). */
  ruleId: string;
  family: RuleFamily;
  stage: RemovalStage;
  /** The first ~80 characters of the removed text (whitespace collapsed); empty for text-less widgets. */
  preview: string;
  /** Full length of the removed text, in characters. */
  textLength: number;
}

/** Where an attribution field was read from, most trusted first. */
export type FieldSource = 'json-ld' | 'meta' | 'microdata' | 'time' | 'text' | 'readability' | 'url';

export interface SourcedField<T> {
  value: T;
  source: FieldSource;
}

export interface WireAgency {
  /** Short name as readers know it: `AFP`, `Reuters`, `AP`, `Bloomberg`, `PTI`, `dpa`, `EFE`, … */
  agency: string;
  /** The agency's full name: `Agence France-Presse`. */
  name: string;
  /** The signals that named it, e.g. `dateline: "New York (AFP) -"`, `json-ld author: AFP`. */
  evidence: string[];
}

export interface Attribution {
  siteName: SourcedField<string> | null;
  byline: SourcedField<string> | null;
  /** ISO 8601 (`2018-08-07` or `2018-08-07T00:05:00+05:30`). */
  published: SourcedField<string> | null;
  canonicalUrl: SourcedField<string> | null;
  wire: WireAgency | null;
}

export interface Article {
  title: string;
  /** Readability's content after our rules: untrusted page HTML, to be sanitised before display. */
  contentHtml: string;
  /** Plain text: a blank line between blocks, "- " before list items. */
  text: string;
  excerpt: string;
  lang: string | null;
  dir: 'ltr' | 'rtl' | null;
  wordCount: number;
  readingMinutes: number;
}

export type CleanStatus =
  /** An article was found. */
  | 'ok'
  /** Nothing looked like an article; `article` holds the best candidate (the whole body) when there is one. */
  | 'no-article'
  /** The page has more elements or more text than the budget; nothing was read. */
  | 'too-large'
  /** Not an HTML document we can read (frameset, empty, image, XML without body…). */
  | 'unsupported';

export interface CleanResult {
  status: CleanStatus;
  /** Human-readable reason when status is not `ok`. */
  message: string | null;
  article: Article | null;
  attribution: Attribution;
  removals: Removal[];
}

/** A rule after parsing: where it applies, what it selects, and the optional text test. */
export interface CompiledRule {
  id: string;
  family: RuleFamily;
  /** Hostnames (and their subdomains) the rule is limited to; empty = everywhere. */
  includeDomains: string[];
  /** Hostnames (and their subdomains) where it does not apply (`~example.com`). */
  excludeDomains: string[];
  /** Plain CSS selector, checked with the DOM's own engine. */
  selector: string;
  /**
   * From `:has-text(...)` / `:-abp-contains(...)`: a regular expression source and flags, or null. The
   * built-ins carry `maxLength`, the longest text the pattern can match (regex/length.ts, at build time).
   */
  text: { source: string; flags: string; maxLength?: number } | null;
  /** `#@#`: an exception that cancels rules with the same selector on its domains. */
  exception: boolean;
  /**
   * The line as written (a reader's rule). The built-in rules ship compiled without it
   * (src/generated/builtin-rules.ts): nothing reads it, and it would repeat each selector and pattern.
   */
  raw?: string;
}

export interface CleanOptions {
  /** The page's URL (resolves relative links, scopes domain rules, fallback canonical URL). */
  url: string;
  /** Rules to apply; defaults to every built-in family. */
  rules?: CompiledRule[];
  /** Element budget, as Readability's `maxElemsToParse`; 0 = no limit. */
  maxElements?: number;
  /** Text budget: characters in the page's text nodes, code left out (page-budget.ts); 0 = no limit. */
  maxTextChars?: number;
  /**
   * The rules already matched on this document's body as it is now (`matchPage(doc.body,
   * rulesForHost(rules, host))`), when the caller needs that match for the in-place pass too: the
   * page is then walked once for both. It stands in for `rules`.
   */
  match?: PageMatch;
}
