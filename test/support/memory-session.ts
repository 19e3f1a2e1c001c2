// An in-memory storage.session for the worker's store: it copies values in and out as the browser
// does, records every write, and can enforce a quota the way Chrome does (the size of every item,
// key and JSON value, counts; a write that would pass the quota fails whole, storing nothing).
import type { SessionArea } from '../../src/background/store';

export const QUOTA_MESSAGE = 'Session storage quota bytes exceeded. Values were not stored.';

const sizeOf = (key: string, value: unknown) => key.length + JSON.stringify(value).length;

export interface MemorySession extends SessionArea {
  data: Map<string, unknown>;
  /** Every write's keys, refused ones included. */
  writes: string[][];
  /** Writes refused over quota. */
  refused: number;
  /** Bytes stored now, as the quota counts them. */
  used(): number;
  /** Bytes stored under a tab's keys. */
  usedBy(tabId: number): number;
}

export function memorySession(options: { quota?: number } = {}): MemorySession {
  const data = new Map<string, unknown>();
  const quota = options.quota ?? Infinity;
  const sum = (items: [string, unknown][]) => items.reduce((total, [key, value]) => total + sizeOf(key, value), 0);
  const session: MemorySession = {
    data,
    writes: [],
    refused: 0,
    used: () => sum([...data]),
    usedBy: (tabId) => sum([...data].filter(([key]) => key === `tab:${tabId}` || key.startsWith(`tab:${tabId}:`))),
    async get(keys) {
      const list = keys === null ? [...data.keys()] : Array.isArray(keys) ? keys : [keys];
      return Object.fromEntries(list.filter((k) => data.has(k)).map((k) => [k, structuredClone(data.get(k))]));
    },
    async set(items) {
      session.writes.push(Object.keys(items));
      if (quota !== Infinity) {
        let size = session.used();
        for (const [key, value] of Object.entries(items)) size += sizeOf(key, value) - (data.has(key) ? sizeOf(key, data.get(key)) : 0);
        if (size > quota) {
          session.refused++;
          throw new Error(QUOTA_MESSAGE);
        }
      }
      for (const [k, v] of Object.entries(items)) data.set(k, structuredClone(v));
    },
    async remove(keys) {
      for (const k of Array.isArray(keys) ? keys : [keys]) data.delete(k);
    },
  };
  return session;
}
