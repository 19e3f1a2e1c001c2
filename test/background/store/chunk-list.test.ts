// A list kept in numbered chunks: numbers are given once, appends fill the newest chunk, and an
// emptied old chunk leaves the list.
import { describe, expect, it } from 'vitest';
import { append, CHUNK, chunkList, itemsOf, storedList, thin, type Chunk } from '../../../src/background/store/chunk-list';

const shape = <T>(list: { chunks: Map<number, Chunk<T>>; newest: Chunk<T> }) => [[...list.chunks.values()].map((c) => [c.n, c.items.length, c.dirty]), list.newest.n];

describe('a chunk list', () => {
  it('splits items into full chunks numbered from the first number, all to be written', () => {
    const list = chunkList(Array.from({ length: CHUNK * 2 + 1 }, (_, i) => i), 5);
    expect(shape(list)).toEqual([[[5, CHUNK, true], [6, CHUNK, true], [7, 1, true]], 7]);
    expect(itemsOf(list)).toEqual(Array.from({ length: CHUNK * 2 + 1 }, (_, i) => i));
  });

  it('has one empty chunk when it has no items', () => {
    expect(shape(chunkList([], 3))).toEqual([[[3, 0, true]], 3]);
  });

  it('appends to the newest chunk and opens the next number when it is full', () => {
    const list = chunkList<number | string>(Array.from({ length: CHUNK - 1 }, (_, i) => i));
    expect(append(list, 'a').opened).toBe(false);
    const next = append(list, 'b');
    expect([next.opened, next.chunk.n, next.chunk.items]).toEqual([true, 1, ['b']]);
  });

  it('removes an emptied old chunk and remembers its number, but keeps an emptied newest one', () => {
    const list = chunkList(Array.from({ length: CHUNK + 2 }, (_, i) => i));
    const [first, second] = [...list.chunks.values()];
    expect(thin(list, first!, [0])).toBe(false);
    expect(thin(list, second!, [])).toBe(false);
    expect(shape(list)).toEqual([[[0, 1, true], [1, 0, true]], 1]);
    const other = chunkList(Array.from({ length: CHUNK + 2 }, (_, i) => i));
    expect(thin(other, other.chunks.get(0)!, [])).toBe(true);
    expect([[...other.chunks.keys()], other.removed]).toEqual([[1], [0]]);
  });

  it('takes chunks read back as they are, the highest number being the newest', () => {
    const list = storedList(new Map([[2, { n: 2, items: ['x'], dirty: false }], [4, { n: 4, items: ['y'], dirty: false }]]));
    expect(shape(list)).toEqual([[[2, 1, false], [4, 1, false]], 4]);
    expect(shape(storedList(new Map()))).toEqual([[[0, 0, false]], 0]);
  });
});
