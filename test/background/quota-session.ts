// A storage.session stand-in that enforces a quota the way Chrome does: the size of every item
// (key and JSON value) counts, and a write that would pass the quota fails whole, storing nothing.
import type { SessionArea } from '../../src/background/tab-store';

export const QUOTA_MESSAGE = 'Session storage quota bytes exceeded. Values were not stored.';

export function quotaSession(quota: number) {
  const data = new Map<string, unknown>();
  const sizeOf = (key: string, value: unknown) => key.length + JSON.stringify(value).length;
  const session = {
    data,
    /** Writes refused over quota. */
    refused: 0,
    /** Every write's keys, refused ones included. */
    attempts: [] as string[][],
    /** Bytes stored now, as the quota counts them. */
    used: () => [...data].reduce((sum, [key, value]) => sum + sizeOf(key, value), 0),
    /** Bytes stored under the tab's keys. */
    usedBy: (tabId: number) => [...data].filter(([key]) => key === `tab:${tabId}` || key.startsWith(`tab:${tabId}:`)).reduce((sum, [key, value]) => sum + sizeOf(key, value), 0),
    area: {
      async get(keys) {
        const list = keys === null ? [...data.keys()] : Array.isArray(keys) ? keys : [keys];
        return Object.fromEntries(list.filter((k) => data.has(k)).map((k) => [k, structuredClone(data.get(k))]));
      },
      async set(items) {
        session.attempts.push(Object.keys(items));
        let size = session.used();
        for (const [key, value] of Object.entries(items)) size += sizeOf(key, value) - (data.has(key) ? sizeOf(key, data.get(key)) : 0);
        if (size > quota) {
          session.refused++;
          throw new Error(QUOTA_MESSAGE);
        }
        for (const [key, value] of Object.entries(items)) data.set(key, structuredClone(value));
      },
      async remove(keys) {
        for (const key of Array.isArray(keys) ? keys : [keys]) data.delete(key);
      },
    } satisfies SessionArea,
  };
  return session;
}
