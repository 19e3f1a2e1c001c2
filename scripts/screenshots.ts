// Store screenshots, made from the real build (dist/chrome): for three vendors, the error page with
// the popup beside it, 1280×800 as the Chrome Web Store and AMO take them.
//   npm run screenshots   → rewrites docs/screenshots/*.png (a deliberate act: they are tracked)
// test/e2e/store-screenshots.test.ts runs the same capture into a temporary folder and checks it.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { badgeOf, tabIdOf } from '../harness/extension-page';
import { startGallery, type Gallery } from '../harness/gallery-server';
import { launchWithExtension, until, type ExtensionBrowser } from '../harness/launch-browser';

/** The size both stores take screenshots in. */
export const STORE_SIZE = { width: 1280, height: 800 } as const;
const POPUP_WIDTH = 440;
const PAGE_WIDTH = STORE_SIZE.width - POPUP_WIDTH;

export interface StoreShot { folder: string; name: string; file: string }

export const STORE_SHOTS: StoreShot[] = [
  { folder: 'cloudflare', name: '521-web-server-down-legacy-design', file: 'cloudflare-521' },
  { folder: 'nginx', name: 'via-cloudflare-502', file: 'nginx-502-behind-cloudflare' },
  { folder: 'aws-alb', name: '504-idle-timeout', file: 'aws-alb-504' },
];

/** What the popup in a screenshot showed, so a test can check the picture says what it should. */
export interface PopupShown {
  headline: string;
  generator: string;
  blame: string;
  /** The popup document's scrolling width and visible width: equal unless something overflows sideways. */
  scrollWidth: number;
  clientWidth: number;
}

/** Writes `<outDir>/<shot.file>.png`: the gallery page `shot` with its popup beside it. */
export async function captureStoreShot(eb: ExtensionBrowser, gallery: Gallery, shot: StoreShot, outDir: string): Promise<{ path: string; popup: PopupShown }> {
  const url = gallery.pageUrl(shot);
  const page = await eb.browser.newPage();
  await page.setViewport({ width: PAGE_WIDTH, height: STORE_SIZE.height });
  await page.goto(url);
  const tabId = await tabIdOf(eb.control, url);
  await until('the badge', async () => ((await badgeOf(eb.control, tabId)).text !== '' ? true : undefined));
  const pageShot = Buffer.from(await page.screenshot({ encoding: 'binary' })).toString('base64');
  const popup = await eb.browser.newPage();
  await popup.setViewport({ width: POPUP_WIDTH, height: STORE_SIZE.height });
  await popup.goto(eb.popupUrl(tabId));
  await popup.waitForSelector('[data-testid="verdict"][data-evidence="complete"]');
  await popup.waitForFunction(() => !document.body.textContent?.includes('Fetching…'));
  const shown = await popup.$eval('[data-testid="verdict"]', (el) => ({
    headline: el.querySelector('h1')?.textContent?.trim() ?? '',
    generator: (el as HTMLElement).dataset.generator ?? '',
    blame: (el as HTMLElement).dataset.blame ?? '',
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  const popupShot = Buffer.from(await popup.screenshot({ encoding: 'binary' })).toString('base64');
  const sheet = await eb.browser.newPage();
  await sheet.setViewport(STORE_SIZE);
  await sheet.setContent(`<body style="margin:0;display:flex;background:#202124">
    <img src="data:image/png;base64,${pageShot}" style="width:${PAGE_WIDTH}px;height:${STORE_SIZE.height}px">
    <img src="data:image/png;base64,${popupShot}" style="width:${POPUP_WIDTH}px;height:${STORE_SIZE.height}px;box-shadow:-4px 0 16px #0008">
  </body>`);
  const path = join(outDir, `${shot.file}.png`);
  await sheet.screenshot({ path });
  for (const p of [sheet, popup, page]) await p.close();
  return { path, popup: shown };
}

async function writeDocsScreenshots(): Promise<void> {
  const outDir = resolve(import.meta.dirname, '..', 'docs', 'screenshots');
  mkdirSync(outDir, { recursive: true });
  const gallery = await startGallery();
  const eb = await launchWithExtension();
  try {
    for (const shot of STORE_SHOTS) console.log((await captureStoreShot(eb, gallery, shot, outDir)).path);
  } finally {
    await eb.close();
    await gallery.close();
  }
}

if (process.argv[1] === import.meta.filename) await writeDocsScreenshots();
