/**
 * The options page. For now the reading preferences the popup uses (theme, text size); issue 4 adds
 * whitelisted sites, rule families and custom rules here.
 */
import { useEffect, useLayoutEffect, useState } from 'preact/hooks';
import {
  DEFAULT_SETTINGS,
  FONT_SIZE_MAX,
  FONT_SIZE_MIN,
  type Settings,
  type Theme,
} from '../shared/settings';
import { loadSettings, onSettingsChanged, saveSettings } from '../shared/storage';

export function OptionsApp() {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    void loadSettings().then(setSettings);
    return onSettingsChanged(setSettings);
  }, []);

  useLayoutEffect(() => {
    if (settings.theme === 'system') delete document.documentElement.dataset.theme;
    else document.documentElement.dataset.theme = settings.theme;
  }, [settings.theme]);

  const update = async (patch: Partial<Omit<Settings, 'version'>>) => {
    setSettings(await saveSettings(patch));
    setSaved(true);
    window.setTimeout(() => setSaved(false), 1500);
  };

  return (
    <main class="cw-options">
      <h1>Cleanwire settings</h1>
      <section>
        <h2>Reading</h2>
        <label>
          Theme{' '}
          <select
            data-testid="theme"
            value={settings.theme}
            onChange={(e) => void update({ theme: (e.currentTarget as HTMLSelectElement).value as Theme })}
          >
            <option value="system">Same as the system</option>
            <option value="light">Light</option>
            <option value="dark">Dark</option>
          </select>
        </label>
        <label>
          Text size{' '}
          <input
            type="number"
            data-testid="font-size"
            min={FONT_SIZE_MIN}
            max={FONT_SIZE_MAX}
            value={settings.fontSize}
            onChange={(e) => void update({ fontSize: Number((e.currentTarget as HTMLInputElement).value) })}
          />{' '}
          px
        </label>
        <p class="cw-options-saved" role="status">
          {saved ? 'Saved' : ''}
        </p>
      </section>
      <section>
        <h2>Keyboard shortcut</h2>
        <p>
          Alt+Shift+R opens Cleanwire on the current tab. Change it in the browser’s extension shortcut
          settings (Chrome: chrome://extensions/shortcuts; Firefox: Add-ons → gear menu → Manage Extension
          Shortcuts).
        </p>
      </section>
    </main>
  );
}
