// Groups of chunked lists (chunk-list.ts) mirrored to a storage area, so a killed worker restarts
// with everything it had. Knows keys, chunks and writes, nothing of what the groups mean.
// Layout: a group's head (the caller's fields and each list's chunk numbers) lives under
// "<prefix>:<id>"; a list's chunks under "<prefix>:<id>:<list key>:<n>". Values are JSON text: the
// browser copies one string far faster than it converts thousands of small objects into its own
// value tree. A flush writes only what changed since the last one, one flush at a time. A write the
// browser refuses over its quota lets the caller shrink a group and is retried with every other
// group's pending chunks, so one group can never cost another its place.
import { storedList, type Chunk, type ChunkList } from './chunk-list';

export interface SessionArea {
  get(keys: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

/** A refused write shrinks a group, up to this many times, before what is left waits for the next flush. */
const QUOTA_RETRIES = 3;
/** Chrome: "Session storage quota bytes exceeded…"; Firefox: "…exceeded its quota limitations". */
const isQuotaError = (error: unknown) => /quota/i.test(error instanceof Error ? `${error.name} ${error.message}` : String(error));

/** What the store keeps of a group besides the caller's own fields. */
export interface ChunkedGroup<T> {
  readonly id: number;
  /** List key → its chunks. */
  lists: Map<string, ChunkList<T>>;
  /** List key → chunk numbers in storage now, so emptied chunks and dropped lists are removed. */
  written: Map<string, Set<number>>;
  /** The head (the caller's fields, the lists and their chunk numbers) changed since the last write. */
  headDirty: boolean;
  /** Waiting for the next write. */
  dirty: boolean;
}

/** A group as a restarted worker reads it back: its head as stored and its lists in the head's order. */
export interface StoredGroup<T> {
  head: unknown;
  lists: { key: string; list: ChunkList<T> }[];
  written: Map<string, Set<number>>;
}

export interface ChunkedLayout<T, G extends ChunkedGroup<T>> {
  prefix: string;
  /** What is written of an item (JSON). */
  storedForm(item: T): unknown;
  /** The group's head as written: the caller's fields, with each list's chunk numbers. */
  head(group: G): unknown;
  /** The lists a stored head names, in order, with their chunk numbers; undefined if it is not this group's head. */
  listsOf(head: unknown, id: number): readonly { key: string; chunks: unknown }[] | undefined;
}

export interface ChunkedStoreOptions<T, G extends ChunkedGroup<T>> {
  storage: SessionArea;
  schedule: (fn: () => void, ms: number) => unknown;
  layout: ChunkedLayout<T, G>;
  /** Write delays: changes wait `normal` ms to be written together; urgent ones at most `urgent` ms. */
  delays: { normal: number; urgent: number };
  /** The group kept under that id now, if any (a closed one's refused items are not written back). */
  groupOf(id: number): G | undefined;
  /** A write was refused over quota: the group the caller shrank to make room, or undefined if none could shrink. */
  shrink(): G | undefined;
}

export interface ChunkedStore<T> {
  /** Reads a group back from storage; undefined when nothing (or nothing readable) is stored. */
  read(id: number): Promise<StoredGroup<T> | undefined>;
  /** Marks the group for the next write; `urgent` brings that write forward. */
  queue(group: ChunkedGroup<T>, urgent: boolean): void;
  /** Writes every pending change now. */
  flush(): Promise<void>;
  /** Removes everything stored of the group, and what a refused write left of it. */
  forget(id: number, written: ReadonlyMap<string, ReadonlySet<number>> | undefined): Promise<void>;
}

/** Stored values are JSON text; anything else (an older layout, a corrupt value) reads as nothing. */
function parseStored(value: unknown): unknown {
  if (typeof value !== 'string') return undefined;
  try {
    return JSON.parse(value);
  } catch {
    return undefined;
  }
}

const chunkNumbers = (value: unknown): number[] => (Array.isArray(value) ? value.filter((n): n is number => Number.isSafeInteger(n) && n >= 0) : []);

export function createChunkedStore<T, G extends ChunkedGroup<T>>(options: ChunkedStoreOptions<T, G>): ChunkedStore<T> {
  const { storage, schedule, layout, delays } = options;
  const headKey = (id: number) => `${layout.prefix}:${id}`;
  const chunkKey = (id: number, listKey: string, n: number) => `${layout.prefix}:${id}:${listKey}:${n}`;
  const groupOfKey = (key: string) => Number(key.split(':')[1]);
  const dirtyGroups = new Set<number>();
  let flushTimer: unknown;
  let flushDue = Infinity;
  /** Flushes run one after another: a retried write never lands after a newer one of the same key. */
  let flushing: Promise<void> = Promise.resolve();
  /** Items a refused write left behind: the next flush writes them, unless newer ones replace them. */
  let unwritten: Record<string, string> = {};

  async function read(id: number): Promise<StoredGroup<T> | undefined> {
    const head = parseStored((await storage.get(headKey(id)))[headKey(id)]);
    const named = layout.listsOf(head, id);
    if (!named) return undefined;
    const keys = named.flatMap((l) => chunkNumbers(l.chunks).map((n) => chunkKey(id, l.key, n)));
    const stored = keys.length > 0 ? await storage.get(keys) : {};
    const written = new Map<string, Set<number>>();
    const lists = named.map(({ key, chunks: numbers }) => {
      const chunks = new Map<number, Chunk<T>>();
      for (const n of chunkNumbers(numbers)) {
        const items = parseStored(stored[chunkKey(id, key, n)]);
        chunks.set(n, { n, items: Array.isArray(items) ? (items as T[]) : [], dirty: false });
      }
      written.set(key, new Set(chunks.keys()));
      return { key, list: storedList(chunks) };
    });
    return { head, lists, written };
  }

  /** Renders what changed in the group into `items`, and the keys it no longer uses into `stale`. */
  function render(group: G, items: Record<string, string>, stale: string[]): void {
    for (const [listKey, list] of group.lists) {
      let written = group.written.get(listKey);
      if (!written) group.written.set(listKey, (written = new Set()));
      for (const chunk of list.chunks.values()) {
        if (!chunk.dirty) continue;
        chunk.dirty = false;
        items[chunkKey(group.id, listKey, chunk.n)] = JSON.stringify(chunk.items.map(layout.storedForm));
        written.add(chunk.n);
      }
      for (const n of list.removed) if (written.delete(n)) stale.push(chunkKey(group.id, listKey, n));
      list.removed = [];
    }
    // Lists dropped from the group: their chunks go too.
    for (const [listKey, written] of group.written) {
      if (group.lists.has(listKey)) continue;
      for (const n of written) stale.push(chunkKey(group.id, listKey, n));
      group.written.delete(listKey);
    }
    if (!group.headDirty) return;
    group.headDirty = false;
    items[headKey(group.id)] = JSON.stringify(layout.head(group));
  }

  /** Writes every pending change: one flush at a time, each rendering what is dirty when it starts. */
  function flush(): Promise<void> {
    flushTimer = undefined;
    flushDue = Infinity;
    const run = flushing.then(writePending);
    flushing = run.catch(() => undefined);
    return run;
  }

  async function writePending(): Promise<void> {
    const items: Record<string, string> = unwritten;
    unwritten = {};
    const stale: string[] = [];
    for (const id of dirtyGroups) {
      const group = options.groupOf(id);
      if (!group) continue;
      group.dirty = false;
      render(group, items, stale);
    }
    dirtyGroups.clear();
    // A chunk emptied since a refused write of it is not written back.
    for (const key of stale) delete items[key];
    if (Object.keys(items).length > 0) await writeWithinQuota(items, stale);
    if (stale.length > 0) await storage.remove(stale).catch(() => undefined);
  }

  /**
   * Writes the items. A write refused over quota lets the caller shrink a group, replaces that
   * group's items with what it kept, frees its emptied chunks and tries again with everything else
   * as it was: no other group's pending chunk is dropped. What still does not fit, or fails for
   * another reason, waits for the next flush.
   */
  async function writeWithinQuota(items: Record<string, string>, stale: string[]): Promise<void> {
    for (let attempt = 0; ; attempt++) {
      try {
        await storage.set(items);
        return;
      } catch (error) {
        // A group removed while the write was refused is not written back.
        for (const key of Object.keys(items)) if (!options.groupOf(groupOfKey(key))) delete items[key];
        if (attempt >= QUOTA_RETRIES || !isQuotaError(error) || !renderShrunk(items, stale)) {
          unwritten = { ...items, ...unwritten };
          return;
        }
        if (stale.length > 0) await storage.remove(stale.splice(0)).catch(() => undefined);
      }
    }
  }

  /** Asks the caller to shrink a group and renders that group's changed chunks into `items`. */
  function renderShrunk(items: Record<string, string>, stale: string[]): boolean {
    const shrunk = options.shrink();
    if (!shrunk) return false;
    const emptied: string[] = [];
    render(shrunk, items, emptied);
    for (const key of emptied) delete items[key];
    stale.push(...emptied);
    return true;
  }

  return {
    read,
    queue(group, urgent) {
      if (!group.dirty) {
        group.dirty = true;
        dirtyGroups.add(group.id);
      }
      const delay = urgent ? delays.urgent : delays.normal;
      if (flushTimer === undefined || (urgent && Date.now() + delay < flushDue)) {
        // A second timer may fire after the first flushed: it then finds nothing dirty and returns.
        flushDue = Date.now() + delay;
        flushTimer = schedule(() => void flush(), delay);
      }
    },
    flush,
    async forget(id, written) {
      dirtyGroups.delete(id);
      for (const key of Object.keys(unwritten)) if (groupOfKey(key) === id) delete unwritten[key];
      const keys = [headKey(id), ...[...(written ?? [])].flatMap(([listKey, numbers]) => [...numbers].map((n) => chunkKey(id, listKey, n)))];
      await storage.remove(keys).catch(() => undefined);
    },
  };
}
