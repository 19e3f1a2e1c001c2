// Exports that reach the disk, and say so only when they did (Chromium). A host of ~250 characters
// once made a HAR name longer than the file system takes (255 bytes): Chrome interrupted the
// download while the popup said "done". The gallery answers any *.faultline.test name (the
// browser's host rules map them to 127.0.0.1), so a very long host is a real one here. And an
// interrupted download (cancelled through the downloads API while Chrome waits for its file name)
// is reported as failed, with no file left behind.
import { readdirSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Page } from 'puppeteer';
import { describe, expect, it } from 'vitest';
import { launchWithExtension } from '../../harness/launch-browser';
import { harErrors } from '../support/har-validator';
import { completedDownload, openPopup, visit, waitForBadge, withGalleryAndBrowser } from './support';

const env = withGalleryAndBrowser(() => launchWithExtension());
const downloadsNow = () => new Set(readdirSync(env.eb.downloadsDir));

/** 248 characters: four labels (DNS allows 63 each) under the gallery's domain. */
const LAST_LABEL = 'd'.repeat(56);
const LONG_HOST = `${['a', 'b', 'c'].map((c) => c.repeat(58)).join('.')}.${LAST_LABEL}.faultline.test`;

/** The popup's action status once the action has finished ("…: done." or "… failed: …"). */
async function finishedStatus(popup: Page): Promise<string> {
  const handle = await popup.waitForFunction(() => {
    const text = document.querySelector('.actions [role="status"]')?.textContent ?? '';
    return text !== '' && !text.endsWith('…') && text;
  }, { timeout: 15_000, polling: 100 }); // not on animation frames: the popup may be a background tab
  return (await handle.jsonValue()) as string;
}

describe('downloads', () => {
  it('saves the HAR of a failed page on a 248-character host under a bounded name, and says done', async () => {
    expect(LONG_HOST).toHaveLength(248);
    const url = env.gallery.url('/f/nginx/502-php-fpm-down', LONG_HOST);
    const { page, tabId } = await visit(env.eb, url);
    expect((await waitForBadge(env.eb, tabId, (text) => text !== '')).text).toBe('502');
    const popup = await openPopup(env.eb, tabId);
    const before = downloadsNow();
    await popup.click('[data-testid="export-har"]');
    const path = await completedDownload(env.eb, '.har', before);
    const name = basename(path);
    expect(name).toMatch(new RegExp(`^${LAST_LABEL}\\.faultline\\.test_\\d{8}T\\d{6}Z\\.har$`));
    expect(Buffer.byteLength(name)).toBeLessThanOrEqual(120);
    expect(await finishedStatus(popup)).toBe('Export HAR: done.');
    const har = JSON.parse(readFileSync(path, 'utf8'));
    expect(harErrors(har)).toEqual([]);
    expect(har.log.entries.map((e: { request: { url: string } }) => e.request.url)).toContain(url);
    await popup.close();
    await page.close();
  });

  it('says the export failed when the download is interrupted, and leaves no file', async () => {
    const { page, tabId } = await visit(env.eb, env.gallery.pageUrl({ folder: 'nginx', name: '502-php-fpm-down' }));
    await waitForBadge(env.eb, tabId, (text) => text === '502');
    const popup = await openPopup(env.eb, tabId);
    // Another extension page holds every download at its file name and cancels it there, so the
    // download cannot finish first, however small.
    const canceller = await env.eb.browser.newPage();
    await canceller.goto(env.eb.popupUrl(0));
    await canceller.evaluate(() => {
      const { downloads } = (globalThis as unknown as { chrome: { downloads: {
        onDeterminingFilename: { addListener(cb: (item: { id: number }, suggest: () => void) => boolean): void };
        cancel(id: number): Promise<void>;
      } } }).chrome;
      downloads.onDeterminingFilename.addListener((item, suggest) => {
        void downloads.cancel(item.id).finally(() => suggest());
        return true;
      });
    });
    const before = downloadsNow();
    await popup.bringToFront();
    await popup.click('[data-testid="export-har"]');
    expect(await finishedStatus(popup)).toBe('Export HAR failed: the download was interrupted (USER_CANCELED)');
    const interrupted = await canceller.evaluate(async () => (await (globalThis as unknown as { chrome: { downloads: { search(q: object): Promise<{ state: string; error?: string; filename: string }[]> } } })
      .chrome.downloads.search({ state: 'interrupted' })).map((d) => d.error));
    expect(interrupted).toEqual(['USER_CANCELED']);
    expect([...downloadsNow()].filter((f) => !before.has(f) && f.endsWith('.har'))).toEqual([]);
    await canceller.close();
    await popup.close();
    await page.close();
  });
});
