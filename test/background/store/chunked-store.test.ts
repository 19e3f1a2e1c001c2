// The generic chunked store over a storage area, with a made-up group of string lists: what it
// writes and when, what a restarted worker reads back, and how it answers a write refused over quota.
import { describe, expect, it } from 'vitest';
import { append, chunkList, thin } from '../../../src/background/store/chunk-list';
import { createChunkedStore, type ChunkedGroup, type ChunkedLayout } from '../../../src/background/store/chunked-store';
import { memorySession, QUOTA_MESSAGE, type MemorySession } from '../../support/memory-session';

type Group = ChunkedGroup<string> & { name: string };
interface Head { id: number; name: string; lists: { key: string; chunks: number[] }[] }

const layout: ChunkedLayout<string, Group> = {
  prefix: 'g',
  storedForm: (item) => item.toUpperCase(),
  head: (group) => ({ id: group.id, name: group.name, lists: [...group.lists].map(([key, list]) => ({ key, chunks: [...list.chunks.keys()] })) }) satisfies Head,
  listsOf: (head, id) => ((head as Head | undefined)?.id === id ? (head as Head).lists : undefined),
};

const group = (id: number, lists: Record<string, string[]>): Group =>
  ({ id, name: `group ${id}`, lists: new Map(Object.entries(lists).map(([key, items]) => [key, chunkList(items)])), written: new Map(), headDirty: true, dirty: false });

function setUp(session: MemorySession, shrink: () => Group | undefined = () => undefined) {
  const groups = new Map<number, Group>();
  const timers: number[] = [];
  const store = createChunkedStore<string, Group>({
    storage: session, layout, delays: { normal: 1_000, urgent: 100 }, groupOf: (id) => groups.get(id), shrink,
    schedule: (_fn, ms) => timers.push(ms),
  });
  const add = (g: Group, urgent = false) => {
    groups.set(g.id, g);
    store.queue(g, urgent);
    return g;
  };
  return { store, groups, timers, add };
}

const stored = (session: MemorySession, key: string) => JSON.parse(session.data.get(key) as string) as unknown;

describe('the chunked store', () => {
  it('writes a group\'s head and its lists\' chunks as JSON text, in the stored form', async () => {
    const session = memorySession();
    const { store, add } = setUp(session);
    add(group(1, { a: ['x', 'y'], b: [] }));
    await store.flush();
    expect([...session.data.keys()].sort()).toEqual(['g:1', 'g:1:a:0', 'g:1:b:0']);
    expect(stored(session, 'g:1:a:0')).toEqual(['X', 'Y']);
    expect(stored(session, 'g:1')).toEqual({ id: 1, name: 'group 1', lists: [{ key: 'a', chunks: [0] }, { key: 'b', chunks: [0] }] });
  });

  it('writes only what changed since the last flush, and nothing when nothing did', async () => {
    const session = memorySession();
    const { store, add } = setUp(session);
    const g = add(group(1, { a: Array.from({ length: 40 }, (_, i) => `i${i}`) }));
    await store.flush();
    session.writes.length = 0;
    await store.flush();
    expect(session.writes).toEqual([]);
    g.lists.get('a')!.chunks.get(1)!.dirty = true;
    store.queue(g, false);
    await store.flush();
    expect(session.writes).toEqual([['g:1:a:1']]);
  });

  it('gives a restarted worker back every list, in the head\'s order, with nothing left to write', async () => {
    const session = memorySession();
    const { store, add } = setUp(session);
    add(group(4, { b: ['1', '2', '3'], a: Array.from({ length: 20 }, (_, i) => `${i}`) }));
    await store.flush();
    const back = await setUp(session).store.read(4);
    expect(back!.lists.map(({ key, list }) => [key, [...list.chunks.keys()], list.newest.n])).toEqual([['b', [0], 0], ['a', [0, 1], 1]]);
    expect(back!.lists[1]!.list.chunks.get(1)!.items).toEqual(['16', '17', '18', '19']);
    expect([...back!.lists.flatMap(({ list }) => [...list.chunks.values()].map((c) => c.dirty))]).toEqual([false, false, false]);
    expect([...back!.written].map(([key, numbers]) => [key, [...numbers]])).toEqual([['b', [0]], ['a', [0, 1]]]);
    expect((back!.head as Head).name).toBe('group 4');
  });

  it('reads nothing from a missing, foreign or corrupt head, and an empty chunk from a corrupt one', async () => {
    const session = memorySession();
    const { store } = setUp(session);
    expect(await store.read(1)).toBeUndefined();
    await session.set({ 'g:2': JSON.stringify({ id: 3, name: 'x', lists: [] }), 'g:5': '{not json', 'g:6': { id: 6 } });
    expect([await store.read(2), await store.read(5), await store.read(6)]).toEqual([undefined, undefined, undefined]);
    await session.set({ 'g:7': JSON.stringify({ id: 7, name: 'x', lists: [{ key: 'a', chunks: [0, -1, 'x'] }] }), 'g:7:a:0': 'oops' });
    const back = await store.read(7);
    expect(back!.lists.map(({ key, list }) => [key, [...list.chunks.keys()], list.chunks.get(0)!.items])).toEqual([['a', [0], []]]);
  });

  it('removes the keys of emptied chunks and of dropped lists', async () => {
    const session = memorySession();
    const { store, add } = setUp(session);
    const g = add(group(1, { a: Array.from({ length: 40 }, (_, i) => `i${i}`), b: ['z'] }));
    await store.flush();
    const a = g.lists.get('a')!;
    expect(thin(a, a.chunks.get(0)!, [])).toBe(true);
    g.lists.delete('b');
    g.headDirty = true;
    store.queue(g, false);
    await store.flush();
    expect([...session.data.keys()].sort()).toEqual(['g:1', 'g:1:a:1', 'g:1:a:2']);
    expect(stored(session, 'g:1')).toEqual({ id: 1, name: 'group 1', lists: [{ key: 'a', chunks: [1, 2] }] });
  });

  it('waits the normal delay for ordinary changes and brings the write forward for urgent ones', () => {
    const { timers, add } = setUp(memorySession());
    const g = add(group(1, { a: [] }));
    add(g);
    expect(timers).toEqual([1_000]);
    add(g, true);
    add(g, true);
    expect(timers).toEqual([1_000, 100]);
  });

  it('retries a write refused over quota after the caller shrank a group, keeping the other groups\' items', async () => {
    const session = memorySession({ quota: 350 });
    const big = group(1, { a: ['x'.repeat(100), 'y'.repeat(100)] });
    const { store, add } = setUp(session, () => {
      const list = big.lists.get('a')!;
      const chunk = list.newest;
      thin(list, chunk, chunk.items.slice(0, 1));
      return big;
    });
    add(big);
    add(group(2, { q: ['small'] }));
    await store.flush();
    expect(session.refused).toBe(1);
    expect(session.writes.length).toBe(2);
    expect(stored(session, 'g:1:a:0')).toEqual(['X'.repeat(100)]);
    expect(stored(session, 'g:2:q:0')).toEqual(['SMALL']);
  });

  it('keeps what a refused write could not place for the next flush, but not a forgotten group\'s', async () => {
    const session = memorySession();
    const { store, add, groups } = setUp(session);
    const set = session.set;
    session.set = async () => {
      throw new Error(QUOTA_MESSAGE);
    };
    add(group(1, { a: ['one'] }));
    add(group(2, { a: ['two'] }));
    await store.flush();
    expect(session.data.size).toBe(0);
    session.set = set;
    groups.delete(2);
    await store.forget(2, undefined);
    await store.flush();
    expect([...session.data.keys()].sort()).toEqual(['g:1', 'g:1:a:0']);
  });

  it('forgets a group: its head and every chunk it wrote', async () => {
    const session = memorySession();
    const { store, add } = setUp(session);
    const g = add(group(1, { a: Array.from({ length: 20 }, (_, i) => `i${i}`) }));
    add(group(2, { a: ['other'] }));
    await store.flush();
    append(g.lists.get('a')!, 'late');
    await store.forget(1, g.written);
    expect([...session.data.keys()].sort()).toEqual(['g:2', 'g:2:a:0']);
  });
});
