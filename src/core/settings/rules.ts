import { EARLY_RULES } from '../../generated/early-rules';
import type { SheetRule } from '../inpage/css';
import { BUILTIN_RULES } from '../rules/compile';
import { parseRuleList, type ParsedLine, type SelectorCheck } from '../rules/parse';
import { parseSelectorRules } from '../rules/parse-line';
import { findSiteEntry, withoutWww } from '../sites/patterns';
import type { CompiledRule } from '../types';
import {
  ALWAYS_ON_FAMILIES,
  type PageMode,
  type Settings,
  type SiteExceptions,
  type WhitelistEntry,
} from './model';

/** What the settings say for one page: the rules to run and what the reader restored there. */

export interface SettingsRules {
  /** Built-in rules of the families that are on, then the reader's valid rules. */
  rules: CompiledRule[];
  /** Every line of the reader's list, invalid ones with their reason (for the options page). */
  userLines: ParsedLine[];
}

/** What the rules of a page depend on in the settings. */
export type RuleChoices = Pick<Settings, 'families' | 'customRules'>;

/**
 * What an in-page pass reads of the settings, for one page: the rule choices and the reader's exceptions
 * on its site. The popup sends it with its requests (it holds the settings already), so the content
 * script injected on a click reads no storage and ships no settings validation; auto-clean takes it from
 * the settings the document_start script read.
 */
export interface PageRules extends RuleChoices {
  siteExceptions: SiteExceptions;
}

export function pageRulesFor(settings: Settings, hostname: string): PageRules {
  return {
    families: settings.families,
    customRules: settings.customRules,
    siteExceptions: siteExceptionsFor(settings, hostname),
  };
}

export function rulesFromSettings(settings: RuleChoices, isValidSelector: SelectorCheck): SettingsRules {
  const builtins = BUILTIN_RULES.filter((r) => familyIsOn(settings, r.family));
  const userLines = parseRuleList(settings.customRules, isValidSelector);
  const user = userLines.flatMap((l) => (l.kind === 'rule' ? [l.rule] : []));
  return { rules: [...builtins, ...user], userLines };
}

/**
 * The selector rules of `rulesFromSettings`, for the early stylesheet (`cssForRules`): the built-in ones
 * as compiled at build time with their sheet selectors (EARLY_RULES), then the reader's. Text rules
 * cannot be CSS, so neither the text rules nor their pattern checker are needed before DOM ready.
 */
export function sheetRulesFromSettings(settings: RuleChoices, isValidSelector: SelectorCheck): SheetRule[] {
  const builtins = EARLY_RULES.filter((r) => familyIsOn(settings, r.family));
  return [...builtins, ...parseSelectorRules(settings.customRules, isValidSelector)];
}

function familyIsOn(settings: RuleChoices, family: string): boolean {
  return ALWAYS_ON_FAMILIES.includes(family) || settings.families[family] !== false;
}

const NONE: SiteExceptions = Object.freeze({ ruleIds: [], selectors: [] }) as SiteExceptions;

/** The reader's exceptions for a host (`www.` ignored). */
export function siteExceptionsFor(settings: Settings, hostname: string): SiteExceptions {
  return settings.siteExceptions[withoutWww(hostname.toLowerCase())] ?? NONE;
}

/**
 * Settings with one more exception for a host: a built-in rule id (the reader wants that kind of block
 * on this site) or a selector (this one element stays). Returns the same object when nothing changes.
 */
export function addSiteException(
  settings: Settings,
  hostname: string,
  exception: { ruleId: string } | { selector: string },
): Settings {
  const host = withoutWww(hostname.toLowerCase());
  const current = settings.siteExceptions[host] ?? { ruleIds: [], selectors: [] };
  const field = 'ruleId' in exception ? 'ruleIds' : 'selectors';
  const value = 'ruleId' in exception ? exception.ruleId : exception.selector;
  if (current[field].includes(value)) return settings;
  return {
    ...settings,
    siteExceptions: {
      ...settings.siteExceptions,
      [host]: { ...current, [field]: [...current[field], value] },
    },
  };
}

/**
 * The exception that restoring a block should save: built-in rules are excepted by id; the reader's own
 * rules by the element's selector, since a user rule's id follows its line number.
 */
export function exceptionForBlock(
  block: { ruleId: string },
  elementSelector: string,
): { ruleId: string } | { selector: string } {
  return /^[a-z]+\.[a-z0-9-]+$/.test(block.ruleId) ? { ruleId: block.ruleId } : { selector: elementSelector };
}

export type AutoCleanDecision =
  | { clean: true; entry: WhitelistEntry }
  | { clean: false; reason: 'not-whitelisted' | 'front-page'; entry: WhitelistEntry | null };

/**
 * Should the content script clean this page on its own? Only on a whitelisted site, and on its front
 * pages only when the reader asked. `isArticle` is the document's verdict (sites/article.ts), passed in
 * so that the caller decides when to read the DOM.
 */
export function autoCleanDecision(
  settings: Settings,
  url: string,
  isArticle: () => boolean,
): AutoCleanDecision {
  const entry = findSiteEntry(settings.whitelist, url);
  if (!entry) return { clean: false, reason: 'not-whitelisted', entry: null };
  if (!entry.cleanFrontPages && !isArticle()) return { clean: false, reason: 'front-page', entry };
  return { clean: true, entry };
}

/** A site joining the whitelist: article pages only, in the reader's default page mode. */
export function newSiteEntry(settings: Settings, pattern: string): WhitelistEntry {
  return { pattern, cleanFrontPages: false, mode: settings.pageMode };
}

/** The mode a page is cleaned in: its site's, when the site is whitelisted; else the reader's default. */
export function pageModeFor(settings: Settings, url: string): PageMode {
  return findSiteEntry(settings.whitelist, url)?.mode ?? settings.pageMode;
}

/** Settings with a whitelisted site's mode changed (the same object when the site is not listed). */
export function withSiteMode(settings: Settings, pattern: string, mode: PageMode): Settings {
  if (!settings.whitelist.some((e) => e.pattern === pattern)) return settings;
  return {
    ...settings,
    whitelist: settings.whitelist.map((e) => (e.pattern === pattern ? { ...e, mode } : e)),
  };
}
