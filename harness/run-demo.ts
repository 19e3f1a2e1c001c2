// npm start: serves the error gallery on 127.0.0.1 and opens Chromium with the extension on it.
// The gallery replays each fixture's time to error (capped; GALLERY_DELAY_CAP_MS overrides), so a
// timeout page takes as long as it did for real and the extension measures that itself.
// With a display it stays open for you to click around; without one (CI, a server) it tours one
// page per vendor plus the special routes in two browsers at once, one in English and one whose UI
// is Chinese, prints each verdict as a table, and saves each popup in demo-screenshots/ (light),
// demo-screenshots/dark/ and demo-screenshots/zh-CN/.
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { preparePictureFolders, printTable, runTour, tourStops, type TourRow } from './demo-tour';
import { delayCapFromEnv, startGallery, type Gallery } from './gallery-server';
import { launchWithExtension } from './launch-browser';

const SCREENSHOTS = resolve(import.meta.dirname, '..', 'demo-screenshots');
/** Longer than the longest fixture's time to error (a Cloudflare 524 after its 120 s timer). */
const TOUR_DELAY_CAP_MS = 130_000;
/** The language the second browser's UI speaks: the popup follows the browser's (shared/i18n.ts). */
const SECOND_LANGUAGE = 'zh-CN';

const sameVerdict = (a: TourRow, b: TourRow) => a.status === b.status && a.verdict === b.verdict;

/**
 * Whether fontconfig (which Chromium asks on Linux) knows a font for Simplified Chinese. Without
 * one the zh-CN pictures show empty boxes instead of characters.
 */
const hasChineseFont = () => (spawnSync('fc-list', [':lang=zh-cn', 'family'], { encoding: 'utf8' }).stdout ?? '').trim() !== '';

async function headlessTour(gallery: Gallery): Promise<void> {
  const english = { light: SCREENSHOTS, dark: join(SCREENSHOTS, 'dark') };
  const chinese = { light: join(SCREENSHOTS, SECOND_LANGUAGE) };
  preparePictureFolders(english);
  preparePictureFolders(chinese);
  if (!hasChineseFont()) console.log(`no Chinese font found (fc-list :lang=zh-cn): the ${SECOND_LANGUAGE} pictures will show boxes; Debian's fonts-noto-cjk has one\n`);
  const stops = tourStops(gallery);
  const [en, zh] = await Promise.all([launchWithExtension(), launchWithExtension({ lang: SECOND_LANGUAGE })]);
  try {
    const started = Date.now();
    const [rows, zhRows] = await Promise.all([runTour(en, stops, english), runTour(zh, stops, chinese)]);
    printTable(rows);
    // The verdict does not depend on the language: a difference is a finding, so it is shown.
    const differing = zhRows.filter((row, i) => !sameVerdict(row, rows[i]!));
    if (differing.length > 0) {
      console.log(`\n${SECOND_LANGUAGE}: ${differing.length} page(s) got another verdict:`);
      printTable(differing);
    }
    console.log(`\n${rows.length} pages in ${Math.round((Date.now() - started) / 1000)} s (answers held back up to ${gallery.delayCapMs / 1000} s);`
      + ` popups in ${english.light}/, ${english.dark}/ and ${chinese.light}/`);
  } finally {
    await Promise.all([en.close(), zh.close()].map((closing) => closing.catch(() => undefined)));
  }
}

const gallery = await startGallery({ port: Number(process.env.GALLERY_PORT ?? 0), delayCapMs: delayCapFromEnv() ?? TOUR_DELAY_CAP_MS });
const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY) && process.env.CI !== 'true';
console.log(`error gallery: ${gallery.url('/')} (127.0.0.1:${gallery.port}); each page answers after its fixture's time to error, at most ${gallery.delayCapMs / 1000} s`);
if (hasDisplay) {
  const eb = await launchWithExtension({ headless: false });
  const page = await eb.browser.newPage();
  await page.goto(gallery.url('/'));
  console.log('Chromium is open with Faultline loaded: visit the gallery\'s pages and click the toolbar icon. Ctrl+C to stop.');
  await new Promise<void>((resolve) => {
    process.on('SIGINT', resolve);
    eb.browser.on('disconnected', resolve);
  });
  await eb.close().catch(() => undefined);
} else {
  console.log('no display: touring the gallery headless\n');
  await headlessTour(gallery);
}
await gallery.close();
