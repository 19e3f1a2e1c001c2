// The headless tour of `npm start`: one page per vendor plus the gallery's special routes, each
// visited as a user would and its popup pictured (harness/popup-shot.ts, which the store screenshots
// use too). The gallery replays each fixture's time to error, up to two minutes for a timeout page,
// so the pages that answer late are all visited at once while the quick ones go one after another.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { replayDelayMs, type Gallery } from './gallery-server';
import type { ExtensionBrowser } from './launch-browser';
import { visitAndShootPopup, type ColorScheme } from './popup-shot';

export interface TourStop {
  label: string;
  url: string;
  /** How long the gallery holds this page's answer back. */
  answerWithinMs: number;
}

export interface TourRow { page: string; status: string; verdict: string; badge: string; ms: number }

/** Where one browser's pictures go: a folder per colour scheme. */
export type TourPictures = Partial<Record<ColorScheme, string>>;

/** A page answering later than this gets a tab of its own at the start, beside every other late one. */
const LATE_MS = 5_000;
/** Tabs the quick pages share, one page after another in each: the tour's other half of its time. */
const QUICK_LANES = 2;
const POPUP_VIEWPORT = { width: 440, height: 600 };

/** Hand-written fixtures show a vendor's answer whole (headers and timing); pasted "wild" pages often lack both. */
const isPasted = (name: string) => name.startsWith('wild');

/** One failing page per vendor (a hand-written one where the vendor has it), then the special routes. */
export function tourStops(gallery: Gallery): TourStop[] {
  const failing = gallery.pages.filter((p) => p.status >= 400);
  const byVendor = new Map<string, (typeof failing)[number]>();
  for (const p of failing) {
    const kept = byVendor.get(p.folder);
    // The last page of each vendor in name order, hand-written pages before pasted ones.
    if (!kept || isPasted(kept.name) || !isPasted(p.name)) byVendor.set(p.folder, p);
  }
  return [
    ...[...byVendor.values()].map((p) => ({ label: `${p.folder}/${p.name}`, url: gallery.pageUrl(p), answerWithinMs: replayDelayMs(p, gallery.delayCapMs) })),
    { label: 'healthy page', url: gallery.url('/healthy'), answerWithinMs: 0 },
    { label: 'failing API call', url: gallery.url('/app-with-failing-api'), answerWithinMs: 0 },
    { label: 'slow route (504 after 3 s)', url: gallery.url('/slow?ms=3000'), answerWithinMs: 3_000 },
    { label: 'connection reset', url: gallery.url('/reset'), answerWithinMs: 0 },
  ];
}

/** Empties (or makes) each folder the tour writes to, so no picture of an earlier tour is left. */
export function preparePictureFolders(pictures: TourPictures): void {
  for (const dir of Object.values(pictures)) {
    mkdirSync(dir, { recursive: true });
    for (const file of readdirSync(dir)) if (file.endsWith('.png')) rmSync(join(dir, file));
  }
}

const fileName = (label: string) => `${label.replace(/[^a-z0-9-]+/gi, '_')}.png`;

async function visitStop(eb: ExtensionBrowser, stop: TourStop, pictures: TourPictures): Promise<TourRow> {
  const started = Date.now();
  const schemes = Object.keys(pictures) as ColorScheme[];
  try {
    const shot = await visitAndShootPopup(eb, { url: stop.url, popupViewport: POPUP_VIEWPORT, schemes, fullPage: true, answerWithinMs: stop.answerWithinMs });
    for (const scheme of schemes) writeFileSync(join(pictures[scheme]!, fileName(stop.label)), shot.popup[scheme]!);
    const d = shot.state.kind === 'failure' ? shot.state.diagnosis : undefined;
    return {
      page: stop.label,
      status: d ? String(d.status || d.failure || 'ERR') : shot.state.kind,
      verdict: d ? `${d.generator} (${d.layer}) · blame ${d.blame}${d.failure ? ` / ${d.failure}` : ''} · ${Math.round(d.confidence * 100)}%` : shot.state.kind,
      badge: shot.badge || '—',
      ms: Date.now() - started,
    };
  } catch (error) {
    return { page: stop.label, status: 'ERR', verdict: `no picture: ${error instanceof Error ? error.message : String(error)}`, badge: '?', ms: Date.now() - started };
  }
}

/**
 * Visits every stop in `eb` and writes its popup's pictures; the rows come back in the stops' order.
 * Late pages each get a tab at once and the quick ones share a few, so the tour lasts about as long
 * as its latest page or its quick pages, not the sum of every wait.
 */
export async function runTour(eb: ExtensionBrowser, stops: TourStop[], pictures: TourPictures): Promise<TourRow[]> {
  const rows = new Map<TourStop, TourRow>();
  const late = stops.filter((s) => s.answerWithinMs > LATE_MS);
  const quick = stops.filter((s) => s.answerWithinMs <= LATE_MS);
  const lane = async () => {
    for (let stop = quick.shift(); stop; stop = quick.shift()) rows.set(stop, await visitStop(eb, stop, pictures));
  };
  await Promise.all([
    ...late.map(async (stop) => rows.set(stop, await visitStop(eb, stop, pictures))),
    ...Array.from({ length: QUICK_LANES }, lane),
  ]);
  return stops.map((stop) => rows.get(stop)!);
}

export function printTable(rows: TourRow[]): void {
  const widths = { page: Math.max(4, ...rows.map((r) => r.page.length)), status: 6, badge: 5, ms: 7 };
  console.log(`${'page'.padEnd(widths.page)}  ${'status'.padEnd(widths.status)}  ${'badge'.padEnd(widths.badge)}  ${'seconds'.padStart(widths.ms)}  verdict`);
  console.log('-'.repeat(widths.page + 70));
  for (const r of rows) {
    console.log(`${r.page.padEnd(widths.page)}  ${r.status.padEnd(widths.status)}  ${r.badge.padEnd(widths.badge)}  ${(r.ms / 1000).toFixed(1).padStart(widths.ms)}  ${r.verdict}`);
  }
}
