/** Reading and copying preferences: theme, text size, the default export format. */
import { useEffect, useState } from 'preact/hooks';
import { FONT_SIZE_MAX, FONT_SIZE_MIN, type ExportFormat, type Settings, type Theme } from '../core/settings';
import type { ChangeSettings } from './App';

interface Props {
  settings: Settings;
  change: ChangeSettings;
}

const FORMAT_LABELS: Record<ExportFormat, string> = {
  text: 'Plain text',
  markdown: 'Markdown',
  html: 'Rich text (HTML)',
};

export function ReadingSection({ settings, change }: Props) {
  const [size, setSize] = useState(String(settings.fontSize));
  const [sizeError, setSizeError] = useState<string | null>(null);
  useEffect(() => setSize(String(settings.fontSize)), [settings.fontSize]);

  const commitSize = (text: string) => {
    const px = Number(text);
    if (text.trim() === '' || !Number.isInteger(px) || px < FONT_SIZE_MIN || px > FONT_SIZE_MAX) {
      setSizeError(`Enter a whole number from ${FONT_SIZE_MIN} to ${FONT_SIZE_MAX}.`);
      return;
    }
    setSizeError(null);
    if (px !== settings.fontSize) void change((s) => ({ ...s, fontSize: px }), `Text size: ${px} px`);
  };

  return (
    <section aria-labelledby="reading-heading">
      <h2 id="reading-heading">Reading and copying</h2>
      <label>
        Theme{' '}
        <select
          data-testid="theme"
          value={settings.theme}
          onChange={(e) => {
            const theme = e.currentTarget.value as Theme;
            void change((s) => ({ ...s, theme }), 'Theme saved');
          }}
        >
          <option value="system">Same as the system</option>
          <option value="light">Light</option>
          <option value="dark">Dark</option>
        </select>
      </label>
      <label>
        Text size in the popup{' '}
        <input
          type="number"
          data-testid="font-size"
          min={FONT_SIZE_MIN}
          max={FONT_SIZE_MAX}
          step={1}
          value={size}
          aria-invalid={sizeError ? 'true' : undefined}
          aria-describedby={sizeError ? 'font-size-error' : undefined}
          onInput={(e) => setSize(e.currentTarget.value)}
          onChange={(e) => commitSize(e.currentTarget.value)}
        />{' '}
        px
      </label>
      {sizeError && (
        <p id="font-size-error" class="cw-error" role="alert">
          {sizeError}
        </p>
      )}
      <label>
        Default export format{' '}
        <select
          data-testid="export-format"
          value={settings.defaultExportFormat}
          onChange={(e) => {
            const format = e.currentTarget.value as ExportFormat;
            void change(
              (s) => ({ ...s, defaultExportFormat: format }),
              `Default format: ${FORMAT_LABELS[format]}`,
            );
          }}
        >
          {(Object.keys(FORMAT_LABELS) as ExportFormat[]).map((f) => (
            <option key={f} value={f}>
              {FORMAT_LABELS[f]}
            </option>
          ))}
        </select>
      </label>
    </section>
  );
}
