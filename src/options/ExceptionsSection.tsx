/**
 * Site exceptions: what the reader brought back on a site from the popup's "what was removed" list (a
 * built-in rule switched off there, or one element kept). Listed per site, each removable.
 */
import { BUILTIN_FAMILY_LABELS } from '../core';
import type { Settings } from '../core/settings';
import type { ChangeSettings } from './App';

interface Props {
  settings: Settings;
  change: ChangeSettings;
}

const familyLabel = (ruleId: string) =>
  BUILTIN_FAMILY_LABELS.find((f) => f.family === ruleId.split('.')[0])?.label ?? 'Built-in rule';

export function ExceptionsSection({ settings, change }: Props) {
  const hosts = Object.keys(settings.siteExceptions).sort();
  const remove = (host: string, field: 'ruleIds' | 'selectors', value: string) =>
    void change((s) => {
      const entry = s.siteExceptions[host];
      if (!entry) return;
      entry[field] = entry[field].filter((v) => v !== value);
      if (entry.ruleIds.length + entry.selectors.length === 0) delete s.siteExceptions[host];
    }, `Exception removed on ${host}`);

  return (
    <section aria-labelledby="exceptions-heading">
      <h2 id="exceptions-heading">Site exceptions</h2>
      {hosts.length === 0 ? (
        <p class="cw-hint" data-testid="exceptions-empty">
          None. When you bring back a removed block from the popup’s “Removed” list, Cleanwire remembers it
          for that site here.
        </p>
      ) : (
        <ul class="cw-exceptions" data-testid="exceptions">
          {hosts.map((host) => {
            const entry = settings.siteExceptions[host]!;
            return (
              <li key={host} data-host={host}>
                <strong>{host}</strong>
                <ul>
                  {entry.ruleIds.map((id) => (
                    <li key={`r:${id}`}>
                      {familyLabel(id)}: rule <code>{id}</code> is off here{' '}
                      <button
                        type="button"
                        aria-label={`Remove the exception for rule ${id} on ${host}`}
                        onClick={() => remove(host, 'ruleIds', id)}
                      >
                        Remove
                      </button>
                    </li>
                  ))}
                  {entry.selectors.map((sel) => (
                    <li key={`s:${sel}`}>
                      Always kept: <code class="cw-rule-raw">{sel}</code>{' '}
                      <button
                        type="button"
                        aria-label={`Remove the exception for ${sel} on ${host}`}
                        onClick={() => remove(host, 'selectors', sel)}
                      >
                        Remove
                      </button>
                    </li>
                  ))}
                </ul>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
