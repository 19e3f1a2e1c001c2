// Store screenshots, made from the real build: for three vendors, the error page with the popup
// beside it, 1280×800 as the Chrome Web Store and AMO take them, written to docs/screenshots/.
import { mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension } from '../../harness/launch-browser';
import { tabIdOf, waitForBadge, withGalleryAndBrowser } from './support';

const OUT = join(import.meta.dirname, '..', '..', 'docs', 'screenshots');
const SHOTS: [string, string, string][] = [
  ['cloudflare', '521-web-server-down-legacy-design', 'cloudflare-521'],
  ['nginx', 'via-cloudflare-502', 'nginx-502-behind-cloudflare'],
  ['aws-alb', '504-idle-timeout', 'aws-alb-504'],
];

const env = withGalleryAndBrowser(() => launchWithExtension());
beforeAll(() => mkdirSync(OUT, { recursive: true }));

describe('store screenshots', () => {
  it.each(SHOTS)('%s/%s → docs/screenshots/%s.png', async (folder, name, file) => {
    const url = env.gallery.pageUrl({ folder, name });
    const page = await env.eb.browser.newPage();
    await page.setViewport({ width: 840, height: 800 });
    await page.goto(url);
    const tabId = await tabIdOf(env.eb.control, url);
    await waitForBadge(env.eb, tabId, (text) => text !== '');
    const pageShot = Buffer.from(await page.screenshot({ encoding: 'binary' })).toString('base64');
    const popup = await env.eb.browser.newPage();
    await popup.setViewport({ width: 440, height: 800 });
    await popup.goto(env.eb.popupUrl(tabId));
    await popup.waitForSelector('[data-testid="verdict"][data-evidence="complete"]');
    await popup.waitForFunction(() => !document.body.textContent?.includes('Fetching…'));
    const popupShot = Buffer.from(await popup.screenshot({ encoding: 'binary' })).toString('base64');
    const sheet = await env.eb.browser.newPage();
    await sheet.setViewport({ width: 1280, height: 800 });
    await sheet.setContent(`<body style="margin:0;display:flex;background:#202124">
      <img src="data:image/png;base64,${pageShot}" style="width:840px;height:800px">
      <img src="data:image/png;base64,${popupShot}" style="width:440px;height:800px;box-shadow:-4px 0 16px #0008">
    </body>`);
    await sheet.screenshot({ path: join(OUT, `${file}.png`) });
    expect(statSync(join(OUT, `${file}.png`)).size).toBeGreaterThan(20_000);
    for (const p of [sheet, popup, page]) await p.close();
  });
});
