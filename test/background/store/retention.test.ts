// What the store gives up, decided by pure functions over sizes and lists of made-up items.
import { describe, expect, it } from 'vitest';
import { isOver, largest, pagesOver, quotaTarget, storeLevels, trimPlan, trimTarget } from '../../../src/background/store/retention';

interface Item { id: string; rank: number; bytes: number }
const item = (id: string, rank: number, bytes = 10): Item => ({ id, rank, bytes });
const plan = (groups: Item[][], maxEntries: number, maxBytes = Infinity, passes = [0, 1, 2]) => {
  const all = groups.flat();
  const result = trimPlan(groups, { count: all.length, bytes: all.reduce((s, i) => s + i.bytes, 0) }, { maxEntries, maxBytes }, passes, (i) => i.rank, (i) => i.bytes);
  return { dropped: [...result.drop].map(([g, set]) => [g, [...set].map((i) => i.id)]), held: result.held };
};

describe('a tab\'s trim plan', () => {
  it('gives up the lowest rank first, oldest first, and stops once within budget', () => {
    const groups = [[item('fail0', 1), item('ok0', 0)], [item('ok1', 0), item('ok2', 0)], [item('new', 2)]];
    expect(plan(groups, 3)).toEqual({ dropped: [[0, ['ok0']], [1, ['ok1']]], held: { count: 3, bytes: 30 } });
  });

  it('moves to the next rank only when the lower ones are gone', () => {
    const groups = [[item('fail0', 1), item('ok0', 0)], [item('unfinished', 2), item('fail1', 1)]];
    expect(plan(groups, 1)).toEqual({ dropped: [[0, ['ok0', 'fail0']], [1, ['fail1']]], held: { count: 1, bytes: 10 } });
  });

  it('never gives up an item ranked above every pass, even over budget', () => {
    const groups = [[item('page', 3), item('ok', 0)]];
    expect(plan(groups, 0)).toEqual({ dropped: [[0, ['ok']]], held: { count: 1, bytes: 10 } });
  });

  it('counts bytes by the sizes it is given', () => {
    const groups = [[item('big', 0, 500), item('small', 0, 5)], [item('kept', 0, 50)]];
    expect(plan(groups, 10, 100)).toEqual({ dropped: [[0, ['big']]], held: { count: 2, bytes: 55 } });
  });

  it('drops nothing from a list within budget', () => {
    expect(plan([[item('a', 0)]], 5)).toEqual({ dropped: [], held: { count: 1, bytes: 10 } });
  });
});

describe('budgets and levels', () => {
  it('is over when either the count or the bytes pass their maximum', () => {
    const budget = { maxEntries: 10, maxBytes: 100 };
    expect([isOver({ count: 10, bytes: 100 }, budget), isOver({ count: 11, bytes: 0 }, budget), isOver({ count: 0, bytes: 101 }, budget)]).toEqual([false, true, true]);
  });

  it('trims to nine tenths of a limit, and halves the bytes after a refused write', () => {
    expect(trimTarget({ maxEntries: 2_000, maxBytes: 1_001 })).toEqual({ maxEntries: 1_800, maxBytes: 900 });
    expect(quotaTarget({ count: 40, bytes: 1_001 })).toEqual({ maxEntries: 40, maxBytes: 500 });
  });

  it('finds the first of the largest sizes, and none among no sizes', () => {
    expect([largest([3, 9, 2, 9]), largest([])]).toEqual([1, -1]);
  });

  it('drops the pages beyond the limit, and none within it', () => {
    expect([pagesOver(6, 4), pagesOver(3, 4)]).toEqual([2, 0]);
  });

  it('cuts holders to a fair level only in the dimension over its limit', () => {
    const holders = [{ count: 100, bytes: 10 }, { count: 10, bytes: 10 }, { count: 10, bytes: 10 }];
    expect(storeLevels(holders, { count: 120, bytes: 30 }, { maxEntries: 100, maxBytes: 1_000 })).toEqual({ maxEntries: 70, maxBytes: Infinity });
    expect(storeLevels(holders, { count: 120, bytes: 30 }, { maxEntries: 1_000, maxBytes: 20 })).toEqual({ maxEntries: Infinity, maxBytes: 6 });
  });
});
