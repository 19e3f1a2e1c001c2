// A list kept in numbered chunks, so that storing it rewrites only the chunks that changed.
// A chunk's number is given once and never changes: appending fills the newest chunk, changing an
// item marks its own chunk, and giving items up empties (removes) old chunks instead of shifting
// every later one. Knows nothing of what the items are.

/** Items per chunk: a burst of changes rewrites a few small chunks, not the whole list. */
export const CHUNK = 16;

/** Up to CHUNK items stored under one key; its number is given once and never changes. */
export interface Chunk<T> {
  readonly n: number;
  items: T[];
  /** Changed since the last write. */
  dirty: boolean;
}

/** A list's items as stored, oldest chunk first. */
export interface ChunkList<T> {
  chunks: Map<number, Chunk<T>>;
  /** The chunk new items go to. */
  newest: Chunk<T>;
  /** Numbers of chunks emptied since the last write: their keys are removed from storage. */
  removed: number[];
}

/** Splits items into fresh chunks numbered from `first`, all to be written. */
export function chunkList<T>(items: readonly T[], first = 0): ChunkList<T> {
  const chunks = new Map<number, Chunk<T>>();
  let newest: Chunk<T> = { n: first, items: [], dirty: true };
  for (let i = 0; i < items.length; i += CHUNK) {
    newest = { n: first + i / CHUNK, items: items.slice(i, i + CHUNK), dirty: true };
    chunks.set(newest.n, newest);
  }
  if (chunks.size === 0) chunks.set(newest.n, newest);
  return { chunks, newest, removed: [] };
}

/** A list read back from storage: its chunks as they were written, none of them to be rewritten. */
export function storedList<T>(chunks: Map<number, Chunk<T>>): ChunkList<T> {
  const newestNumber = Math.max(0, ...chunks.keys());
  let newest = chunks.get(newestNumber);
  if (!newest) chunks.set(newestNumber, (newest = { n: newestNumber, items: [], dirty: false }));
  return { chunks, newest, removed: [] };
}

export function itemsOf<T>(list: ChunkList<T>): T[] {
  const all: T[] = [];
  for (const chunk of list.chunks.values()) for (const item of chunk.items) all.push(item);
  return all;
}

/**
 * Adds an item to the newest chunk, opening a new one when it is full. `opened`: the list of chunk
 * numbers grew, so whatever records it must be written again.
 */
export function append<T>(list: ChunkList<T>, item: T): { chunk: Chunk<T>; opened: boolean } {
  let chunk = list.newest;
  const opened = chunk.items.length >= CHUNK;
  if (opened) {
    chunk = { n: chunk.n + 1, items: [], dirty: true };
    list.chunks.set(chunk.n, chunk);
    list.newest = chunk;
  }
  chunk.items.push(item);
  chunk.dirty = true;
  return { chunk, opened };
}

/**
 * Keeps only `kept` of a chunk's items. An emptied chunk other than the newest is removed from the
 * list; true when that happened (the list of chunk numbers changed).
 */
export function thin<T>(list: ChunkList<T>, chunk: Chunk<T>, kept: T[]): boolean {
  chunk.items = kept;
  chunk.dirty = true;
  if (kept.length > 0 || chunk === list.newest) return false;
  list.chunks.delete(chunk.n);
  list.removed.push(chunk.n);
  return true;
}
