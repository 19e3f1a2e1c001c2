// Store screenshots, made from the real build (dist/chrome): for three vendors, the error page with
// the popup beside it, 1280×800 as the Chrome Web Store and AMO take them. The visit and the popup's
// picture are the demo tour's own (popup-shot.ts), so the store shows what the tour shows.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Gallery } from './gallery-server';
import type { ExtensionBrowser } from './launch-browser';
import { visitAndShootPopup, type PopupShown } from './popup-shot';

export type { PopupShown } from './popup-shot';

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

const base64 = (png: Uint8Array) => Buffer.from(png).toString('base64');

/** Writes `<outDir>/<shot.file>.png`: the gallery page `shot` with its popup beside it. */
export async function captureStoreShot(eb: ExtensionBrowser, gallery: Gallery, shot: StoreShot, outDir: string): Promise<{ path: string; popup: PopupShown }> {
  const taken = await visitAndShootPopup(eb, {
    url: gallery.pageUrl(shot),
    page: { viewport: { width: PAGE_WIDTH, height: STORE_SIZE.height }, picture: true },
    popupViewport: { width: POPUP_WIDTH, height: STORE_SIZE.height },
    schemes: ['light'],
    fullPage: false,
  });
  const sheet = await eb.browser.newPage();
  try {
    await sheet.setViewport(STORE_SIZE);
    await sheet.setContent(`<body style="margin:0;display:flex;background:#202124">
      <img src="data:image/png;base64,${base64(taken.page!)}" style="width:${PAGE_WIDTH}px;height:${STORE_SIZE.height}px">
      <img src="data:image/png;base64,${base64(taken.popup.light!)}" style="width:${POPUP_WIDTH}px;height:${STORE_SIZE.height}px;box-shadow:-4px 0 16px #0008">
    </body>`);
    const path = join(outDir, `${shot.file}.png`);
    writeFileSync(path, await sheet.screenshot());
    return { path, popup: taken.shown };
  } finally {
    await sheet.close();
  }
}
