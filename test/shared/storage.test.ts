import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SETTINGS_VERSION, defaultSettings } from '../../src/core/settings';

/**
 * A fake `storage.local` with the real API's semantics that matter here: values are stored as JSON
 * (so callers never share objects with the store), and every `set` fires `onChanged` with the new value.
 */
const fake = vi.hoisted(() => {
  type Listener = (changes: Record<string, { newValue?: unknown; oldValue?: unknown }>, area: string) => void;
  const data = new Map<string, string>();
  const listeners = new Set<Listener>();
  const read = (key: string) => (data.has(key) ? JSON.parse(data.get(key)!) : undefined);
  const local = {
    get: async (key: string) => (data.has(key) ? { [key]: read(key) } : {}),
    set: async (items: Record<string, unknown>) => {
      const changes: Record<string, { newValue?: unknown; oldValue?: unknown }> = {};
      for (const [key, value] of Object.entries(items)) {
        changes[key] = { oldValue: read(key), newValue: JSON.parse(JSON.stringify(value)) };
        data.set(key, JSON.stringify(value));
      }
      await Promise.resolve();
      for (const l of listeners) l(changes, 'local');
    },
    remove: async (key: string) => {
      data.delete(key);
    },
  };
  const onChanged = {
    addListener: (l: Listener) => listeners.add(l),
    removeListener: (l: Listener) => listeners.delete(l),
  };
  return { data, listeners, read, browser: { storage: { local, onChanged } } };
});

vi.mock('../../src/shared/browser', () => ({ default: fake.browser }));

const storage = await import('../../src/shared/storage');
const { SETTINGS_KEY, REPAIR_NOTICE_KEY } = storage;

beforeEach(() => {
  fake.data.clear();
  fake.listeners.clear();
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(() => vi.restoreAllMocks());

describe('loadSettings', () => {
  it('gives the defaults on a fresh install and writes nothing', async () => {
    expect(await storage.loadSettings()).toEqual(defaultSettings());
    expect(fake.data.size).toBe(0);
    expect(await storage.loadRepairNotice()).toBeNull();
  });

  it('migrates the popup’s version 1 settings, keeping the reader’s choices, and writes them back', async () => {
    fake.data.set(SETTINGS_KEY, JSON.stringify({ version: 1, fontSize: 20, theme: 'dark' }));
    const settings = await storage.loadSettings();
    expect(settings).toEqual({ ...defaultSettings(), fontSize: 20, theme: 'dark' });
    expect(fake.read(SETTINGS_KEY)).toEqual(settings);
    expect(fake.read(SETTINGS_KEY).version).toBe(SETTINGS_VERSION);
    const notice = await storage.loadRepairNotice();
    expect(notice?.repairs).toEqual([
      expect.stringMatching(/upgraded from version 1 to 2/),
      expect.stringMatching(/upgraded from version 2 to 3/),
      expect.stringMatching(/upgraded from version 3 to 4/),
    ]);
  });

  it('repairs a damaged value, reports it once and keeps the repair list for the options page', async () => {
    const stored = { ...defaultSettings(), theme: 'sepia', fontSize: 400 };
    fake.data.set(SETTINGS_KEY, JSON.stringify(stored));
    const settings = await storage.loadSettings();
    expect(settings.theme).toBe('system');
    expect(settings.fontSize).toBe(26);
    expect(console.warn).toHaveBeenCalledTimes(1);
    const notice = await storage.loadRepairNotice();
    expect(notice?.repairs).toEqual([
      'theme "sepia" is not system, light or dark; set to system',
      'font size 400 is not a whole number from 12 to 26; set to 26',
    ]);
    // written back: the next load has nothing to repair and adds nothing to the notice
    await storage.loadSettings();
    expect(console.warn).toHaveBeenCalledTimes(1);
    expect((await storage.loadRepairNotice())?.repairs).toHaveLength(2);

    await storage.dismissRepairNotice();
    expect(await storage.loadRepairNotice()).toBeNull();
    expect(fake.read(SETTINGS_KEY)).toEqual(settings);
  });

  it('survives garbage in storage', async () => {
    fake.data.set(SETTINGS_KEY, JSON.stringify('corrupt'));
    expect(await storage.loadSettings()).toEqual(defaultSettings());
    fake.data.set(REPAIR_NOTICE_KEY, JSON.stringify({ repairs: 'not a list' }));
    expect(await storage.loadRepairNotice()).toBeNull();
  });
});

describe('updateSettings and saveSettings', () => {
  it('read-modify-write: a change by mutation and a change by returning a new object', async () => {
    await storage.updateSettings((s) => {
      s.whitelist.push({ pattern: 'example.com', cleanFrontPages: false, mode: 'focus' });
    });
    const after = await storage.updateSettings((s) => ({ ...s, customRules: '##.promo' }));
    expect(after.whitelist).toEqual([{ pattern: 'example.com', cleanFrontPages: false, mode: 'focus' }]);
    expect(after.customRules).toBe('##.promo');
    expect(fake.read(SETTINGS_KEY)).toEqual(after);
  });

  it('hands the change a private copy: a change that throws stores nothing', async () => {
    await storage.saveSettings({ theme: 'dark' });
    await expect(
      storage.updateSettings((s) => {
        s.theme = 'light';
        throw new Error('no');
      }),
    ).rejects.toThrow('no');
    expect((await storage.loadSettings()).theme).toBe('dark');
    // the queue is not stuck after a failure
    expect((await storage.saveSettings({ fontSize: 18 })).fontSize).toBe(18);
  });

  it('validates what is stored: an out-of-range value is repaired, an invalid site normalized', async () => {
    const s = await storage.updateSettings((draft) => {
      draft.fontSize = 99;
      draft.whitelist = [{ pattern: 'WWW.Example.com', cleanFrontPages: false, mode: 'focus' }];
    });
    expect(s.fontSize).toBe(26);
    expect(s.whitelist).toEqual([{ pattern: 'example.com', cleanFrontPages: false, mode: 'focus' }]);
  });

  it('runs concurrent changes one after another, so none is lost', async () => {
    await Promise.all([
      storage.updateSettings(
        (s) => void s.whitelist.push({ pattern: 'a.com', cleanFrontPages: false, mode: 'focus' }),
      ),
      storage.updateSettings(
        (s) => void s.whitelist.push({ pattern: 'b.com', cleanFrontPages: false, mode: 'focus' }),
      ),
      storage.saveSettings({ theme: 'light' }),
    ]);
    const s = await storage.loadSettings();
    expect(s.whitelist.map((e) => e.pattern)).toEqual(['a.com', 'b.com']);
    expect(s.theme).toBe('light');
  });

  it('saveSettings keeps the fields it was not given', async () => {
    await storage.saveSettings({ customRules: '##.x', defaultExportFormat: 'markdown' });
    const s = await storage.saveSettings({ theme: 'dark' });
    expect(s).toEqual({
      ...defaultSettings(),
      customRules: '##.x',
      defaultExportFormat: 'markdown',
      theme: 'dark',
    });
  });
});

describe('onSettingsChanged', () => {
  it('calls the listener with validated settings, and stops after unsubscribing', async () => {
    const seen: unknown[] = [];
    const stop = storage.onSettingsChanged((s) => seen.push(s));
    await storage.saveSettings({ fontSize: 18 });
    expect(seen).toEqual([{ ...defaultSettings(), fontSize: 18 }]);

    // another context wrote something bad: the listener still gets valid settings
    await fake.browser.storage.local.set({ [SETTINGS_KEY]: { version: 1, theme: 42 } });
    expect(seen[1]).toEqual(defaultSettings());

    // other keys do not call it
    await fake.browser.storage.local.set({ unrelated: 1 });
    expect(seen).toHaveLength(2);

    stop();
    await storage.saveSettings({ fontSize: 20 });
    expect(seen).toHaveLength(2);
  });
});
