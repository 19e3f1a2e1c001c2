// The popup passes an automated accessibility audit (axe-core, WCAG 2.1 A and AA, contrast included)
// in light and dark mode, is usable with the keyboard alone, and speaks Simplified Chinese in a
// Chinese browser, summary included.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGallery, type Gallery } from '../../harness/gallery-server';
import { launchWithExtension, type ExtensionBrowser } from '../../harness/launch-browser';
import { axeViolations as audit } from './axe';
import { openPopup, tabIdOf, verdictOf, waitForBadge } from './support';

let gallery: Gallery;

beforeAll(async () => {
  gallery = await startGallery();
});
afterAll(async () => {
  await gallery?.close();
});

const fixtureUrl = (folder: string, name: string) => gallery.pageUrl({ folder, name });

async function failedPopup(eb: ExtensionBrowser, folder: string, name: string) {
  const page = await eb.browser.newPage();
  const url = fixtureUrl(folder, name);
  await page.goto(url);
  const tabId = await tabIdOf(eb.control, url);
  await waitForBadge(eb, tabId, (text) => text !== '');
  const popup = await openPopup(eb, tabId);
  return { page, popup, tabId };
}

describe('accessibility', () => {
  let eb: ExtensionBrowser;
  beforeAll(async () => {
    eb = await launchWithExtension();
  });
  afterAll(async () => {
    await eb?.close();
  });

  it.each(['light', 'dark'])('the failure popup has no axe violations in %s mode', async (scheme) => {
    const { page, popup } = await failedPopup(eb, 'cloudflare', '521-web-server-down-legacy-design');
    await popup.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
    await popup.evaluate(() => document.querySelectorAll('details').forEach((d) => { d.open = true; }));
    expect(await audit(popup)).toEqual([]);
    await popup.close();
    await page.close();
  });

  it('the healthy popup has no axe violations', async () => {
    const page = await eb.browser.newPage();
    await page.goto(gallery.url('/healthy'));
    const popup = await openPopup(eb, await tabIdOf(eb.control, gallery.url('/healthy')));
    expect(await audit(popup)).toEqual([]);
    await popup.close();
    await page.close();
  });

  it('reaches every control with the keyboard, with a visible focus', async () => {
    const { page, popup } = await failedPopup(eb, 'nginx', '502-php-fpm-down');
    const reached = new Set<string>();
    for (let i = 0; i < 60; i++) {
      await popup.keyboard.press('Tab');
      const focused = await popup.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const style = getComputedStyle(el);
        return { id: el.dataset.testid ?? el.tagName.toLowerCase(), outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2 };
      });
      if (focused) {
        expect(focused.outline, `${focused.id} shows its focus`).toBe(true);
        reached.add(focused.id);
      }
    }
    for (const id of ['copy-summary', 'export-har', 'export-bundle', 'include-sensitive', 'summary-language']) expect(reached).toContain(id);
    // The sensitive-data toggle works from the keyboard and shows its warning.
    await popup.focus('[data-testid="include-sensitive"]');
    await popup.keyboard.press('Space');
    expect(await popup.$eval('[role="alert"]', (el) => el.textContent)).toMatch(/cookies and tokens/);
    await popup.close();
    await page.close();
  });

  it('respects reduced motion', async () => {
    const { page, popup } = await failedPopup(eb, 'nginx', '502-php-fpm-down');
    await popup.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
    const moving = await popup.evaluate(() => [...document.querySelectorAll('*')].filter((el) => {
      const s = getComputedStyle(el);
      return parseFloat(s.transitionDuration) > 0 || s.animationName !== 'none';
    }).length);
    expect(moving).toBe(0);
    await popup.close();
    await page.close();
  });
});

describe('in a Simplified Chinese browser', () => {
  let eb: ExtensionBrowser;
  beforeAll(async () => {
    eb = await launchWithExtension({ lang: 'zh-CN' });
  });
  afterAll(async () => {
    await eb?.close();
  });

  it('shows the popup, the verdict and the badge tooltip in Chinese, and copies the summary in either language', async () => {
    const { page, popup, tabId } = await failedPopup(eb, 'cloudflare', '521-web-server-down-legacy-design');
    expect(await verdictOf(popup)).toMatchObject({ generator: 'cloudflare', blame: 'origin' });
    const text = await popup.$eval('main', (el) => el.textContent ?? '');
    expect(text).toContain('无法从该网站的源站服务器获得有效响应');
    expect(text).toContain('复制技术支持摘要');
    expect(text).toContain('可能的原因');
    const title = await eb.control.evaluate((id) => (globalThis as unknown as { chrome: { action: { getTitle(d: object): Promise<string> } } }).chrome.action.getTitle({ tabId: id }), tabId);
    expect(title).toMatch(/^Faultline：.* 上 HTTP 521 — /);

    await eb.browser.defaultBrowserContext().overridePermissions(`chrome-extension://${eb.extensionId}`, ['clipboard-read', 'clipboard-write', 'clipboard-sanitized-write']);
    await popup.bringToFront();
    await popup.click('[data-testid="copy-summary"]');
    await popup.waitForFunction(() => document.querySelector('[data-testid="copy-summary"]')?.textContent === '已复制 ✓');
    expect(await popup.evaluate(() => navigator.clipboard.readText())).toContain('Faultline 技术支持摘要');

    await popup.select('[data-testid="summary-language"]', 'en');
    await popup.click('[data-testid="copy-summary"]');
    await popup.waitForFunction(async () => (await navigator.clipboard.readText()).startsWith('Faultline support summary'));
    await popup.close();
    await page.close();
  });
});
