/** Auto-clean's registration sync around its browser seam (src/shared/browser and storage faked). */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { defaultSettings, type Settings } from '../../src/core/settings';

interface Script {
  id: string;
  matches?: string[];
  js?: string[];
  css?: string[];
  runAt?: string;
  persistAcrossSessions?: boolean;
}

const fake = vi.hoisted(() => ({
  scripts: [] as Script[],
  granted: new Set<string>(),
  failOn: null as string | null,
  stored: {} as Record<string, unknown>,
}));

vi.mock('../../src/shared/browser', () => ({
  default: {
    permissions: {
      contains: async ({ origins }: { origins: string[] }) => origins.every((o) => fake.granted.has(o)),
    },
    scripting: {
      getRegisteredContentScripts: async () => structuredClone(fake.scripts),
      registerContentScripts: async (scripts: Script[]) => {
        for (const s of scripts) {
          if (s.id === fake.failOn) throw new Error('Invalid match pattern');
          if (fake.scripts.some((x) => x.id === s.id)) throw new Error(`Duplicate script ID '${s.id}'`);
          fake.scripts.push(s);
        }
      },
      updateContentScripts: async (scripts: Script[]) => {
        for (const s of scripts) fake.scripts = fake.scripts.map((x) => (x.id === s.id ? s : x));
      },
      unregisterContentScripts: async ({ ids }: { ids: string[] }) => {
        fake.scripts = fake.scripts.filter((x) => !ids.includes(x.id));
      },
    },
    storage: { local: { set: async (v: Record<string, unknown>) => Object.assign(fake.stored, v) } },
  },
}));
vi.mock('../../src/shared/storage', () => ({ loadSettings: async () => defaultSettings() }));

const { syncAutoClean, REPORT_KEY } = await import('../../src/background/registrations');

function settingsWith(...patterns: string[]): Settings {
  const s = defaultSettings();
  s.whitelist = patterns.map((pattern) => ({ pattern, cleanFrontPages: false, mode: 'focus' }));
  return s;
}

beforeEach(() => {
  fake.scripts = [{ id: 'not-ours', matches: ['*://x.example/*'] }];
  fake.granted = new Set(['*://a.example/*', '*://www.a.example/*', '*://*.b.example/*']);
  fake.failOn = null;
  fake.stored = {};
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});

describe('syncAutoClean', () => {
  it('registers each permitted site: the early script at document_start with the marker stylesheet, the content script at document_end, persisted', async () => {
    const report = await syncAutoClean({ settings: settingsWith('a.example', '*.b.example') });
    expect(report).toEqual({ registered: ['a.example', '*.b.example'], revoked: [], failed: [] });
    const matches = ['*://a.example/*', '*://www.a.example/*'];
    expect(fake.scripts.filter((s) => s.matches?.includes('*://a.example/*'))).toEqual([
      {
        id: 'cleanwire-site:a.example',
        matches,
        js: ['early.js'],
        css: ['inpage/marker.css'],
        runAt: 'document_start',
        allFrames: false,
        persistAcrossSessions: true,
      },
      {
        id: 'cleanwire-site:a.example/dom-ready',
        matches,
        js: ['content.js'],
        runAt: 'document_end',
        allFrames: false,
        persistAcrossSessions: true,
      },
    ]);
    expect(fake.stored[REPORT_KEY]).toEqual(report);
  });

  it('reports a site whose permission was revoked, leaves it unregistered, and keeps the others', async () => {
    await syncAutoClean({ settings: settingsWith('a.example', '*.b.example') });
    fake.granted.delete('*://*.b.example/*');
    const report = await syncAutoClean({ settings: settingsWith('a.example', '*.b.example') });
    expect(report).toEqual({ registered: ['a.example'], revoked: ['*.b.example'], failed: [] });
    expect(fake.scripts.map((s) => s.id).sort()).toEqual([
      'cleanwire-site:a.example',
      'cleanwire-site:a.example/dom-ready',
      'not-ours',
    ]);
  });

  it('unregisters a site that left the whitelist, and only ours', async () => {
    await syncAutoClean({ settings: settingsWith('a.example') });
    await syncAutoClean({ settings: settingsWith() });
    expect(fake.scripts.map((s) => s.id)).toEqual(['not-ours']);
  });

  it('runs one sync at a time: two at once do not register the same id twice', async () => {
    const settings = settingsWith('a.example');
    const reports = await Promise.all([syncAutoClean({ settings }), syncAutoClean({ settings })]);
    expect(reports.map((r) => r.failed)).toEqual([[], []]);
    expect(fake.scripts.filter((s) => s.id === 'cleanwire-site:a.example')).toHaveLength(1);
    expect(fake.scripts.filter((s) => s.id === 'cleanwire-site:a.example/dom-ready')).toHaveLength(1);
  });

  it('a fresh sync (install or update) re-registers everything of ours', async () => {
    fake.scripts.push({
      id: 'cleanwire-site:a.example',
      matches: ['*://a.example/*', '*://www.a.example/*'],
      js: ['old.js'],
    });
    await syncAutoClean({ settings: settingsWith('a.example') });
    expect(fake.scripts.find((s) => s.id === 'cleanwire-site:a.example')?.js).toEqual(['old.js']);
    await syncAutoClean({ settings: settingsWith('a.example'), fresh: true });
    expect(fake.scripts.find((s) => s.id === 'cleanwire-site:a.example')?.js).toEqual(['early.js']);
    expect(fake.scripts.filter((s) => s.id.startsWith('cleanwire-site:')).map((s) => s.js)).toEqual([
      ['early.js'],
      ['content.js'],
    ]);
  });

  it('reports a registration the browser refuses, and still registers the rest', async () => {
    fake.failOn = 'cleanwire-site:a.example';
    const report = await syncAutoClean({ settings: settingsWith('a.example', '*.b.example') });
    expect(report).toEqual({
      registered: ['*.b.example'],
      revoked: [],
      failed: [{ pattern: 'a.example', error: 'Invalid match pattern' }],
    });
  });
});
