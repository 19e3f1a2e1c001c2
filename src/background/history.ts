// The site error history's recorder: per site (origin), in storage.local, bounded (MAX_HISTORY_SITES
// sites × MAX_EVENTS_PER_SITE events; the oldest events, then the least recently seen sites, go
// first). Recording is an in-memory append; the writes are batched (one storage.local set per
// FLUSH_MS, holding only the sites that changed and the small index), because the write is the
// expensive part. What is read back is validated: a corrupt record reads as no events.
// Private tabs never reach it (the caller checks, see state-cache.ts), and when the user switches
// it off (the options page) nothing is recorded or read.
import { HISTORY_INDEX_KEY, HISTORY_ON_KEY, MAX_EVENTS_PER_SITE, MAX_HISTORY_SITES, siteKey } from '../shared/history-keys';
import { appendEvent, readIndex, readSite, sitesBeyond, type HistoryEvent, type SiteRecord } from './history-event';
import type { SessionArea } from './store';

/** How long appended events wait to be written together. */
export const FLUSH_MS = 1_000;
/** Sites whose events stay in memory between reads: the tabs open now, roughly. */
const CACHED_SITES = 64;

export interface HistoryDeps {
  area: SessionArea;
  schedule?(fn: () => void, ms: number): unknown;
  now?(): number;
  flushMs?: number;
  maxSites?: number;
  maxEvents?: number;
}

export interface History {
  /** Whether the user keeps a history (on unless switched off). */
  enabled(): Promise<boolean>;
  /** The site's events, oldest first, including those not written yet; none when it is off. */
  eventsOf(site: string): Promise<HistoryEvent[]>;
  /** Appends a load's event (once per load); false when the history is off or the load is there. */
  record(site: string, event: HistoryEvent): Promise<boolean>;
  /** Writes what was appended since the last write. */
  flush(): Promise<void>;
  /** storage.onChanged for storage.local: the options page switched it off or cleared it. */
  storageChanged(changes: Record<string, { newValue?: unknown }>): void;
}

export function createHistory({ area, schedule = setTimeout, now = Date.now, flushMs = FLUSH_MS, maxSites = MAX_HISTORY_SITES, maxEvents = MAX_EVENTS_PER_SITE }: HistoryDeps): History {
  let on: boolean | undefined;
  let index: Record<string, number> | undefined;
  const cached = new Map<string, HistoryEvent[]>();
  const dirty = new Set<string>();
  let timer = false;
  let writing: Promise<void> = Promise.resolve();
  /** Bumped when the store is cleared elsewhere: a read begun before it is not kept. */
  let generation = 0;

  const remember = (site: string, events: HistoryEvent[]) => {
    cached.delete(site);
    cached.set(site, events);
    for (const old of cached.keys()) {
      if (cached.size <= CACHED_SITES) break;
      if (!dirty.has(old)) cached.delete(old);
    }
  };

  async function enabled(): Promise<boolean> {
    if (on === undefined) {
      const stored = (await area.get(HISTORY_ON_KEY))[HISTORY_ON_KEY];
      on ??= stored !== false;
    }
    return on;
  }

  async function load(site: string): Promise<HistoryEvent[]> {
    const hit = cached.get(site);
    if (hit) return hit;
    const seen = generation;
    const key = siteKey(site);
    const events = readSite((await area.get(key))[key]);
    const raced = cached.get(site);
    if (raced) return raced;
    if (seen === generation) remember(site, events);
    return events;
  }

  async function writeNow(): Promise<void> {
    if (dirty.size === 0) return;
    index ??= readIndex((await area.get(HISTORY_INDEX_KEY))[HISTORY_INDEX_KEY]);
    const items: Record<string, unknown> = {};
    const at = now();
    for (const site of dirty) {
      const events = cached.get(site);
      if (!events) continue;
      items[siteKey(site)] = { events } satisfies SiteRecord;
      index[site] = at;
    }
    dirty.clear();
    const dropped = sitesBeyond(index, maxSites);
    for (const site of dropped) {
      delete index[site];
      cached.delete(site);
      delete items[siteKey(site)];
    }
    items[HISTORY_INDEX_KEY] = index;
    await area.set(items);
    if (dropped.length > 0) await area.remove(dropped.map(siteKey));
  }

  function flush(): Promise<void> {
    writing = writing.then(writeNow).catch(() => undefined);
    return writing;
  }

  return {
    enabled,
    async eventsOf(site) {
      return (await enabled()) ? load(site) : [];
    },
    async record(site, event) {
      if (!(await enabled())) return false;
      const before = await load(site);
      if (before.some((e) => e.at === event.at) || !on) return false;
      remember(site, appendEvent(before, event, maxEvents));
      dirty.add(site);
      if (!timer) {
        timer = true;
        schedule(() => {
          timer = false;
          void flush();
        }, flushMs);
      }
      return true;
    },
    flush,
    storageChanged(changes) {
      if (HISTORY_ON_KEY in changes) on = changes[HISTORY_ON_KEY]!.newValue !== false;
      // The index goes only when the whole history is cleared (this recorder never removes it).
      const cleared = HISTORY_INDEX_KEY in changes && changes[HISTORY_INDEX_KEY]!.newValue === undefined;
      // Switched off, or cleared by the options page: nothing pending is written, nothing cached is kept.
      if (on === false || cleared) {
        generation += 1;
        cached.clear();
        dirty.clear();
        index = undefined;
      }
    },
  };
}
