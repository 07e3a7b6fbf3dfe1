/**
 * The popup's controls for the live page: auto-clean on this site, clean / restore the page, the element
 * zapper, and the list of blocks hidden on the page with a way to bring each back (once, or always on
 * this site). Data in, callbacks out.
 */
import type { InPageState, PageBlock } from '../shared/messages';
import { familyPhrase } from './format';

interface Props {
  /** The site the toggle is about (`example.com`), or null when the page cannot be whitelisted. */
  site: string | null;
  whitelisted: boolean;
  state: InPageState | null;
  busy: boolean;
  status: string | null;
  onToggleSite: (on: boolean) => void;
  onClean: () => void;
  onRestore: () => void;
  onZap: () => void;
  onRestoreBlock: (block: PageBlock, keep: boolean) => void;
}

export function PageTools(p: Props) {
  const blocks = p.state?.blocks ?? [];
  const cleaned = p.state !== null && p.state.mode !== 'off';
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
        <button type="button" data-testid="zap" disabled={p.busy || !p.state} onClick={p.onZap}>
          Remove an element…
        </button>
      </div>
      {p.state?.skipped === 'front-page' && (
        <p class="cw-tools-note" data-testid="front-page-note">
          Not cleaned automatically: this looks like a front page, not an article.
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
