// The same product in Firefox ESR: the Firefox build (dist/firefox-e2e: dist/firefox plus the
// control-page hook) installed as a temporary add-on through WebDriver BiDi, against the local
// error gallery, through the shared product suite (product-suite.ts). Popups are opened from the
// control page (BiDi cannot navigate to moz-extension://).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildFirefoxE2e, DIST_FIREFOX, DIST_FIREFOX_E2E, launchFirefoxWithExtension } from '../../src/demo/launch-firefox';
import { describeProduct } from './product-suite';
import { until, verdictShown, withGalleryAndBrowser } from './support';

const env = withGalleryAndBrowser(() => launchFirefoxWithExtension({ dist: buildFirefoxE2e() }));

/** The path of a completed download ending in `extension` that was not in `before`. */
const completedDownload = (extension: string, before: Set<string>) => env.eb.control.evaluate(async (ext, seen) => {
  const { downloads } = (globalThis as unknown as { browser: { downloads: { search(q: object): Promise<{ filename: string }[]> } } }).browser;
  return (await downloads.search({ state: 'complete' })).map((d) => d.filename)
    .find((f) => f.endsWith(ext) && !seen.includes(f.split('/').pop()!));
}, extension, [...before]);

describeProduct(env, {
  openPopup: async (tabId) => verdictShown(await env.eb.openPopupPage(tabId)),
  // The file exists (empty) before its bytes are written: wait for the download to complete.
  download: (extension, before) => until(`a completed ${extension} download`, () => completedDownload(extension, before)),
  browserName: 'Firefox',
});

describe('the Firefox builds', () => {
  it('keeps the test-only hook out of the store build', () => {
    const scripts = (dir: string) => readdirSync(join(dir, 'assets')).filter((f) => f.endsWith('.js')).map((f) => readFileSync(join(dir, 'assets', f), 'utf8')).join('\n');
    expect(scripts(DIST_FIREFOX_E2E)).toContain('control=1');
    expect(scripts(DIST_FIREFOX)).not.toContain('control=1');
    expect(scripts(DIST_FIREFOX)).not.toContain('onInstalled');
  });
});
