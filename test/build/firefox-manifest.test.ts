// Firefox's manifest as the build derives it from the real manifest.json.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { firefoxManifest, GECKO_ID } from '../../scripts/firefox-manifest';

const CHROME = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'manifest.json'), 'utf8')) as {
  background: { service_worker: string; type: string };
  [key: string]: unknown;
};
const firefox = firefoxManifest(CHROME);

describe('firefoxManifest', () => {
  it('runs the background as a module script where Chrome runs a service worker', () => {
    expect(firefox.background).toEqual({ scripts: ['src/background/index.ts'], type: 'module' });
    expect(Object.keys(firefox.background)).not.toContain('service_worker');
  });

  it('names the add-on, the oldest Firefox it accepts and that it collects no data', () => {
    expect(firefox.browser_specific_settings).toEqual({
      gecko: { id: 'faultline@faultline.dev', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
      gecko_android: { strict_min_version: '142.0' },
    });
    expect(GECKO_ID).toBe('faultline@faultline.dev');
  });

  it('leaves out what only Chrome reads', () => {
    expect(CHROME.minimum_chrome_version).toBe('116');
    expect(Object.keys(firefox)).not.toContain('minimum_chrome_version');
  });

  it('copies every other key unchanged and in order', () => {
    const copied = Object.keys(CHROME).filter((key) => key !== 'background' && key !== 'minimum_chrome_version');
    expect(Object.keys(firefox)).toEqual([...copied, 'background', 'browser_specific_settings']);
    for (const key of copied) expect(firefox[key as keyof typeof firefox]).toEqual(CHROME[key]);
    expect(firefox).toMatchObject({ manifest_version: 3, incognito: 'not_allowed', permissions: ['webRequest', 'storage', 'scripting', 'downloads', 'contextMenus'] });
  });

  it('does not change the manifest it derives from', () => {
    const before = JSON.stringify(CHROME);
    firefoxManifest(CHROME);
    expect(JSON.stringify(CHROME)).toBe(before);
    expect(CHROME.background).toEqual({ service_worker: 'src/background/index.ts', type: 'module' });
  });
});
