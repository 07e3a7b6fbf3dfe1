/**
 * The reader's own rules, in the built-in rules' syntax (adblock cosmetic filters). The list is checked
 * as it is typed: every invalid line is flagged with its number and the reason, and kept exactly as
 * typed (saved with the rest, skipped by the engine). Each valid rule shows how many elements it
 * matches on the reader's current tab. Typing saves after a short pause, and on leaving the field.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { selectorCheckFor, type ParsedLine } from '../core';
import { cachedRuleListParser } from '../core/rules/parse-cache';
import { MAX_COUNTED_RULES, MAX_RULES_CHARS, type RuleLineMatches } from '../core/settings';
import type { ChangeSettings } from './App';
import { countOnCurrentTab, type TabCounts } from './current-tab';
import { errorText } from '../core';

interface Props {
  /** The stored rule text. */
  saved: string;
  change: ChangeSettings;
}

const SAVE_DELAY_MS = 600;
const COUNT_DELAY_MS = 400;
/**
 * A long list is checked once typing pauses this long, not on every keystroke: the check itself only
 * parses changed lines (parse-cache.ts), but the lists of problems and matches are redrawn with it.
 */
const CHECK_DELAY_MS = 200;
/** Below this many characters the list is checked as it is typed. */
const CHECK_AT_ONCE_CHARS = 20_000;
/** Problems listed at most; the summary counts them all. */
const MAX_LISTED_PROBLEMS = 500;

type SaveState = 'saved' | 'pending' | 'saving' | 'failed' | 'too-long';

const SAVE_TEXT: Record<SaveState, string> = {
  saved: 'All changes saved.',
  pending: 'Not saved yet…',
  saving: 'Saving…',
  failed: 'Could not save the rules; they are still here. Edit them to try again.',
  'too-long': `Not saved: the list is longer than ${MAX_RULES_CHARS.toLocaleString('en')} characters. Shorten it to save.`,
};

export function RulesSection({ saved, change }: Props) {
  const [draft, setDraft] = useState(saved);
  const [saveState, setSaveState] = useState<SaveState>('saved');
  const savedRef = useRef(saved);
  const draftRef = useRef(draft);
  draftRef.current = draft;
  const textarea = useRef<HTMLTextAreaElement>(null);

  const parseList = useMemo(() => cachedRuleListParser(selectorCheckFor(document)), []);
  const checked = useCheckedText(draft);
  const lines = useMemo(() => parseList(checked), [checked, parseList]);
  const invalid = lines.filter((l): l is Extract<ParsedLine, { kind: 'invalid' }> => l.kind === 'invalid');
  const rules = lines.filter((l): l is Extract<ParsedLine, { kind: 'rule' }> => l.kind === 'rule');

  // Changed elsewhere (another options tab, the zapper saving a rule): take it, unless the reader is
  // in the middle of an edit here, which then wins when it is saved.
  useEffect(() => {
    if (saved === savedRef.current) return;
    if (draftRef.current === savedRef.current) setDraft(saved);
    savedRef.current = saved;
  }, [saved]);

  const save = useCallback(
    async function save(text: string): Promise<void> {
      if (text === savedRef.current) return setSaveState('saved');
      // A backup must always import again (limits.ts): a list over the limit is kept here, not saved.
      if (text.length > MAX_RULES_CHARS) return setSaveState('too-long');
      setSaveState('saving');
      try {
        await change((s) => ({ ...s, customRules: text }), 'Rules saved');
        savedRef.current = text;
        // Typed on while this was saving: save that too (its own timer may have fired already).
        if (draftRef.current !== text) void save(draftRef.current);
        else setSaveState('saved');
      } catch {
        setSaveState('failed');
      }
    },
    [change],
  );

  useEffect(() => {
    if (draft === savedRef.current) {
      // typed back to what is stored (an in-flight save reconciles itself when it ends)
      setSaveState((state) => (state === 'saving' ? state : 'saved'));
      return;
    }
    setSaveState('pending');
    const timer = window.setTimeout(() => void save(draft), SAVE_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [draft, save]);

  useEffect(() => {
    const flush = () => {
      if (draftRef.current !== savedRef.current) void save(draftRef.current);
    };
    window.addEventListener('pagehide', flush);
    return () => window.removeEventListener('pagehide', flush);
  }, [save]);

  // Between a keystroke and the effect that schedules its save, the text is already unsaved.
  const shownState: SaveState = saveState === 'saved' && draft !== savedRef.current ? 'pending' : saveState;

  const counts = useMatchCounts(checked, rules.length > 0);

  const selectLine = useCallback((line: number) => {
    const el = textarea.current;
    if (!el) return;
    const all = el.value.split('\n');
    const start = all.slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0);
    el.focus();
    el.setSelectionRange(start, start + (all[line - 1]?.length ?? 0));
  }, []);

  // The same elements between checks (`invalid` and `rules` come from `lines`): Preact then skips them,
  // so a keystroke redraws the editor only.
  const problems = useMemo(() => <Problems invalid={invalid} selectLine={selectLine} />, [lines, selectLine]);
  const { result: countResult, current: countCurrent, recount } = counts;
  const matches = useMemo(
    () => <MatchCounts rules={rules} counts={countResult} current={countCurrent} recount={recount} />,
    [lines, countResult, countCurrent, recount],
  );

  return (
    <section aria-labelledby="rules-heading">
      <h2 id="rules-heading">Your own rules</h2>
      <p class="cw-hint" id="rules-help">
        One rule per line, in the syntax of adblock cosmetic filters: <code>##.selector</code> hides matching
        elements everywhere, <code>example.com##.selector</code> only on that site,{' '}
        <code>##p:has-text(/^Sponsored$/)</code> only elements whose text matches,{' '}
        <code>example.com#@#.selector</code> is an exception, and lines starting with <code>!</code> are
        comments.
      </p>
      <label for="rules-input" class="cw-block-label">
        Rules
      </label>
      <textarea
        id="rules-input"
        ref={textarea}
        data-testid="rules-input"
        class="cw-rules-input"
        rows={10}
        wrap="off"
        spellcheck={false}
        autoComplete="off"
        aria-describedby="rules-help rules-summary"
        aria-invalid={invalid.length > 0 ? 'true' : undefined}
        value={draft}
        onInput={(e) => setDraft(e.currentTarget.value)}
        onBlur={() => void save(draftRef.current)}
      />
      <p id="rules-summary" class="cw-rules-summary" data-testid="rules-summary" aria-live="polite">
        {rules.length === 1 ? '1 rule' : `${rules.length} rules`}
        {invalid.length > 0 &&
          `, ${invalid.length === 1 ? '1 invalid line' : `${invalid.length} invalid lines`} (kept as typed, not used)`}
        . <span data-testid="rules-save-state">{SAVE_TEXT[shownState]}</span>
      </p>
      {problems}
      {matches}
    </section>
  );
}

/** `text`, at once while it is short, else once typing has paused (CHECK_DELAY_MS). */
function useCheckedText(text: string): string {
  const [checked, setChecked] = useState(text);
  const atOnce = text.length < CHECK_AT_ONCE_CHARS;
  useEffect(() => {
    if (atOnce) return;
    const timer = window.setTimeout(() => setChecked(text), CHECK_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [text, atOnce]);
  return atOnce ? text : checked;
}

function Problems({
  invalid,
  selectLine,
}: {
  invalid: Extract<ParsedLine, { kind: 'invalid' }>[];
  selectLine: (line: number) => void;
}) {
  if (invalid.length === 0) return null;
  return (
    <ul class="cw-rule-problems" data-testid="rule-problems">
      {invalid.slice(0, MAX_LISTED_PROBLEMS).map((l) => (
        <li key={l.line} data-testid="rule-problem" data-line={l.line}>
          <button
            type="button"
            class="cw-link-button"
            aria-label={`Line ${l.line}: select it in the editor`}
            onClick={() => selectLine(l.line)}
          >
            Line {l.line}
          </button>
          : {l.error} <code class="cw-rule-raw">{l.raw.trim()}</code>
        </li>
      ))}
      {invalid.length > MAX_LISTED_PROBLEMS && (
        <li>… and {invalid.length - MAX_LISTED_PROBLEMS} more invalid lines.</li>
      )}
    </ul>
  );
}

interface CountResult {
  forText: string;
  tab: TabCounts;
}

/** Counts for `text` on the current tab, after a pause in typing and whenever this page is shown again. */
function useMatchCounts(text: string, enabled: boolean) {
  const [result, setResult] = useState<CountResult | null>(null);
  const [round, setRound] = useState(0);
  useEffect(() => {
    if (!enabled) return;
    let cancelled = false;
    const timer = window.setTimeout(() => {
      countOnCurrentTab(text)
        .catch((e: unknown): TabCounts => ({
          ok: false,
          message: `Could not count: ${errorText(e)}`,
        }))
        .then((tab) => !cancelled && setResult({ forText: text, tab }));
    }, COUNT_DELAY_MS);
    return () => {
      cancelled = true;
      window.clearTimeout(timer);
    };
  }, [text, enabled, round]);
  useEffect(() => {
    const again = () => document.visibilityState === 'visible' && setRound((r) => r + 1);
    document.addEventListener('visibilitychange', again);
    return () => document.removeEventListener('visibilitychange', again);
  }, []);
  const recount = useCallback(() => setRound((r) => r + 1), []);
  return { result, current: result?.forText === text, recount };
}

function MatchCounts({
  rules,
  counts,
  current,
  recount,
}: {
  rules: Extract<ParsedLine, { kind: 'rule' }>[];
  counts: CountResult | null;
  current: boolean;
  recount: () => void;
}) {
  if (rules.length === 0) return null;
  const tab = counts?.tab;
  const byLine = new Map<number, RuleLineMatches>(
    current && tab?.ok ? tab.counts.map((c) => [c.line, c]) : [],
  );
  return (
    <div class="cw-matches" data-testid="rule-matches">
      <h3>Matches on the current tab</h3>
      <p data-testid="matches-tab" role="status">
        {!tab
          ? 'Counting…'
          : tab.ok
            ? `On “${tab.page.title || tab.page.url}” (${hostOf(tab.page.url)}):`
            : tab.message}{' '}
        <button type="button" data-testid="matches-recount" onClick={recount}>
          Count again
        </button>
      </p>
      {tab?.ok && (
        <table>
          <thead>
            <tr>
              <th scope="col">Line</th>
              <th scope="col">Rule</th>
              <th scope="col">Elements matched</th>
            </tr>
          </thead>
          <tbody>
            {rules.slice(0, MAX_COUNTED_RULES).map((l) => {
              const c = byLine.get(l.line);
              return (
                <tr key={l.line} data-testid="match-row" data-line={l.line}>
                  <td>{l.line}</td>
                  <td>
                    <code class="cw-rule-raw">{l.raw.trim()}</code>
                  </td>
                  <td data-testid="match-count" data-count={c?.count ?? ''}>
                    {!c
                      ? '…'
                      : c.count === null
                        ? c.note
                        : c.note
                          ? `${c.count} (${c.note})`
                          : String(c.count)}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {tab?.ok && rules.length > MAX_COUNTED_RULES && (
        <p data-testid="matches-not-counted">
          {rules.length - MAX_COUNTED_RULES} more rules are not counted (only the first {MAX_COUNTED_RULES}{' '}
          are).
        </p>
      )}
    </div>
  );
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}
