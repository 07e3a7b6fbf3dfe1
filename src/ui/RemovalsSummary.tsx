/** "Removed: ticker bar, 3 share blocks, comment section", expandable to every removed block. */
import type { Removal } from '../core';
import { familyPhrase, removalSummary } from './format';

export function RemovalsSummary({ removals }: { removals: readonly Removal[] }) {
  const summary = removalSummary(removals);
  if (!summary) return <p class="cw-removals cw-removals--none">Nothing needed removing.</p>;
  return (
    <details class="cw-removals" data-testid="removals">
      <summary>
        Removed: <span data-testid="removals-summary">{summary}</span>
      </summary>
      <ul>
        {removals.map((r, i) => (
          <li key={i}>
            <span class="cw-removal-family">{familyPhrase(r.family, 1)}</span>{' '}
            <span class="cw-removal-preview">{r.preview || '(no text)'}</span>{' '}
            <code class="cw-removal-rule">{r.ruleId}</code>
          </li>
        ))}
      </ul>
    </details>
  );
}
