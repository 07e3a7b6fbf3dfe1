import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, repairSettings } from '../../src/shared/settings';

describe('repairSettings', () => {
  it('nothing stored: the defaults, nothing to report', () => {
    expect(repairSettings(undefined)).toEqual({ settings: DEFAULT_SETTINGS, problems: [] });
  });

  it('valid settings pass unchanged', () => {
    const stored = { version: 1, fontSize: 20, theme: 'dark' };
    expect(repairSettings(stored)).toEqual({ settings: stored, problems: [] });
  });

  it('fills missing fields silently (an older version had fewer)', () => {
    expect(repairSettings({ version: 1, theme: 'light' })).toEqual({
      settings: { version: 1, fontSize: DEFAULT_SETTINGS.fontSize, theme: 'light' },
      problems: [],
    });
  });

  it('clamps an out-of-range font size and says so', () => {
    const r = repairSettings({ version: 1, fontSize: 400, theme: 'system' });
    expect(r.settings.fontSize).toBe(26);
    expect(r.problems).toEqual(['fontSize 400 out of range; set to 26']);
  });

  it('replaces values of the wrong type and says so', () => {
    const r = repairSettings({ version: 1, fontSize: '18px', theme: 'sepia' });
    expect(r.settings).toEqual(DEFAULT_SETTINGS);
    expect(r.problems).toEqual([
      'fontSize "18px" is not a number; set to 16',
      'theme "sepia" is not system, light or dark; set to system',
    ]);
  });

  it('survives garbage', () => {
    expect(repairSettings('corrupt').settings).toEqual(DEFAULT_SETTINGS);
    expect(repairSettings(['a']).problems).toEqual(['settings were an array; reset to defaults']);
    expect(repairSettings(null).problems).toEqual(['settings were object; reset to defaults']);
  });

  it('reports an unknown version', () => {
    expect(repairSettings({ version: 9 }).problems).toEqual([
      'unknown settings version 9; read as version 1',
    ]);
  });
});
