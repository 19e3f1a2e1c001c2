// The product as people use it: they land on a failing page, the badge lights up, the popup names
// the failed hop; exports and copy work; nothing mixes between tabs; a killed worker loses nothing.
import { strFromU8, unzipSync } from 'fflate';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TEST_SECRETS } from '../../src/demo/gallery-server';
import { launchWithExtension } from '../../src/demo/launch-browser';
import { harErrors } from '../support/har-validator';
import { badgeOf, newDownload, openPopup, visit, verdictOf, waitForBadge, waitUntilPersisted, withGalleryAndBrowser } from './support';

const env = withGalleryAndBrowser(() => launchWithExtension());
const pageUrl = (folder: string, name: string) => env.gallery.pageUrl({ folder, name });

describe('vendor pages', () => {
  it.each([
    ['cloudflare', '521-web-server-down-legacy-design', '521', { generator: 'cloudflare', layer: 'cdn', blame: 'origin' }],
    ['nginx', '502-php-fpm-down', '502', { generator: 'nginx', layer: 'reverse-proxy', blame: 'upstream-app' }],
    ['nginx', 'via-cloudflare-502', '502', { generator: 'nginx', layer: 'reverse-proxy', blame: 'upstream-app' }],
    ['aws-alb', '504-idle-timeout', '504', { generator: 'aws-alb', layer: 'load-balancer', blame: 'upstream-app' }],
    ['huawei-waf', '418-block-page', '418', { generator: 'huawei-waf', layer: 'waf', blame: 'none' }],
    ['haproxy', '503-no-server-available', '503', { generator: 'haproxy', layer: 'load-balancer', blame: 'upstream-app' }],
  ])('%s/%s: badge %s and the right verdict', async (folder, name, badgeText, want) => {
    const { page, tabId } = await visit(env.eb, pageUrl(folder, name));
    const badge = await waitForBadge(env.eb, tabId, (text) => text !== '');
    expect(badge.text).toBe(badgeText);
    expect(badge.title).toContain(`HTTP ${badgeText}`);
    const popup = await openPopup(env.eb, tabId);
    expect(await verdictOf(popup)).toMatchObject({ ...want, evidence: 'complete' });
    await popup.close();
    await page.close();
  });
});

describe('healthy pages and failing requests', () => {
  it('shows a calm "no errors" for a healthy page, with the request count', async () => {
    const { page, tabId } = await visit(env.eb, env.gallery.url('/healthy'));
    await page.waitForFunction(() => document.body.dataset.api === 'yes');
    const popup = await openPopup(env.eb, tabId);
    expect(await verdictOf(popup)).toMatchObject({ state: 'healthy', generator: 'none' });
    expect(await popup.$eval('main', (el) => el.textContent)).toMatch(/No errors seen on this tab.*Requests captured on this page: \d+\. None failed\./s);
    expect((await badgeOf(env.eb.control, tabId)).text).toBe('');
    await popup.close();
    await page.close();
  });

  it('reports a failing API call on a healthy page', async () => {
    const { page, tabId } = await visit(env.eb, env.gallery.url('/app-with-failing-api'));
    await page.waitForFunction(() => document.getElementById('status')?.textContent === 'orders: 502');
    const badge = await waitForBadge(env.eb, tabId, (text) => text !== '');
    expect(badge.text).toBe('1');
    const popup = await openPopup(env.eb, tabId);
    expect(await verdictOf(popup)).toMatchObject({ scope: 'requests', generator: 'nginx', blame: 'upstream-app' });
    expect(await popup.$eval('[data-testid="failed-requests"]', (el) => el.textContent)).toContain('/api/orders');
    await popup.close();
    await page.close();
  });

  it('reports a connection reset as a network failure', async () => {
    const { page, tabId } = await visit(env.eb, env.gallery.url('/reset'));
    const badge = await waitForBadge(env.eb, tabId, (text) => text !== '');
    expect(badge.text).toBe('ERR');
    const popup = await openPopup(env.eb, tabId);
    expect(await verdictOf(popup)).toMatchObject({ blame: 'origin', evidence: 'headers-only' });
    await popup.close();
    await page.close();
  });
});

describe('navigation', () => {
  it('shows no stale verdict after navigating away, and the right one after going back', async () => {
    const failing = pageUrl('nginx', '502-php-fpm-down');
    const { page, tabId } = await visit(env.eb, failing);
    await waitForBadge(env.eb, tabId, (text) => text === '502');
    await page.goto(env.gallery.url('/healthy'));
    await waitForBadge(env.eb, tabId, (text) => text === '');
    let popup = await openPopup(env.eb, tabId);
    expect(await verdictOf(popup)).toMatchObject({ state: 'healthy' });
    await popup.close();
    await page.goBack();
    await waitForBadge(env.eb, tabId, (text) => text === '502');
    popup = await openPopup(env.eb, tabId);
    expect(await verdictOf(popup)).toMatchObject({ generator: 'nginx' });
    await popup.close();
    await page.close();
  });

  it('never mixes two tabs', async () => {
    const a = await visit(env.eb, pageUrl('cloudflare', '521-web-server-down-legacy-design'));
    const b = await visit(env.eb, pageUrl('aws-alb', '504-idle-timeout'));
    const popupA = await openPopup(env.eb, a.tabId);
    const popupB = await openPopup(env.eb, b.tabId);
    expect(await verdictOf(popupA)).toMatchObject({ generator: 'cloudflare' });
    expect(await verdictOf(popupB)).toMatchObject({ generator: 'aws-alb' });
    expect(await popupA.$eval('main', (el) => el.textContent)).not.toContain('awselb');
    for (const p of [popupA, popupB, a.page, b.page]) await p.close();
  });
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

describe('exports', () => {
  const newFile = (extension: string, before: Set<string>) => newDownload(env.eb.downloadsDir, extension, before);

  it('exports a HAR 1.2 file with no secret from a page that set cookies and sent auth headers', async () => {
    const { page, tabId } = await visit(env.eb, env.gallery.url('/secrets'));
    await page.waitForFunction(() => document.getElementById('status')?.textContent === 'account: 502');
    await waitForBadge(env.eb, tabId, (text) => text !== '');
    const popup = await openPopup(env.eb, tabId);
    const before = new Set(readdirSync(env.eb.downloadsDir));
    await popup.click('[data-testid="export-har"]');
    const file = await newFile('.har', before);
    expect(file).toMatch(/^gallery\.faultline\.test_\d{8}T\d{6}Z\.har$/);
    const text = readFileSync(join(env.eb.downloadsDir, file), 'utf8');
    const har = JSON.parse(text);
    expect(harErrors(har)).toEqual([]);
    expect(har.log.entries.length).toBeGreaterThanOrEqual(2);
    for (const secret of Object.values(TEST_SECRETS)) expect(text).not.toContain(secret);
    expect(text).toContain('[redacted:');
    await popup.close();
    await page.close();
  });

  it('exports a bundle holding the HAR, summary.md, diagnosis.json and trace.txt', async () => {
    const { page, tabId } = await visit(env.eb, pageUrl('cloudflare', '521-web-server-down-legacy-design'));
    await waitForBadge(env.eb, tabId, (text) => text === '521');
    const popup = await openPopup(env.eb, tabId);
    await popup.waitForFunction(() => !document.body.textContent?.includes('Fetching…'));
    const before = new Set(readdirSync(env.eb.downloadsDir));
    await popup.click('[data-testid="export-bundle"]');
    const file = await newFile('.zip', before);
    const files = unzipSync(readFileSync(join(env.eb.downloadsDir, file)));
    const names = Object.keys(files).sort();
    expect(names).toHaveLength(4);
    expect(names).toEqual(expect.arrayContaining(['summary.md', 'diagnosis.json', 'trace.txt']));
    expect(names.some((n) => /^cloudflare\.faultline\.test_\d{8}T\d{6}Z\.har$/.test(n))).toBe(true);
    expect(strFromU8(files['trace.txt']!)).toContain('colo=FRA');
    expect(strFromU8(files['trace.txt']!)).not.toContain('198.51.100.23');
    await popup.close();
    await page.close();
  });

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
