// The site error history's write (src/background/history.ts): the cost of recording one page load,
// storage write included, in its steady state (500 sites held, each with its 100 events, so a write
// rewrites a full site and the index), against a floor measured in the same run: a Map.set of the
// same event as JSON text (what a store that appends one event and nothing else costs). The storage
// area is in memory and serialises what it is given, as the browser's does.
import { performance } from 'node:perf_hooks';
import { createHistory } from '../src/background/history';
import type { HistoryEvent } from '../src/background/history-event';
import { MAX_EVENTS_PER_SITE, MAX_HISTORY_SITES } from '../src/shared/history-keys';
import { median } from './measure';
import { memoryArea } from './memory-area';

export interface HistoryWriteBench {
  events: number;
  /** Median microseconds per load recorded and written alone (loads seconds apart: one write each), its site in memory (a tab's site being browsed). */
  perEventUs: number;
  /** The same for a site not in memory: its stored events are read and validated first. */
  coldPerEventUs: number;
  /** Median microseconds per load when a burst of loads of a few sites shares one write (the debounce at work). */
  batchedPerEventUs: number;
  /** Median microseconds per Map.set of the same event as JSON text, same run. */
  floorUs: number;
}

const eventAt = (at: number): HistoryEvent => ({
  at, status: at % 3 === 0 ? 200 : 502, ms: 40 + (at % 50), generator: 'nginx', blame: 'origin', failed: at % 3 !== 0, path: ['cloudflare', 'nginx'], node: 'cache-fra19127-FRA',
});
const siteOf = (i: number) => `https://site-${i % MAX_HISTORY_SITES}.example`;

export async function benchHistoryWrite(count = 2_000, runs = 5): Promise<HistoryWriteBench> {
  const area = memoryArea();
  const history = createHistory({ area, schedule: () => undefined });
  // The steady state: every site held, each full.
  let at = 1;
  for (let site = 0; site < MAX_HISTORY_SITES; site++) {
    for (let e = 0; e < MAX_EVENTS_PER_SITE; e++) await history.record(siteOf(site), eventAt(at++));
    if (site % 50 === 49) await history.flush();
  }
  await history.flush();
  const floorStore = new Map<string, string>();
  const alone: number[] = [];
  const cold: number[] = [];
  const batched: number[] = [];
  const floors: number[] = [];
  const HOT_SITES = 8;
  for (let run = 0; run < runs; run++) {
    let t0 = performance.now();
    for (let i = 0; i < count; i++) {
      await history.record(siteOf(i % HOT_SITES), eventAt(at++));
      await history.flush();
    }
    alone.push(performance.now() - t0);
    // Every site in turn: more than the recorder keeps in memory, so each is read back first.
    t0 = performance.now();
    for (let i = 0; i < count; i++) {
      await history.record(siteOf(HOT_SITES + (run * count + i) % (MAX_HISTORY_SITES - HOT_SITES)), eventAt(at++));
      await history.flush();
    }
    cold.push(performance.now() - t0);
    t0 = performance.now();
    for (let i = 0; i < count; i++) await history.record(siteOf(i % HOT_SITES), eventAt(at++));
    await history.flush();
    batched.push(performance.now() - t0);
    t0 = performance.now();
    for (let i = 0; i < count; i++) floorStore.set(siteOf(i), JSON.stringify(eventAt(at++)));
    floors.push(performance.now() - t0);
  }
  const us = (ms: number) => Math.round((ms * 1000 / count) * 1000) / 1000;
  return { events: count, perEventUs: us(median(alone)), coldPerEventUs: us(median(cold)), batchedPerEventUs: us(median(batched)), floorUs: us(median(floors)) };
}
