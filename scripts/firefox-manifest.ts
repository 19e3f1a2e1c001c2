// Firefox's manifest, derived from the one manifest.json (written for Chrome) by the build
// (vite.config.ts). Every difference between the two browsers is a line of data here, so the
// derivation itself stays a few lines that a test can check on the real manifest.

/** The add-on id Firefox knows the extension by (AMO, storage, updates). */
export const GECKO_ID = 'faultline@faultline.dev';
/**
 * The oldest Firefox the manifest accepts: 140 (ESR) is the first desktop Firefox that reads
 * `data_collection_permissions`, Firefox for Android reads it from 142; web-ext lint asks for
 * exactly these. Everything else the extension uses (MV3 background scripts as modules,
 * storage.session, scripting, action) is older. Debian bookworm has 140 ESR and, from
 * bookworm-security, 153 ESR (the one the e2e suite runs in).
 */
export const GECKO_MIN_VERSION = '140.0';
export const GECKO_ANDROID_MIN_VERSION = '142.0';

/** Keys only Chrome reads; Firefox's linter warns about them, so they are left out. */
export const CHROME_ONLY_KEYS = ['minimum_chrome_version'] as const;

/** What Firefox alone reads, added to its manifest. */
export const BROWSER_SPECIFIC_SETTINGS = {
  gecko: {
    id: GECKO_ID,
    strict_min_version: GECKO_MIN_VERSION,
    // Nothing is collected or transmitted (see the README's privacy section).
    data_collection_permissions: { required: ['none' as const] },
  },
  gecko_android: { strict_min_version: GECKO_ANDROID_MIN_VERSION },
};

/** The part of Chrome's manifest the derivation reads; every other key is copied as it is. */
export interface ChromeManifestInput {
  background: { service_worker: string; type?: string };
}

type ChromeOnlyKey = (typeof CHROME_ONLY_KEYS)[number];

export type FirefoxManifest<M extends ChromeManifestInput> = Omit<M, 'background' | ChromeOnlyKey> & {
  background: { scripts: string[]; type?: M['background']['type'] };
  browser_specific_settings: typeof BROWSER_SPECIFIC_SETTINGS;
};

const isChromeOnly = (key: string) => (CHROME_ONLY_KEYS as readonly string[]).includes(key);

/** Firefox's manifest: Chrome's, but for where the background runs and Firefox's own settings. */
export function firefoxManifest<M extends ChromeManifestInput>(chrome: M): FirefoxManifest<M> {
  const { background, ...rest } = chrome;
  const common = Object.fromEntries(Object.entries(rest).filter(([key]) => !isChromeOnly(key))) as Omit<M, 'background' | ChromeOnlyKey>;
  return {
    ...common,
    // Firefox runs MV3 backgrounds as (non-persistent) scripts, not a service worker.
    background: { scripts: [background.service_worker], ...(background.type !== undefined && { type: background.type }) },
    browser_specific_settings: BROWSER_SPECIFIC_SETTINGS,
  };
}
