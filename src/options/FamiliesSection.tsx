/** The built-in rule families, each switchable (core SWITCHABLE_FAMILIES gives names and labels). */
import { SWITCHABLE_FAMILIES, type Settings } from '../core/settings';
import type { ChangeSettings } from './App';

interface Props {
  settings: Settings;
  change: ChangeSettings;
}

export function FamiliesSection({ settings, change }: Props) {
  return (
    <section aria-labelledby="families-heading">
      <h2 id="families-heading">Built-in rules</h2>
      <fieldset class="cw-families">
        <legend>Remove these kinds of clutter</legend>
        {SWITCHABLE_FAMILIES.map(({ family, label }) => (
          <label key={family}>
            <input
              type="checkbox"
              data-testid={`family-${family}`}
              checked={settings.families[family] !== false}
              onChange={(e) => {
                const on = e.currentTarget.checked;
                void change(
                  (s) => {
                    s.families[family] = on;
                  },
                  `${label}: ${on ? 'on' : 'off'}`,
                );
              }}
            />{' '}
            {label}
          </label>
        ))}
      </fieldset>
    </section>
  );
}
