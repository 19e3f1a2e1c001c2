// Where the site error history lives in storage.local, shared by the worker (which writes it) and
// the options page (which switches it off, counts and clears it). One key per site, so recording a
// load rewrites one site's events and the small index, never the whole history.

/** `false` when the user switched the history off; absent or anything else means on (the default). */
export const HISTORY_ON_KEY = 'history:on';
/** origin → when the site was last seen (ms since the epoch): the sites held, least recently seen first out. */
export const HISTORY_INDEX_KEY = 'history:index';
/** Prefix of one site's events: `history:site:https://example.com`. */
export const HISTORY_SITE_PREFIX = 'history:site:';

export const siteKey = (origin: string): string => HISTORY_SITE_PREFIX + origin;
export const isHistoryKey = (key: string): boolean => key === HISTORY_INDEX_KEY || key.startsWith(HISTORY_SITE_PREFIX);

/** Bounds of the history: this many sites, each with this many events (oldest dropped first). */
export const MAX_HISTORY_SITES = 500;
export const MAX_EVENTS_PER_SITE = 100;

interface HistoryArea {
  get(keys: string | string[] | null): Promise<Record<string, unknown>>;
  remove(keys: string | string[]): Promise<void>;
}

/**
 * How much the history holds (the options page shows it next to "Clear history"). Counts only: a
 * record that is not a list of events counts as a site with none, as the worker would read it.
 */
export async function historySize(area: Pick<HistoryArea, 'get'>): Promise<{ sites: number; events: number }> {
  let sites = 0;
  let events = 0;
  for (const [key, value] of Object.entries(await area.get(null))) {
    if (!key.startsWith(HISTORY_SITE_PREFIX)) continue;
    sites += 1;
    const list = (value as { events?: unknown } | null)?.events;
    events += Array.isArray(list) ? Math.min(list.length, MAX_EVENTS_PER_SITE) : 0;
  }
  return { sites, events };
}

/** Removes every site's events and the index; the switch stays as the user set it. */
export async function clearHistory(area: HistoryArea): Promise<void> {
  const keys = Object.keys(await area.get(null)).filter(isHistoryKey);
  if (keys.length > 0) await area.remove(keys);
}
