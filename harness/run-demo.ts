// npm start: serves the error gallery on 127.0.0.1 and opens Chromium with the extension on it.
// With a display it stays open for you to click around; without one (CI, a server) it visits one
// page per vendor plus the special routes, prints each verdict as a table, and saves a screenshot
// of each popup in demo-screenshots/.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { startGallery, type Gallery } from './gallery-server';
import { badgeOf, stateOf, tabIdOf } from './extension-page';
import { launchWithExtension, type ExtensionBrowser } from './launch-browser';

const SCREENSHOTS = resolve(import.meta.dirname, '..', 'demo-screenshots');

interface Row { page: string; status: string; verdict: string; badge: string; ms: number }

async function visit(eb: ExtensionBrowser, url: string, label: string): Promise<Row> {
  const started = Date.now();
  const page = await eb.browser.newPage();
  await page.goto(url).catch(() => undefined);
  const tabId = await tabIdOf(eb.control, url);
  const popup = await eb.browser.newPage();
  await popup.setViewport({ width: 440, height: 600 });
  await popup.goto(eb.popupUrl(tabId));
  await popup.waitForSelector('[data-testid="verdict"][data-settled="true"]', { timeout: 15_000 }).catch(() => undefined);
  const state = await stateOf(popup, tabId);
  const badge = (await badgeOf(eb.control, tabId)).text;
  await popup.screenshot({ path: join(SCREENSHOTS, `${label.replace(/[^a-z0-9-]+/gi, '_')}.png`), fullPage: true });
  await popup.close();
  await page.close();
  const d = state.kind === 'failure' ? state.diagnosis : undefined;
  return {
    page: label,
    status: d ? String(d.status || d.failure || 'ERR') : state.kind,
    verdict: d ? `${d.generator} (${d.layer}) · blame ${d.blame}${d.failure ? ` / ${d.failure}` : ''} · ${Math.round(d.confidence * 100)}%` : state.kind,
    badge: badge || '—',
    ms: Date.now() - started,
  };
}

function printTable(rows: Row[]): void {
  const widths = { page: Math.max(4, ...rows.map((r) => r.page.length)), status: 6, badge: 5 };
  console.log(`${'page'.padEnd(widths.page)}  ${'status'.padEnd(widths.status)}  ${'badge'.padEnd(widths.badge)}  verdict`);
  console.log('-'.repeat(widths.page + 60));
  for (const r of rows) console.log(`${r.page.padEnd(widths.page)}  ${r.status.padEnd(widths.status)}  ${r.badge.padEnd(widths.badge)}  ${r.verdict}`);
}

async function headlessTour(gallery: Gallery, eb: ExtensionBrowser): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const onePerVendor = [...new Map(gallery.pages.filter((p) => p.status >= 400 && !p.name.startsWith('wild-')).map((p) => [p.folder, p])).values()];
  const routes: [string, string][] = [
    ...onePerVendor.map((p): [string, string] => [`${p.folder}/${p.name}`, gallery.pageUrl(p)]),
    ['healthy page', gallery.url('/healthy')],
    ['failing API call', gallery.url('/app-with-failing-api')],
    ['slow route (504 after 3 s)', gallery.url('/slow?ms=3000')],
    ['connection reset', gallery.url('/reset')],
  ];
  const rows: Row[] = [];
  for (const [label, url] of routes) rows.push(await visit(eb, url, label));
  printTable(rows);
  console.log(`\n${rows.length} pages; popup screenshots in ${SCREENSHOTS}/`);
}

const gallery = await startGallery(Number(process.env.GALLERY_PORT ?? 0));
const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY) && process.env.CI !== 'true';
const eb = await launchWithExtension({ headless: !hasDisplay });
console.log(`error gallery: ${gallery.url('/')} (127.0.0.1:${gallery.port})`);
if (hasDisplay) {
  const page = await eb.browser.newPage();
  await page.goto(gallery.url('/'));
  console.log('Chromium is open with Faultline loaded: visit the gallery\'s pages and click the toolbar icon. Ctrl+C to stop.');
  await new Promise<void>((resolve) => {
    process.on('SIGINT', resolve);
    eb.browser.on('disconnected', resolve);
  });
} else {
  console.log('no display: touring the gallery headless\n');
  await headlessTour(gallery, eb);
}
await eb.close().catch(() => undefined);
await gallery.close();
