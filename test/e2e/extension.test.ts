// The product in Chromium: the shared product suite (product-suite.ts), then what only Chromium
// can show here: a worker stopped through CDP keeps its capture; the summary reaches the clipboard.
import { describe, expect, it } from 'vitest';
import { launchWithExtension } from '../../harness/launch-browser';
import { describeProduct } from './product-suite';
import { openPopup, visit, verdictOf, waitForBadge, waitUntilPersisted, withGalleryAndBrowser } from './support';

const env = withGalleryAndBrowser(() => launchWithExtension());
const pageUrl = (folder: string, name: string) => env.gallery.pageUrl({ folder, name });

describeProduct(env, {
  openPopup: (tabId) => openPopup(env.eb, tabId),
  browserName: 'Chrome',
});

describe('worker death', () => {
  it('keeps the capture when the worker is stopped and restarted', async () => {
    const { page, tabId } = await visit(env.eb, pageUrl('cloudflare', '521-web-server-down-legacy-design'));
    await waitForBadge(env.eb, tabId, (text) => text === '521');
    await waitUntilPersisted(env.eb, tabId);
    await env.eb.stopWorker();
    const popup = await openPopup(env.eb, tabId);
    expect(await verdictOf(popup)).toMatchObject({ generator: 'cloudflare', blame: 'origin' });
    await popup.close();
    await page.close();
  });
});

describe('the support summary', () => {
  it('copies the support summary to the clipboard', async () => {
    const { page, tabId } = await visit(env.eb, pageUrl('nginx', '502-php-fpm-down'));
    await waitForBadge(env.eb, tabId, (text) => text === '502');
    const popup = await openPopup(env.eb, tabId);
    await env.eb.browser.defaultBrowserContext().overridePermissions(`chrome-extension://${env.eb.extensionId}`, ['clipboard-read', 'clipboard-write', 'clipboard-sanitized-write']);
    await popup.bringToFront();
    await popup.click('[data-testid="copy-summary"]');
    await popup.waitForFunction(() => document.querySelector('[data-testid="copy-summary"]')?.textContent === 'Copied ✓');
    const text = await popup.evaluate(() => navigator.clipboard.readText());
    expect(text).toContain('Faultline support summary — nginx.faultline.test');
    expect(text).toContain('Page written by: nginx (reverse proxy)');
    await popup.close();
    await page.close();
  });
});
