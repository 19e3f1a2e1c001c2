// Faultline stays out of private windows (manifest.json: "incognito": "not_allowed"). In Chrome's
// shared ("spanning") incognito mode an incognito tab's capture would land in the same
// storage.session as the regular windows' ones. puppeteer's createBrowserContext() is an
// off-the-record context that Chrome treats as incognito for extensions: a "spanning" copy of the
// build allowed there sees its tabs (incognito: true) and stores their captures, which shows that
// the checks below would catch the leak. The store build, loaded as a user who switched on "Allow in
// Incognito" would have it, must neither see nor capture a failing page there, while the same page
// in a regular window is captured.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer';
import { describe, expect, it } from 'vitest';
import { DIST_CHROME, launchWithExtension, type ExtensionBrowser } from '../../harness/launch-browser';
import type { Gallery } from '../../harness/gallery-server';
import { stateOf, tabIdsOf, until, visit, waitForBadge, waitUntilPersisted, withGalleryAndBrowser } from './support';

const NGINX_502 = { folder: 'nginx', name: '502-php-fpm-down' };

/** dist/chrome with another manifest `incognito` value, in a directory of its own. */
function buildWithIncognito(mode: string): string {
  const dir = mkdtempSync(join(tmpdir(), `faultline-incognito-${mode}-`));
  cpSync(DIST_CHROME, dir, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Record<string, unknown>;
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ ...manifest, incognito: mode }));
  return dir;
}

interface ChromeApi {
  extension: { isAllowedIncognitoAccess(): Promise<boolean> };
  tabs: { query(q: object): Promise<{ id?: number; url?: string; incognito: boolean }[]> };
  storage: { session: { get(k: null): Promise<Record<string, unknown>> } };
}

/** Everything the extension holds in storage.session, as one text (whatever its layout). */
const storedText = (eb: ExtensionBrowser) => eb.control.evaluate(async () => JSON.stringify(await (globalThis as unknown as { chrome: ChromeApi }).chrome.storage.session.get(null)));
const allowedInIncognito = (eb: ExtensionBrowser) => eb.control.evaluate(() => (globalThis as unknown as { chrome: ChromeApi }).chrome.extension.isAllowedIncognitoAccess());
const tabsSeen = (eb: ExtensionBrowser) => eb.control.evaluate(() => (globalThis as unknown as { chrome: ChromeApi }).chrome.tabs.query({}));

/** The same failing page in an off-the-record context and then in a regular window. */
async function privateThenRegular(eb: ExtensionBrowser, gallery: Gallery) {
  const privateUrl = `${gallery.pageUrl(NGINX_502)}?window=private`;
  const regularUrl = `${gallery.pageUrl(NGINX_502)}?window=regular`;
  const context = await eb.browser.createBrowserContext();
  const privatePage: Page = await context.newPage();
  const response = await privatePage.goto(privateUrl);
  // The failing page did load there (the gallery answered, the browser showed it).
  expect(response?.status()).toBe(502);
  expect(await privatePage.evaluate(() => document.title)).toBe('502 Bad Gateway');
  // Then the regular window, until its capture (with the page's evidence) is stored: the private
  // page's requests all ended before this page's first one started.
  const regular = await visit(eb, regularUrl);
  expect((await waitForBadge(eb, regular.tabId, (text) => text !== '')).text).toBe('502');
  await waitUntilPersisted(eb, regular.tabId);
  expect((await stateOf(eb.control, regular.tabId)).kind).toBe('failure');
  return { privateUrl, regularUrl, privatePage, regular, close: () => context.close() };
}

describe('the store build, even allowed in incognito, does not run there', () => {
  const env = withGalleryAndBrowser(() => launchWithExtension({ allowIncognito: true }));

  it('captures the failing page in a regular window and nothing of it in an incognito context', async () => {
    const manifest = JSON.parse(readFileSync(join(DIST_CHROME, 'manifest.json'), 'utf8')) as { incognito?: string };
    expect(manifest.incognito).toBe('not_allowed');
    // Asked to enable it in incognito, Chrome refuses: the manifest does not allow it.
    expect(await allowedInIncognito(env.eb)).toBe(false);
    const run = await privateThenRegular(env.eb, env.gallery);
    // The extension sees no incognito tab at all, so it cannot badge or read one.
    const tabs = await tabsSeen(env.eb);
    expect(tabs.filter((t) => t.incognito)).toEqual([]);
    expect(await tabIdsOf(env.eb.control, run.privateUrl)).toEqual([]);
    expect(await tabIdsOf(env.eb.control, run.regularUrl)).toEqual([run.regular.tabId]);
    // And its store holds the regular page, never the private one.
    const stored = await storedText(env.eb);
    expect(stored).toContain(run.regularUrl);
    expect(stored).not.toContain(run.privateUrl);
    expect(stored).not.toContain('window=private');
    await run.regular.page.close();
    await run.close();
  });
});

describe('the same check against a "spanning" build (the leak the manifest closes)', () => {
  const env = withGalleryAndBrowser(() => launchWithExtension({ dist: buildWithIncognito('spanning'), allowIncognito: true }));

  it('sees and stores the incognito page: the check above would catch a build that runs there', async () => {
    expect(await allowedInIncognito(env.eb)).toBe(true);
    const run = await privateThenRegular(env.eb, env.gallery);
    const privateTabs = (await tabsSeen(env.eb)).filter((t) => t.incognito);
    expect(privateTabs.map((t) => t.url)).toEqual([run.privateUrl]);
    const privateTabId = privateTabs[0]!.id!;
    // Its capture sits in the regular profile's storage.session, next to the regular page's.
    await until('the incognito capture to be stored', async () => (await storedText(env.eb)).includes(run.privateUrl));
    expect(await storedText(env.eb)).toContain(run.regularUrl);
    // And the worker diagnoses it like any other tab.
    expect(await stateOf(env.eb.control, privateTabId)).toMatchObject({ kind: 'failure', url: run.privateUrl, diagnosis: { status: 502, generator: 'nginx' } });
    await run.regular.page.close();
    await run.close();
  });
});
