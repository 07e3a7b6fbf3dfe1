/**
 * Whitelisted sites: where Cleanwire cleans pages as they load. Adding a site asks for the host
 * permission for that site only; removing it gives the permission back. A site whose permission is
 * missing (refused, or taken back in the browser's extension settings) is shown as such, with a button
 * to grant it again. The background keeps the registered content scripts in step with the list.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { newSiteEntry, PAGE_MODES, withSiteMode, type PageMode, type Settings } from '../core/settings';
import { normalizeSitePattern } from '../core/sites';
import type { ChangeSettings } from './App';
import { hasSiteAccess, onPermissionsChanged, releaseSiteAccess, requestSiteAccess } from './permissions';
import { errorText } from '../core';

interface Props {
  settings: Settings;
  change: ChangeSettings;
}

type Access = Record<string, boolean>;

function useSiteAccess(patterns: string[]): [Access, () => void] {
  const [access, setAccess] = useState<Access>({});
  // The list as one string: a new array with the same sites must not query the browser again.
  const key = patterns.join('\n');
  const refresh = useCallback(() => {
    const sites = key === '' ? [] : key.split('\n');
    void Promise.all(sites.map(async (p) => [p, await hasSiteAccess(p)] as const)).then((pairs) =>
      setAccess(Object.fromEntries(pairs)),
    );
  }, [key]);
  useEffect(() => {
    refresh();
    const onVisible = () => document.visibilityState === 'visible' && refresh();
    document.addEventListener('visibilitychange', onVisible);
    const stop = onPermissionsChanged(refresh);
    return () => {
      stop();
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [refresh]);
  return [access, refresh];
}

export function SitesSection({ settings, change }: Props) {
  const [input, setInput] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const patterns = settings.whitelist.map((e) => e.pattern);
  const [access, refreshAccess] = useSiteAccess(patterns);

  const add = (event: Event) => {
    event.preventDefault();
    setNote(null);
    const site = normalizeSitePattern(input);
    if (!site.ok) return setError(site.error);
    if (patterns.includes(site.pattern)) return setError(`${site.pattern} is already in the list.`);
    setError(null);
    setBusy(true);
    // First thing in the click: a permission request after an await is refused by Firefox.
    requestSiteAccess(site.pattern)
      .then(async (granted) => {
        if (!granted) {
          setError(`Cleanwire was not given access to ${site.pattern}, so it was not added.`);
          return;
        }
        await change((s) => {
          if (!s.whitelist.some((e) => e.pattern === site.pattern))
            s.whitelist.push(newSiteEntry(s, site.pattern));
        }, `Added ${site.pattern}`);
        setInput('');
        if (site.notes.length) setNote(`${site.pattern}: ${site.notes.join('; ')}.`);
      })
      .catch((e: unknown) => setError(`Could not add ${site.pattern}: ${errorText(e)}`))
      .finally(() => {
        setBusy(false);
        refreshAccess();
      });
  };

  const remove = async (pattern: string) => {
    setError(null);
    setNote(null);
    try {
      const stored = await change(
        (s) => ({ ...s, whitelist: s.whitelist.filter((e) => e.pattern !== pattern) }),
        `Removed ${pattern}`,
      );
      await releaseSiteAccess(
        pattern,
        stored.whitelist.map((e) => e.pattern),
      );
    } catch (e) {
      setError(`Could not remove ${pattern}: ${errorText(e)}`);
    }
    refreshAccess();
  };

  const grant = (pattern: string) => {
    setError(null);
    requestSiteAccess(pattern)
      .then((granted) => {
        if (!granted) setError(`Cleanwire was not given access to ${pattern}.`);
      })
      .catch((e: unknown) => setError(`Could not ask for access to ${pattern}: ${errorText(e)}`))
      .finally(refreshAccess);
  };

  return (
    <section aria-labelledby="sites-heading">
      <h2 id="sites-heading">Sites cleaned automatically</h2>
      <p class="cw-hint">
        Pages of these sites are cleaned as they load. Enter a site such as <code>example.com</code> (also
        covers www.example.com) or <code>*.example.com</code> (every subdomain). Cleanwire asks for access to
        that site only.
      </p>
      <p class="cw-modes">
        <label for="default-mode">“Clean this page” and sites you add:</label>{' '}
        <ModeSelect
          id="default-mode"
          testId="default-mode"
          mode={settings.pageMode}
          onChange={(pageMode) => void change((s) => ({ ...s, pageMode }))}
        />
      </p>
      <p class="cw-hint">
        Focus shows the story alone (headline, byline, pictures, text) with the site’s logo; if that would
        hide some of the story, the page is tidied instead. Tidy hides known clutter and keeps the site’s
        layout.
      </p>
      {settings.whitelist.length === 0 ? (
        <p data-testid="sites-empty">No sites yet.</p>
      ) : (
        <ul class="cw-sites" data-testid="sites">
          {settings.whitelist.map((entry) => {
            const granted = access[entry.pattern];
            return (
              <li key={entry.pattern} data-testid="site" data-pattern={entry.pattern}>
                <span class="cw-site-name">{entry.pattern}</span>{' '}
                {granted === false && (
                  <span class="cw-site-revoked" data-testid="site-revoked">
                    No access: Cleanwire cannot clean this site (access was refused or taken back in the
                    browser’s settings).{' '}
                    <button type="button" data-testid="site-grant" onClick={() => grant(entry.pattern)}>
                      Grant access again
                    </button>
                  </span>
                )}
                <label class="cw-inline">
                  <input
                    type="checkbox"
                    checked={entry.cleanFrontPages}
                    onChange={(e) => {
                      const on = e.currentTarget.checked;
                      void change((s) => {
                        const found = s.whitelist.find((w) => w.pattern === entry.pattern);
                        if (found) found.cleanFrontPages = on;
                      });
                    }}
                  />{' '}
                  also home page and section fronts
                </label>{' '}
                <ModeSelect
                  testId="site-mode"
                  label={`How ${entry.pattern} is cleaned`}
                  mode={entry.mode}
                  onChange={(mode) => void change((s) => withSiteMode(s, entry.pattern, mode))}
                />{' '}
                <button
                  type="button"
                  data-testid="site-remove"
                  aria-label={`Remove ${entry.pattern}`}
                  onClick={() => void remove(entry.pattern)}
                >
                  Remove
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <form class="cw-add-site" onSubmit={add}>
        <label for="site-input">Add a site</label>{' '}
        <input
          id="site-input"
          data-testid="site-input"
          type="text"
          inputMode="url"
          spellcheck={false}
          autoComplete="off"
          placeholder="example.com"
          value={input}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={error ? 'site-error' : undefined}
          onInput={(e) => {
            setInput(e.currentTarget.value);
            setError(null);
          }}
        />{' '}
        <button type="submit" data-testid="site-add" disabled={busy || input.trim() === ''}>
          Add
        </button>
      </form>
      {error && (
        <p id="site-error" class="cw-error" role="alert" data-testid="site-error">
          {error}
        </p>
      )}
      {note && (
        <p class="cw-hint" role="status">
          {note}
        </p>
      )}
    </section>
  );
}

const MODE_LABELS: Record<PageMode, string> = {
  focus: 'Focus: the story only',
  tidy: 'Tidy: known clutter only',
};

function ModeSelect(p: {
  id?: string;
  testId: string;
  label?: string;
  mode: PageMode;
  onChange: (mode: PageMode) => void;
}) {
  return (
    <select
      id={p.id}
      data-testid={p.testId}
      aria-label={p.label}
      value={p.mode}
      onChange={(e) => p.onChange(e.currentTarget.value as PageMode)}
    >
      {PAGE_MODES.map((m) => (
        <option key={m} value={m}>
          {MODE_LABELS[m]}
        </option>
      ))}
    </select>
  );
}
