// A storage area (storage.local / storage.session) in memory for the benches: values are kept as
// JSON text, so each write pays its serialisation, as the browser's does.
import type { SessionArea } from '../src/background/store';

export function memoryArea(): SessionArea {
  const data = new Map<string, string>();
  return {
    async get(keys) {
      const list = keys === null ? [...data.keys()] : Array.isArray(keys) ? keys : [keys];
      return Object.fromEntries(list.filter((k) => data.has(k)).map((k) => [k, JSON.parse(data.get(k)!) as unknown]));
    },
    async set(items) {
      for (const [k, v] of Object.entries(items)) data.set(k, JSON.stringify(v));
    },
    async remove(keys) {
      for (const k of Array.isArray(keys) ? keys : [keys]) data.delete(k);
    },
  };
}
