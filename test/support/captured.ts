// The worker's records of requests and pages, for tests: a finished main-frame request and the page it opened.
import type { CapturedEntry, PageRecord } from '../../src/shared/capture-types';

/** A finished 200 main-frame request for https://a.example/ (key "m"); `over` replaces any field. */
export const mainFrameEntry = (over: Partial<CapturedEntry> = {}): CapturedEntry => ({
  id: 'm', type: 'main_frame', frameId: 0, method: 'GET', url: 'https://a.example/', t0: 1_000, tEnd: 1_100, status: 200, ...over,
});

/** The page `entry` opened, holding only that entry; `over` replaces any field. */
export const pageOf = (entry: CapturedEntry, over: Partial<PageRecord> = {}): PageRecord => ({
  key: entry.id, url: entry.url, startedAt: 1_000, prerender: false, entries: [entry], ...over,
});
