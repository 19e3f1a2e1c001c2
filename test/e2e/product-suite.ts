// What every browser build must do, written once: the Chromium suite (extension.test.ts) and the
// Firefox suite (firefox.test.ts) each run these with their own way of opening the popup. People land on a failing page, the badge lights up, the popup names
// the failed hop; exports work and hold no secret; nothing mixes between tabs.
import { strFromU8, unzipSync } from 'fflate';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import type { Browser, Page } from 'puppeteer';
import { describe, expect, it } from 'vitest';
import { TEST_SECRETS, type Gallery } from '../../harness/gallery-server';
import { harErrors } from '../support/har-validator';
import { badgeOf, completedDownload, verdictOf, verdictShown, visit, waitForBadge } from './support';

export interface BrowserDriver {
  /** The popup of the tab, once it shows a verdict (not "reading the page…"). */
  openPopup(tabId: number): Promise<Page>;
  /** The browser a HAR's log.browser names. */
  browserName: string;
}

interface Env { gallery: Gallery; eb: { browser: Browser; control: Page; downloadsDir: string } }

export function describeProduct(env: Env, driver: BrowserDriver): void {
  const pageUrl = (folder: string, name: string) => env.gallery.pageUrl({ folder, name });
  const downloadsNow = () => new Set(readdirSync(env.eb.downloadsDir));

  describe('vendor pages', () => {
    it.each([
      ['cloudflare', '521-web-server-down-legacy-design', '521', { generator: 'cloudflare', layer: 'cdn', blame: 'origin' }],
      ['nginx', '502-php-fpm-down', '502', { generator: 'nginx', layer: 'reverse-proxy', blame: 'upstream-app' }],
      ['nginx', 'via-cloudflare-502', '502', { generator: 'nginx', layer: 'reverse-proxy', blame: 'upstream-app' }],
      ['aws-alb', '504-idle-timeout', '504', { generator: 'aws-alb', layer: 'load-balancer', blame: 'upstream-app' }],
      ['huawei-waf', '418-block-page', '418', { generator: 'huawei-waf', layer: 'waf', blame: 'none' }],
      ['haproxy', '503-no-server-available', '503', { generator: 'haproxy', layer: 'load-balancer', blame: 'upstream-app' }],
      // A WAF's block page served as a 200: read because F5's cookies came with it, shown as a block.
      ['f5', '200-asm-default-block', '200', { generator: 'f5', layer: 'waf', blame: 'none' }],
    ])('%s/%s: badge %s and the right verdict', async (folder, name, badgeText, want) => {
      const { page, tabId } = await visit(env.eb, pageUrl(folder, name));
      const badge = await waitForBadge(env.eb, tabId, (text) => text !== '');
      expect(badge.text).toBe(badgeText);
      expect(badge.title).toContain(`HTTP ${badgeText}`);
      const popup = await driver.openPopup(tabId);
      expect(await verdictOf(popup)).toMatchObject({ ...want, evidence: 'complete' });
      await popup.close();
      await page.close();
    });
  });

  describe('healthy pages and failing requests', () => {
    it('shows a calm "no errors" for a healthy page, with the request count', async () => {
      const { page, tabId } = await visit(env.eb, env.gallery.url('/healthy'));
      await page.waitForFunction(() => document.body.dataset.api === 'yes');
      const popup = await driver.openPopup(tabId);
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
      const popup = await driver.openPopup(tabId);
      expect(await verdictOf(popup)).toMatchObject({ scope: 'requests', generator: 'nginx', blame: 'upstream-app' });
      expect(await popup.$eval('[data-testid="failed-requests"]', (el) => el.textContent)).toContain('/api/orders');
      await popup.close();
      await page.close();
    });

    it('updates an open popup when a request fails after it opened (the worker pushes; the popup never re-asks)', async () => {
      const { page, tabId } = await visit(env.eb, env.gallery.url('/healthy'));
      await page.waitForFunction(() => document.body.dataset.api === 'yes');
      const popup = await driver.openPopup(tabId);
      expect(await verdictOf(popup)).toMatchObject({ state: 'healthy', generator: 'none' });
      expect(await page.evaluate(() => fetch('/api/orders').then((r) => r.status))).toBe(502);
      await popup.waitForSelector('[data-testid="verdict"][data-state="failure"]', { timeout: 10_000 });
      await verdictShown(popup);
      expect(await verdictOf(popup)).toMatchObject({ scope: 'requests', generator: 'nginx', blame: 'upstream-app' });
      expect(await popup.$eval('[data-testid="failed-requests"]', (el) => el.textContent)).toContain('/api/orders');
      await popup.close();
      await page.close();
    });

    it('reports a connection reset as a network failure', async () => {
      const { page, tabId } = await visit(env.eb, env.gallery.url('/reset'));
      const badge = await waitForBadge(env.eb, tabId, (text) => text !== '');
      expect(badge.text).toBe('ERR');
      const popup = await driver.openPopup(tabId);
      expect(await verdictOf(popup)).toMatchObject({ blame: 'origin', evidence: 'headers-only' });
      await popup.close();
      await page.close();
    });
  });

  describe('tabs', () => {
    it('shows no stale verdict after navigating away, and the right one after going back', async () => {
      const { page, tabId } = await visit(env.eb, pageUrl('nginx', '502-php-fpm-down'));
      await waitForBadge(env.eb, tabId, (text) => text === '502');
      await page.goto(env.gallery.url('/healthy'));
      await waitForBadge(env.eb, tabId, (text) => text === '');
      let popup = await driver.openPopup(tabId);
      expect(await verdictOf(popup)).toMatchObject({ state: 'healthy' });
      await popup.close();
      // From the page itself: puppeteer's goBack() never resolves in Firefox ESR over BiDi (it waits
      // on a navigation event). The badge says when the older page is shown again.
      await page.evaluate(() => history.back());
      await waitForBadge(env.eb, tabId, (text) => text === '502');
      popup = await driver.openPopup(tabId);
      expect(await verdictOf(popup)).toMatchObject({ generator: 'nginx' });
      await popup.close();
      await page.close();
    });

    it('never mixes two tabs', async () => {
      const a = await visit(env.eb, pageUrl('cloudflare', '521-web-server-down-legacy-design'));
      const b = await visit(env.eb, pageUrl('aws-alb', '504-idle-timeout'));
      await waitForBadge(env.eb, a.tabId, (text) => text === '521');
      await waitForBadge(env.eb, b.tabId, (text) => text === '504');
      const popupA = await driver.openPopup(a.tabId);
      const popupB = await driver.openPopup(b.tabId);
      expect(await verdictOf(popupA)).toMatchObject({ generator: 'cloudflare' });
      expect(await verdictOf(popupB)).toMatchObject({ generator: 'aws-alb' });
      expect(await popupA.$eval('main', (el) => el.textContent)).not.toContain('awselb');
      expect(await popupB.$eval('main', (el) => el.textContent)).not.toContain('cloudflare.faultline.test');
      for (const p of [popupA, popupB, a.page, b.page]) await p.close();
    });
  });

  describe('exports', () => {
    it('downloads a sanitized HAR 1.2 file from a page that set cookies and sent auth headers', async () => {
      const { page, tabId } = await visit(env.eb, env.gallery.url('/secrets'));
      await page.waitForFunction(() => document.getElementById('status')?.textContent === 'account: 502');
      await waitForBadge(env.eb, tabId, (text) => text !== '');
      const popup = await driver.openPopup(tabId);
      const before = downloadsNow();
      await popup.click('[data-testid="export-har"]');
      const path = await completedDownload(env.eb, '.har', before);
      expect(basename(path)).toMatch(/^gallery\.faultline\.test_\d{8}T\d{6}Z\.har$/);
      expect(dirname(path)).toBe(env.eb.downloadsDir);
      const text = readFileSync(path, 'utf8');
      const har = JSON.parse(text);
      expect(harErrors(har)).toEqual([]);
      expect(har.log.entries.length).toBeGreaterThanOrEqual(2);
      expect(har.log.browser?.name).toBe(driver.browserName);
      for (const secret of Object.values(TEST_SECRETS)) expect(text).not.toContain(secret);
      expect(text).toContain('[redacted:');
      await popup.close();
      await page.close();
    });

    it('shows what an export removes before it, and a kept kind stays in the file', async () => {
      const { page, tabId } = await visit(env.eb, env.gallery.url('/secrets'));
      await page.waitForFunction(() => document.getElementById('status')?.textContent === 'account: 502');
      await waitForBadge(env.eb, tabId, (text) => text !== '');
      const popup = await driver.openPopup(tabId);
      const report = '[data-testid="redaction-report"]';
      await popup.waitForSelector(report);
      await popup.$eval(report, (el) => ((el as HTMLDetailsElement).open = true));
      const counts = await popup.$$eval(`${report} li`, (items) => Object.fromEntries(items.map((li) => [li.dataset.kind, Number(li.dataset.count)])));
      expect(counts.cookies).toBeGreaterThan(0);
      expect(counts['auth-headers']).toBeGreaterThan(0);
      expect(counts['url-tokens']).toBeGreaterThan(0);
      const totalBefore = Number(await popup.$eval(report, (el) => (el as HTMLElement).dataset.total));
      await popup.click('[data-testid="keep-cookies"]');
      await popup.waitForFunction((before) => Number((document.querySelector('[data-testid="redaction-report"]') as HTMLElement).dataset.total) < before, {}, totalBefore);
      const before = downloadsNow();
      await popup.click('[data-testid="export-har"]');
      const text = readFileSync(await completedDownload(env.eb, '.har', before), 'utf8');
      expect(text).toContain(TEST_SECRETS.cookie);
      expect(text).not.toContain(TEST_SECRETS.apiKey);
      expect(text).not.toContain(TEST_SECRETS.bearer);
      await popup.close();
      await page.close();
    });

    it('downloads a bundle holding the HAR, summary.md, diagnosis.json and the trace the worker fetched', async () => {
      const { page, tabId } = await visit(env.eb, pageUrl('cloudflare', '521-web-server-down-legacy-design'));
      await waitForBadge(env.eb, tabId, (text) => text === '521');
      const popup = await driver.openPopup(tabId);
      await popup.waitForFunction(() => !document.body.textContent?.includes('Fetching…'));
      const before = downloadsNow();
      await popup.click('[data-testid="export-bundle"]');
      const files = unzipSync(readFileSync(await completedDownload(env.eb, '.zip', before)));
      const names = Object.keys(files).sort();
      expect(names).toHaveLength(4);
      expect(names).toEqual(expect.arrayContaining(['summary.md', 'diagnosis.json', 'trace.txt']));
      expect(names.some((n) => /^521-web-server-down-legacy-design\.cloudflare\.faultline\.test_\d{8}T\d{6}Z\.har$/.test(n))).toBe(true);
      // The gallery's trace names the colo of the fixture's own Ray ID (…-LHR).
      expect(strFromU8(files['trace.txt']!)).toContain('colo=LHR');
      expect(strFromU8(files['trace.txt']!)).not.toContain('198.51.100.23');
      await popup.close();
      await page.close();
    });
  });
}
