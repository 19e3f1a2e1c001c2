// Starts Debian's Chromium with the built extension, a fresh profile that downloads without asking,
// and host rules that keep every request on 127.0.0.1. Waits until the worker's listeners are live.
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer';
import { HOST_RESOLVER_RULES } from './gallery-server';

export const DIST_CHROME = resolve(import.meta.dirname, '..', 'dist', 'chrome');

export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/lib/chromium/chromium', '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  const found = candidates.find((path) => path && existsSync(path));
  if (!found) throw new Error('Chromium not found: install Debian\'s chromium (apt-get install -y chromium) or set CHROMIUM_PATH');
  return found;
}

export const chromiumArgs = () => [
  '--no-sandbox', '--disable-background-networking', '--disable-component-update', '--no-first-run',
  '--disable-sync', '--disable-default-apps', '--disable-features=NetworkTimeServiceQuerying',
  `--host-resolver-rules=${HOST_RESOLVER_RULES}`,
];

/** The same Chromium, flags and host rules, without the extension: the baseline for overhead figures. */
export async function launchWithoutExtension(options: { headless?: boolean } = {}): Promise<Browser> {
  return puppeteer.launch({
    executablePath: chromiumPath(), headless: options.headless ?? true, pipe: true,
    userDataDir: mkdtempSync(join(tmpdir(), 'faultline-profile-')), args: chromiumArgs(),
  });
}

export interface ExtensionBrowser {
  browser: Browser;
  extensionId: string;
  /**
   * An extension page kept open to drive chrome.tabs / chrome.action / runtime messages: unlike a
   * handle on the worker, it stays valid when Chrome stops and restarts the worker.
   */
  control: Page;
  downloadsDir: string;
  popupUrl(tabId: number): string;
  /** Kills the extension's service worker, as Chrome does to an idle one. */
  stopWorker(): Promise<void>;
  close(): Promise<void>;
}

async function until<T>(what: string, probe: () => Promise<T | undefined | false>, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe().catch(() => undefined);
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * Evaluated in the worker: its webRequest listeners and the message and port listeners it registers
 * after them (in the same synchronous top-level code) are live. Asks the browser's own event
 * objects, so the store build needs no readiness flag or message.
 */
export function workerListening(): boolean {
  type Event = { hasListeners?: () => boolean };
  const { chrome } = globalThis as unknown as { chrome?: { webRequest?: Record<string, Event>; runtime?: Record<string, Event> } };
  const events = [chrome?.webRequest?.onBeforeRequest, chrome?.webRequest?.onErrorOccurred, chrome?.runtime?.onMessage, chrome?.runtime?.onConnect];
  return events.every((event) => typeof event?.hasListeners === 'function' && event.hasListeners());
}

export interface LaunchOptions {
  dist?: string;
  headless?: boolean;
  /** The browser's UI language, e.g. "zh-CN" (the extension follows it). */
  lang?: string;
  /** A profile to reuse (a browser restart); by default a fresh one. */
  profileDir?: string;
  /**
   * Load the extension as a user who switched on "Allow in Incognito" would have it (CDP
   * Extensions.loadUnpacked with enableInIncognito); the manifest may still refuse it.
   */
  allowIncognito?: boolean;
}

export async function launchWithExtension(options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const dist = options.dist ?? DIST_CHROME;
  if (!existsSync(join(dist, 'manifest.json'))) throw new Error(`no built extension at ${dist}: run npm run build`);
  const userDataDir = options.profileDir ?? mkdtempSync(join(tmpdir(), 'faultline-profile-'));
  const downloadsDir = join(userDataDir, 'downloads');
  mkdirSync(join(userDataDir, 'Default'), { recursive: true });
  mkdirSync(downloadsDir, { recursive: true });
  // CDP's download behaviour ignores downloads.download's file name; the profile's preference does
  // not. A reused profile keeps the preferences the browser saved.
  if (!existsSync(join(userDataDir, 'Default', 'Preferences'))) {
    writeFileSync(join(userDataDir, 'Default', 'Preferences'), JSON.stringify({
      download: { default_directory: downloadsDir, prompt_for_download: false, directory_upgrade: true },
      savefile: { default_directory: downloadsDir },
    }));
  }
  const browser = await puppeteer.launch({
    executablePath: chromiumPath(),
    headless: options.headless ?? true,
    pipe: true,
    enableExtensions: options.allowIncognito ? true : [dist],
    userDataDir,
    // On Linux, Chromium takes its UI language from the environment; --lang covers the rest.
    args: [...chromiumArgs(), ...(options.lang ? [`--lang=${options.lang}`] : [])],
    ...(options.lang && { env: { ...process.env, LANGUAGE: options.lang.replace('-', '_'), LANG: `${options.lang.replace('-', '_')}.UTF-8` } }),
  });
  if (options.allowIncognito) {
    const session = await browser.target().createCDPSession();
    await session.send('Extensions.loadUnpacked', { path: dist, enableInIncognito: true }).catch(async (error: unknown) => {
      await browser.close();
      throw error;
    });
    await session.detach();
  }
  const target = await browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'), { timeout: 15_000 });
  const extensionId = new URL(target.url()).host;
  const worker = await target.worker();
  if (!worker) throw new Error('the extension has no worker');
  // The worker target appears before its top-level code ran: wait for its listeners.
  await until('the worker\'s listeners', () => worker.evaluate(workerListening));
  const popupUrl = (tabId: number) => `chrome-extension://${extensionId}/src/popup/index.html?tabId=${tabId}`;
  const control = await browser.newPage();
  await control.goto(`chrome-extension://${extensionId}/src/popup/index.html?tabId=0`);
  return {
    browser,
    extensionId,
    control,
    downloadsDir,
    popupUrl,
    async stopWorker() {
      // Chrome stops idle workers itself; CDP's ServiceWorker domain, seen from an extension page,
      // does the same on demand.
      const session = await control.createCDPSession();
      const versions = new Map<string, string>();
      const stopped = new Set<string>(); // a message may wake the worker again at once: any stop counts
      let scriptVersion = '';
      session.on('ServiceWorker.workerVersionUpdated', (event) => {
        for (const v of event.versions) {
          versions.set(v.versionId, v.runningStatus);
          if (v.runningStatus === 'stopped') stopped.add(v.versionId);
          if (v.scriptURL.startsWith(`chrome-extension://${extensionId}/`)) scriptVersion = v.versionId;
        }
      });
      await session.send('ServiceWorker.enable');
      await until('the worker\'s version', async () => scriptVersion !== '' && versions.get(scriptVersion) === 'running');
      stopped.clear();
      await session.send('ServiceWorker.stopWorker', { versionId: scriptVersion });
      await until('the worker to stop', async () => stopped.has(scriptVersion));
      await session.detach();
    },
    close: () => browser.close(),
  };
}

export { until };
