/**
 * Per-browser manifests from the one hand-written manifest.json. Chrome gets a service worker and no
 * Gecko settings; Firefox gets `background.scripts` (its MV3 background is an event page) and keeps
 * `browser_specific_settings`. Pure, unit-tested in test/shared/manifest.test.ts.
 */

export type Target = 'chrome' | 'firefox';

export type Manifest = Record<string, unknown> & {
  manifest_version: number;
  version: string;
  background?: { service_worker?: string; scripts?: string[]; type?: string };
  browser_specific_settings?: {
    gecko?: { id?: string; strict_min_version?: string; data_collection_permissions?: unknown };
  };
};

export function browserManifest(source: Manifest, target: Target): Manifest {
  const out: Manifest = structuredClone(source);
  const worker = source.background?.service_worker;
  if (!worker) throw new Error('manifest.json: background.service_worker is required');
  if (target === 'chrome') {
    delete out.browser_specific_settings;
    out.background = { service_worker: worker };
  } else {
    const gecko = source.browser_specific_settings?.gecko;
    if (!gecko?.id)
      throw new Error('manifest.json: browser_specific_settings.gecko.id is required for Firefox');
    const min = Number.parseFloat(gecko.strict_min_version ?? '0');
    if (!(min >= 140)) throw new Error('manifest.json: gecko.strict_min_version must be 140 or later');
    if (!gecko.data_collection_permissions)
      throw new Error('manifest.json: gecko.data_collection_permissions is required');
    out.background = { scripts: [worker] };
    delete out.minimum_chrome_version;
  }
  return out;
}

/**
 * The e2e variant of a browser manifest: it already holds host permission for the test server on
 * 127.0.0.1, because a headless browser cannot accept the optional-permission prompt (then
 * `permissions.request` for that site resolves at once). The release manifests never carry this.
 */
export const TEST_HOST_PERMISSIONS = ['*://127.0.0.1/*'];

export function testManifest(manifest: Manifest): Manifest {
  const out: Manifest = structuredClone(manifest);
  out.host_permissions = [...TEST_HOST_PERMISSIONS];
  out.name = `${String(manifest.name)} (e2e test build)`;
  return out;
}
