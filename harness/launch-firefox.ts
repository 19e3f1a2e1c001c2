// Starts Debian's Firefox ESR (WebDriver BiDi, through puppeteer) with the extension installed as a
// temporary add-on, a fresh profile that downloads without asking, and every host name resolved to
// 127.0.0.1 (Firefox's counterpart of Chromium's host-resolver rules). The same shape as
// launch-browser.ts where Firefox allows it.
//
// BiDi refuses to navigate to moz-extension:// URLs, so it drives the extension from an extension
// page the worker itself opens — only in the test build (`vite build --mode firefox-e2e`,
// dist/firefox-e2e; see src/background/e2e-hooks.ts). The store build (dist/firefox) has no such hook.
import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer';
import { until } from './launch-browser';

const ROOT = resolve(import.meta.dirname, '..');
export const DIST_FIREFOX = join(ROOT, 'dist', 'firefox');
/** The test build: dist/firefox plus the hook that opens the control page. Never packaged. */
export const DIST_FIREFOX_E2E = join(ROOT, 'dist', 'firefox-e2e');
const POPUP_PATH = 'src/popup/index.html';

export function firefoxPath(): string {
  const candidates = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/lib/firefox-esr/firefox-esr', '/usr/bin/firefox'];
  const found = candidates.find((path) => path && existsSync(path));
  if (!found) throw new Error('Firefox not found: install Debian\'s firefox-esr (apt-get install -y firefox-esr) or set FIREFOX_PATH');
  return found;
}

/** Builds dist/firefox-e2e from the current sources (about a second and a half). */
export function buildFirefoxE2e(): string {
  const vite = join(ROOT, 'node_modules', '.bin', 'vite');
  const result = spawnSync(vite, ['build', '--mode', 'firefox-e2e', '--logLevel', 'warn'], { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
  if (result.status !== 0) throw new Error('vite build --mode firefox-e2e failed');
  return DIST_FIREFOX_E2E;
}

export interface FirefoxExtensionBrowser {
  browser: Browser;
  /** The add-on's id (browser_specific_settings.gecko.id). */
  addonId: string;
  /** The host of its moz-extension:// pages, fixed per profile by the launcher. */
  extensionId: string;
  /** An extension page (opened by the test build's worker) that drives tabs / action / messages. */
  control: Page;
  downloadsDir: string;
  popupUrl(tabId: number): string;
  /** Opens the popup page for a tab in a new tab (from the control page: BiDi cannot navigate there). */
  openPopupPage(tabId: number): Promise<Page>;
  close(): Promise<void>;
}

/** The extension page at exactly `url`, once it exists: BiDi reports such pages as about:blank. */
async function pageAt(browser: Browser, url: string): Promise<Page> {
  return until(`the page ${url}`, async () => {
    for (const page of await browser.pages()) {
      if (await page.evaluate(() => location.href).catch(() => '') === url) return page;
    }
    return undefined;
  });
}

export async function launchFirefoxWithExtension(options: { dist?: string; headless?: boolean } = {}): Promise<FirefoxExtensionBrowser> {
  const dist = options.dist ?? DIST_FIREFOX_E2E;
  if (!existsSync(join(dist, 'manifest.json'))) throw new Error(`no built extension at ${dist}: run vite build --mode firefox-e2e`);
  const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')) as { browser_specific_settings: { gecko: { id: string } } };
  const addonId = manifest.browser_specific_settings.gecko.id;
  const extensionId = randomUUID();
  const userDataDir = mkdtempSync(join(tmpdir(), 'faultline-firefox-'));
  const downloadsDir = join(userDataDir, 'downloads');
  mkdirSync(downloadsDir);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: options.headless ?? true,
    userDataDir,
    extraPrefsFirefox: {
      // Every host name is 127.0.0.1: the gallery's vendor hosts answer, anything else is refused.
      'network.dns.forceResolve': '127.0.0.1',
      'network.proxy.type': 0,
      // Plain http:// as asked, no https:// attempt first (it would add failed requests to a page).
      'dom.security.https_first': false,
      'dom.security.https_first_schemeless': false,
      'dom.security.https_only_mode': false,
      // The moz-extension:// host, known in advance.
      'extensions.webextensions.uuids': JSON.stringify({ [addonId]: extensionId }),
      // downloads.download(saveAs: false) lands here without a dialog or panel.
      'browser.download.folderList': 2,
      'browser.download.dir': downloadsDir,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      'browser.download.start_downloads_in_tmp_dir': false,
      'browser.download.alwaysOpenPanel': false,
      'browser.download.panel.shown': true,
    },
  });
  try {
    await browser.installExtension(dist);
    const popupUrl = (tabId: number) => `moz-extension://${extensionId}/${POPUP_PATH}?tabId=${tabId}`;
    // The test build's worker opens this page once installed, after registering every listener.
    const control = await pageAt(browser, `moz-extension://${extensionId}/${POPUP_PATH}?tabId=0&control=1`);
    // An answer to an ordinary message: the background registers its message listener after the
    // webRequest ones, in the same synchronous top-level code (no readiness message in any build).
    await until('the worker\'s listeners', () => control.evaluate(async () =>
      typeof ((await (globalThis as unknown as { browser: { runtime: { sendMessage(m: unknown): Promise<{ kind?: string }> } } }).browser.runtime.sendMessage({ type: 'popup/state', tabId: 0 })).kind) === 'string'));
    let opened = 0;
    return {
      browser,
      addonId,
      extensionId,
      control,
      downloadsDir,
      popupUrl,
      async openPopupPage(tabId) {
        const url = `${popupUrl(tabId)}&open=${++opened}`;
        await control.evaluate((u) => (globalThis as unknown as { browser: { tabs: { create(p: object): Promise<unknown> } } }).browser.tabs.create({ url: u, active: true }), url);
        return pageAt(browser, url);
      },
      close: () => browser.close(),
    };
  } catch (error) {
    await browser.close();
    throw error;
  }
}

export { until };
