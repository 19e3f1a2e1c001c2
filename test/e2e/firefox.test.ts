// The same product in Firefox ESR: the Firefox build (dist/firefox-e2e: dist/firefox plus the
// control-page hook) installed as a temporary add-on through WebDriver BiDi, against the local
// error gallery, through the shared product suite (product-suite.ts). Popups are opened from the
// control page (BiDi cannot navigate to moz-extension://).
import { unzipSync } from 'fflate';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST_CHROME } from '../../harness/launch-browser';
import { buildFirefoxE2e, DIST_FIREFOX, DIST_FIREFOX_E2E, launchFirefoxWithExtension } from '../../harness/launch-firefox';
import { describeProduct } from './product-suite';
import { verdictShown, withGalleryAndBrowser } from './support';

const DIST = dirname(DIST_CHROME);
const env = withGalleryAndBrowser(() => launchFirefoxWithExtension({ dist: buildFirefoxE2e() }));

describeProduct(env, {
  openPopup: async (tabId) => verdictShown(await env.eb.openPopupPage(tabId)),
  browserName: 'Firefox',
});

describe('the Firefox builds', () => {
  it('keeps the test-only hook out of the store build', () => {
    const scripts = (dir: string) => readdirSync(join(dir, 'assets')).filter((f) => f.endsWith('.js')).map((f) => readFileSync(join(dir, 'assets', f), 'utf8')).join('\n');
    expect(scripts(DIST_FIREFOX_E2E)).toContain('control=1');
    expect(scripts(DIST_FIREFOX)).not.toContain('control=1');
    // The hook's page (e2e-hooks.ts CONTROL_PAGE) is nowhere in it; onInstalled itself is used by
    // the store build too (the toolbar button's menu item, analyzer-menu.ts).
    expect(scripts(DIST_FIREFOX)).not.toContain('tabId=0');
  });

  it('ships no readiness flag or message in either store build (folders and zips), and stays out of private windows', () => {
    const filesUnder = (dir: string, under = ''): [string, Uint8Array][] => readdirSync(join(dir, under), { withFileTypes: true })
      .flatMap((e) => e.isDirectory() ? filesUnder(dir, join(under, e.name)) : [[join(under, e.name), readFileSync(join(dir, under, e.name))]]);
    const { version } = JSON.parse(readFileSync(join(DIST_CHROME, 'manifest.json'), 'utf8')) as { version: string };
    const outputs = [
      ...[DIST_CHROME, DIST_FIREFOX].map((dir) => ({ name: dir, files: filesUnder(dir) })),
      ...['chrome', 'firefox'].map((target) => join(DIST, `faultline-${target}-${version}.zip`)).map((zip) => ({ name: zip, files: Object.entries(unzipSync(readFileSync(zip))) })),
    ];
    for (const { name, files } of outputs) {
      expect(files.length, name).toBeGreaterThan(10);
      const text = files.map(([, bytes]) => Buffer.from(bytes).toString('latin1')).join('\n');
      expect(text, name).toContain('popup/state'); // the real bundle is read
      expect(text, name).not.toContain('__faultlineReady');
      expect(text, name).not.toContain('test/ready');
      const manifest = files.find(([path]) => path === 'manifest.json')!;
      expect(JSON.parse(Buffer.from(manifest[1]).toString('utf8')).incognito, name).toBe('not_allowed');
    }
  });
});
