/**
 * The popup's controls for the live page: auto-clean on this site, clean / restore the page, the element
 * zapper, and the list of blocks hidden on the page with a way to bring each back (once, or always on
 * this site). Data in, callbacks out.
 */
import type { FocusFallback, InPageMode } from '../core/inpage';
import type { InPageState, PageBlock } from '../shared/messages';
import { PAGE_BUDGET } from '../shared/limits';
import { familyPhrase } from './format';

interface Props {
  /** The site the toggle is about (`example.com`), or null when the page cannot be whitelisted. */
  site: string | null;
  whitelisted: boolean;
  state: InPageState | null;
  busy: boolean;
  status: string | null;
  onToggleSite: (on: boolean) => void;
  /** The mode "Clean this page" cleans in: the site's, else the reader's default. */
  mode: InPageMode;
  onClean: () => void;
  /** Clean (or re-clean) the page in this mode. */
  onCleanIn: (mode: InPageMode) => void;
  onRestore: () => void;
  onZap: () => void;
  onRestoreBlock: (block: PageBlock, keep: boolean) => void;
}

const MODE_NAMES: Record<InPageMode, string> = { focus: 'Focus', tidy: 'Tidy' };

const MODE_NOTES: Record<InPageMode, string> = {
  focus: 'Focus: only the story and the site’s logo are shown.',
  tidy: 'Tidy: known clutter is hidden, the site’s layout kept.',
};

const FALLBACK_NOTES: Record<FocusFallback, string> = {
  'no-article': 'Tidied, not Focus: Cleanwire found no article here to focus on.',
  'story-not-found': 'Tidied, not Focus: Cleanwire could not find the story’s text on the page.',
  'story-text-lost': 'Tidied, not Focus: showing the story alone would have hidden part of it here.',
};

export function PageTools(p: Props) {
  const blocks = p.state?.blocks ?? [];
  const cleaned = p.state !== null && p.state.mode !== 'off';
  const shownMode = p.state?.pageMode ?? null;
  // The other mode than the one on screen (or, before cleaning, than the one "Clean this page" uses).
  const asked = shownMode === 'tidy' && p.state?.fallback ? 'focus' : (shownMode ?? p.mode);
  const other: InPageMode = asked === 'focus' ? 'tidy' : 'focus';
  return (
    <section class="cw-tools" data-testid="page-tools" aria-label="This page">
      <div class="cw-tools-row">
        {p.site && (
          <label class="cw-tools-site">
            <input
              type="checkbox"
              data-testid="auto-clean-toggle"
              checked={p.whitelisted}
              disabled={p.busy}
              onChange={(e) => p.onToggleSite((e.currentTarget as HTMLInputElement).checked)}
            />{' '}
            Always clean on {p.site}
          </label>
        )}
        {cleaned ? (
          <button type="button" data-testid="restore-page" disabled={p.busy} onClick={p.onRestore}>
            Restore original
          </button>
        ) : (
          <button type="button" data-testid="clean-page" disabled={p.busy || !p.state} onClick={p.onClean}>
            Clean this page
          </button>
        )}
        <button
          type="button"
          data-testid="other-mode"
          disabled={p.busy || !p.state}
          onClick={() => p.onCleanIn(other)}
        >
          {MODE_NAMES[other]} instead
        </button>
        <button type="button" data-testid="zap" disabled={p.busy || !p.state} onClick={p.onZap}>
          Remove an element…
        </button>
      </div>
      {shownMode && (
        <p class="cw-tools-note" data-testid="page-mode" data-mode={shownMode}>
          {p.state?.fallback ? FALLBACK_NOTES[p.state.fallback] : MODE_NOTES[shownMode]}
        </p>
      )}
      {p.state?.skipped === 'front-page' && (
        <p class="cw-tools-note" data-testid="front-page-note">
          Not cleaned automatically: this looks like a front page, not an article.
        </p>
      )}
      {p.state?.skipped === 'too-large' && (
        <p class="cw-tools-note" data-testid="too-large-note">
          Not cleaned in place: this page is larger than Cleanwire reads (
          {PAGE_BUDGET.maxElements.toLocaleString('en')} elements,{' '}
          {PAGE_BUDGET.maxTextChars.toLocaleString('en')} characters of text), so it is left as it is.
        </p>
      )}
      {p.status && (
        <p class="cw-tools-note" role="status" data-testid="tools-status">
          {p.status}
        </p>
      )}
      {blocks.length > 0 && (
        <details class="cw-tools-blocks" data-testid="hidden-blocks">
          <summary>
            <span data-testid="hidden-count">{blocks.length}</span> {blocks.length === 1 ? 'block' : 'blocks'}{' '}
            hidden on the page
          </summary>
          <ul>
            {blocks.map((b) => (
              <li key={b.id} data-block-id={b.id} data-rule-id={b.ruleId}>
                <span class="cw-removal-family">
                  {b.stage === 'zap' ? 'your pick' : familyPhrase(b.family, 1)}
                </span>{' '}
                <span class="cw-removal-preview">{b.preview || '(no text)'}</span>{' '}
                <button
                  type="button"
                  class="cw-link-button"
                  data-testid="show-block"
                  disabled={p.busy}
                  onClick={() => p.onRestoreBlock(b, false)}
                >
                  Show
                </button>
                {p.site && (
                  <button
                    type="button"
                    class="cw-link-button"
                    data-testid="keep-block"
                    disabled={p.busy}
                    onClick={() => p.onRestoreBlock(b, true)}
                  >
                    Always show on {p.site}
                  </button>
                )}
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
