/**
 * The options page: whitelisted sites, rule families, the reader's own rules, reading and export
 * preferences, story memory, and settings backup. Every change goes through the one settings API (shared/storage),
 * which validates it; changes made elsewhere (the popup, another options tab) show up here at once.
 */
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Settings } from '../core/settings';
import {
  dismissRepairNotice,
  loadRepairNotice,
  loadSettings,
  onSettingsChanged,
  updateSettings,
  type RepairNotice,
} from '../shared/storage';
import { BackupSection } from './BackupSection';
import { ExceptionsSection } from './ExceptionsSection';
import { FamiliesSection } from './FamiliesSection';
import { ReadingSection } from './ReadingSection';
import { RulesSection } from './RulesSection';
import { SitesSection } from './SitesSection';
import { StoryMemorySection } from './StoryMemorySection';
import { errorText } from '../core';

/** Applies a change to the stored settings; resolves to what was stored. */
export type ChangeSettings = (change: (s: Settings) => Settings | void, done?: string) => Promise<Settings>;

export function OptionsApp() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [notice, setNotice] = useState<RepairNotice | null>(null);
  const [status, setStatus] = useState('');
  // Bumped by an import, so the rule editor starts again from the imported text.
  const [generation, setGeneration] = useState(0);
  const statusTimer = useRef<number | undefined>(undefined);

  useEffect(() => {
    loadSettings()
      .then(async (s) => {
        setSettings(s);
        setNotice(await loadRepairNotice());
      })
      .catch((e: unknown) => setLoadError(errorText(e)));
    return onSettingsChanged(setSettings);
  }, []);

  useLayoutEffect(() => {
    if (!settings) return;
    const root = document.documentElement;
    if (settings.theme === 'system') delete root.dataset.theme;
    else root.dataset.theme = settings.theme;
    document.body.dataset.ready = 'true';
  }, [settings?.theme, settings !== null]);

  const say = useCallback((message: string) => {
    setStatus(message);
    window.clearTimeout(statusTimer.current);
    statusTimer.current = window.setTimeout(() => setStatus(''), 4000);
  }, []);

  const change: ChangeSettings = useCallback(
    async (fn, done = 'Saved') => {
      try {
        const stored = await updateSettings(fn);
        setSettings(stored);
        say(done);
        return stored;
      } catch (error) {
        say(`Could not save: ${errorText(error)}`);
        throw error;
      }
    },
    [say],
  );

  if (loadError)
    return (
      <main class="cw-options">
        <h1>Cleanwire settings</h1>
        <p role="alert">Cleanwire could not read its settings: {loadError}</p>
      </main>
    );
  if (!settings)
    return (
      <main class="cw-options">
        <h1>Cleanwire settings</h1>
        <p role="status">Loading…</p>
      </main>
    );

  return (
    <main class="cw-options">
      <h1>Cleanwire settings</h1>
      {notice && (
        <section class="cw-notice" role="alert" data-testid="repair-notice" aria-labelledby="repair-heading">
          <h2 id="repair-heading">Your settings were repaired</h2>
          <p>Some stored settings were outdated or damaged. Cleanwire fixed them as follows:</p>
          <ul>
            {notice.repairs.map((r, i) => (
              <li key={i}>{r}</li>
            ))}
          </ul>
          <button type="button" onClick={() => void dismissRepairNotice().then(() => setNotice(null))}>
            OK, hide this notice
          </button>
        </section>
      )}
      <SitesSection settings={settings} change={change} />
      <FamiliesSection settings={settings} change={change} />
      <RulesSection key={generation} saved={settings.customRules} change={change} />
      <ExceptionsSection settings={settings} change={change} />
      <ReadingSection settings={settings} change={change} />
      <StoryMemorySection settings={settings} change={change} />
      <BackupSection settings={settings} change={change} onImporting={() => setGeneration((g) => g + 1)} />
      <section aria-labelledby="shortcut-heading">
        <h2 id="shortcut-heading">Keyboard shortcut</h2>
        <p>
          Alt+Shift+R opens Cleanwire on the current tab. Change it in the browser’s extension shortcut
          settings (Chrome: chrome://extensions/shortcuts; Firefox: Add-ons → gear menu → Manage Extension
          Shortcuts).
        </p>
      </section>
      <p
        class={`cw-options-saved${status ? ' cw-options-saved--shown' : ''}`}
        role="status"
        data-testid="saved-status"
      >
        {status}
      </p>
    </main>
  );
}
