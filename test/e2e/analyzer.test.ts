// The HAR analyzer end to end: a HAR with five vendors' failures between healthy entries, opened in
// the extension's page (Chromium and Firefox) and in the static web build loaded from file:// (both
// browsers): one row per failed entry with the writer, layer and blame the fixture expects, grouped
// by layer and writer; the entry's details in the popup's views; who acts; every entry on demand;
// the waterfall marks the failures; the redaction report is there before an export; bad input is one
// clear error; a Playwright zip is unpacked in the page. axe finds nothing on the loaded page.
import { zipSync, strToU8 } from 'fflate';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'puppeteer';
import { describe, expect, it } from 'vitest';
import { launchWithExtension } from '../../harness/launch-browser';
import { buildFirefoxE2e, launchFirefoxWithExtension } from '../../harness/launch-firefox';
import { vendorHar } from '../support/vendor-har';
import { axeViolations } from './axe';
import { completedDownload, openPopup, until, visit, withGalleryAndBrowser } from './support';

const WEB_PAGE = pathToFileURL(join(import.meta.dirname, '..', '..', 'dist', 'web', 'index.html')).href;
const VENDORS = [
  'cloudflare/521-web-server-down-legacy-design', 'nginx/502-php-fpm-down', 'aws-alb/504-idle-timeout', 'huawei-waf/418-block-page', 'haproxy/503-no-server-available',
];
const { har, expected } = vendorHar(VENDORS);
const HAR_TEXT = JSON.stringify(har);

/** Opens `text` as the file `name` through the page's file input, as a user picking it would. */
async function openFile(page: Page, name: string, bytes: string | number[]): Promise<void> {
  await page.waitForSelector('[data-testid="har-input"]');
  await page.evaluate((fileName, data) => {
    const input = document.querySelector<HTMLInputElement>('[data-testid="har-input"]')!;
    const transfer = new DataTransfer();
    transfer.items.add(new File([typeof data === 'string' ? data : new Uint8Array(data)], fileName));
    input.files = transfer.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
  }, name, bytes);
}

const rowsOf = (page: Page) => page.$$eval('[data-testid="entry-verdict"]', (els) => els.map((el) => {
  const { entry, generator, layer, blame } = (el as HTMLElement).dataset;
  return { entry: Number(entry), generator, layer, blame };
}));

function analyzerSuite(name: string, open: () => Promise<Page>, withAudit: boolean) {
  describe(name, () => {
    it('lists every failed entry with its writer, layer and blame, and shows the entry in the popup\'s views', async () => {
      const page = await open();
      expect(await page.$eval('[data-testid="offline-note"]', (el) => el.textContent)).toContain('nothing is uploaded or sent anywhere');
      await openFile(page, 'customer.har', HAR_TEXT);
      const analysis = await page.waitForSelector('[data-testid="analysis"]', { timeout: 30_000 });
      expect(await analysis!.evaluate((el) => ({ ...(el as HTMLElement).dataset }))).toMatchObject({ entries: String(har.log.entries.length), failures: String(expected.length) });
      const rows = await rowsOf(page);
      expect([...rows].sort((a, b) => a.entry - b.entry)).toEqual(expected.map(({ entry, generator, layer, blame }) => ({ entry, generator, layer, blame })));
      // Grouped by layer and writer: each group holds only its own rows.
      const groups = await page.$$eval('[data-testid="group"]', (els) => els.map((el) => ({
        layer: (el as HTMLElement).dataset.layer, generator: (el as HTMLElement).dataset.generator,
        rows: [...el.querySelectorAll<HTMLElement>('[data-testid="entry-verdict"]')].map((r) => [r.dataset.layer, r.dataset.generator]),
      })));
      expect(groups.length).toBe(new Set(expected.map((e) => `${e.layer}/${e.generator}`)).size);
      for (const group of groups) expect(group.rows.every(([layer, generator]) => layer === group.layer && generator === group.generator)).toBe(true);
      // An entry's details: the verdict, the path and the audience tabs the popup draws.
      const nginx = expected.find((e) => e.generator === 'nginx')!;
      await page.click(`[data-testid="entry-verdict"][data-entry="${nginx.entry}"]`);
      await page.waitForSelector(`[data-testid="entry-details"][data-entry="${nginx.entry}"]`);
      expect(await page.$eval('[data-testid="entry-details"] [data-testid="verdict"]', (el) => ({ ...(el as HTMLElement).dataset }))).toMatchObject({ generator: 'nginx', blame: nginx.blame });
      expect(await page.$$eval('[data-testid="entry-details"] [data-testid="audience-tabs"] [role="tab"]', (els) => els.length)).toBe(2);
      expect(await page.$eval('[data-testid="who-acts"]', (el) => (el as HTMLElement).dataset.party)).toBe('site-owner');
      // The redaction report is there before any export.
      await page.waitForSelector('[data-testid="redaction-report"]');
      if (withAudit) expect(await axeViolations(page)).toEqual([]);
      await page.close();
    });

    it('filters, lists every entry on demand, and marks the failures on the waterfall', async () => {
      const page = await open();
      await openFile(page, 'customer.har', HAR_TEXT);
      await page.waitForSelector('[data-testid="analysis"]', { timeout: 30_000 });
      expect(await page.$eval('[data-testid="waterfall"]', (el) => ({ ...(el as HTMLElement).dataset }))).toEqual({ testid: 'waterfall', bars: String(har.log.entries.length), failed: String(expected.length) });
      await page.select('[data-testid="filter-generator"]', 'cloudflare');
      await until('the filter to apply', async () => (await rowsOf(page)).length === 1);
      expect((await rowsOf(page)).map((r) => r.generator)).toEqual(['cloudflare']);
      await page.select('[data-testid="filter-generator"]', '');
      await page.click('[data-testid="show-all"]');
      await page.waitForSelector('[data-testid="entry-row"]');
      const all = await page.$$eval('[data-testid="entry-row"]', (els) => els.map((el) => (el as HTMLElement).dataset.failed));
      expect(all.length).toBe(har.log.entries.length);
      expect(all.filter((f) => f === 'true').length).toBe(expected.length);
      await page.close();
    });

    it('says in one line what is wrong with a file that is not a HAR', async () => {
      const page = await open();
      await openFile(page, 'notes.har', '{"hello": "world"}');
      const error = await page.waitForSelector('[data-testid="analyzer-error"]', { timeout: 30_000 });
      expect(await error!.evaluate((el) => el.textContent)).toBe('not a HAR file: expected {"log":{"entries":[…]}}');
      await openFile(page, 'broken.har', '{"log": ');
      await page.waitForFunction(() => document.querySelector('[data-testid="analyzer-error"]')?.textContent?.startsWith('broken.har: not JSON'));
      await page.close();
    });
  });
}

/** A Playwright recording (recordHar to a .zip): the bodies are files beside the HAR. */
function playwrightZip(): number[] {
  const { har: zipped } = vendorHar(['nginx/502-php-fpm-down']);
  const failed = zipped.log.entries[1] as { response: { content: Record<string, unknown> } };
  const body = failed.response.content.text as string;
  failed.response.content = { size: body.length, mimeType: 'text/html', _file: 'resources/abc123.html' };
  return [...zipSync({ 'har.har': strToU8(JSON.stringify(zipped)), 'resources/abc123.html': strToU8(body) })];
}

describe('Chromium', () => {
  const env = withGalleryAndBrowser(() => launchWithExtension());
  const newPage = async (url: string) => {
    const page = await env.eb.browser.newPage();
    await page.goto(url);
    return page;
  };
  analyzerSuite('the extension page', () => newPage(`chrome-extension://${env.eb.extensionId}/src/analyzer/analyzer.html`), true);
  analyzerSuite('the web build from file://', () => newPage(WEB_PAGE), true);

  it('is opened from the popup, in a new tab', async () => {
    const { page, tabId } = await visit(env.eb, env.gallery.url('/healthy'));
    const popup = await openPopup(env.eb, tabId);
    const link = await popup.waitForSelector('[data-testid="open-analyzer"]');
    const analyzerUrl = `chrome-extension://${env.eb.extensionId}/src/analyzer/analyzer.html`;
    expect(await link!.evaluate((el) => (el as HTMLAnchorElement).href)).toBe(analyzerUrl);
    const opened = env.eb.browser.waitForTarget((target) => target.url() === analyzerUrl);
    await link!.click();
    const analyzer = await (await opened).asPage();
    await analyzer.waitForSelector('[data-testid="har-input"]');
    await Promise.all([analyzer.close(), popup.close(), page.close()]);
  });

  it('exports the sanitized HAR after showing what it removes', async () => {
    const SECRET = 'Bearer sk_live_analyzer_e2e_0123456789abcdef';
    const withSecret = structuredClone(har) as typeof har;
    (withSecret.log.entries[1] as { request: { headers: { name: string; value: string }[] } }).request.headers.push({ name: 'Authorization', value: SECRET });
    const page = await newPage(`chrome-extension://${env.eb.extensionId}/src/analyzer/analyzer.html`);
    await openFile(page, 'secret.har', JSON.stringify(withSecret));
    const kind = await page.waitForSelector('[data-testid="redaction-report"] [data-kind="auth-headers"]', { timeout: 30_000 });
    expect(Number(await kind!.evaluate((el) => (el as HTMLElement).dataset.count))).toBeGreaterThanOrEqual(1);
    const before = new Set(readdirSync(env.eb.downloadsDir));
    await page.click('[data-testid="export-har"]');
    const saved = await completedDownload(env.eb, '.har', before);
    const text = readFileSync(saved, 'utf8');
    expect(text).not.toContain('sk_live_analyzer_e2e');
    expect((JSON.parse(text) as typeof har).log.entries).toHaveLength(withSecret.log.entries.length);
    expect(await page.$eval('[data-testid="export-status"]', (el) => el.textContent)).toMatch(/^Saved .+\.har$/);
    await page.close();
  });

  it('unpacks a Playwright zip in the page and reads the bodies beside the HAR', async () => {
    const page = await newPage(WEB_PAGE);
    await openFile(page, 'trace.zip', playwrightZip());
    await page.waitForSelector('[data-testid="analysis"]', { timeout: 30_000 });
    expect((await rowsOf(page)).map((r) => r.generator)).toEqual(['nginx']);
    await page.close();
  });
});

describe('Firefox', () => {
  const env = withGalleryAndBrowser(() => launchFirefoxWithExtension({ dist: buildFirefoxE2e() }));
  /** BiDi cannot navigate to moz-extension://: the extension opens its own page in a tab. */
  const extensionPage = async () => {
    const url = `moz-extension://${env.eb.extensionId}/src/analyzer/analyzer.html?open=${Date.now()}`;
    await env.eb.control.evaluate((u) => (globalThis as unknown as { browser: { tabs: { create(p: object): Promise<unknown> } } }).browser.tabs.create({ url: u }), url);
    return until('the analyzer page', async () => {
      for (const page of await (env.eb.browser as Browser).pages()) {
        if ((await page.evaluate(() => location.href).catch(() => '')) === url) return page;
      }
      return undefined;
    });
  };
  const webPage = async () => {
    const page = await env.eb.browser.newPage();
    await page.goto(WEB_PAGE);
    return page;
  };
  analyzerSuite('the extension page', extensionPage, false);
  analyzerSuite('the web build from file://', webPage, false);
});
