// The read-only copy readers get: nothing in its page lists can be added, dropped or replaced.
import { describe, expect, it } from 'vitest';
import { viewOf } from '../../../src/background/store/tab-view';
import type { TabRecord } from '../../../src/shared/capture-types';

const record = (): TabRecord => ({ tabId: 3, pages: [{ key: 'm', url: 'https://a.example/', startedAt: 1, prerender: false, entries: [
  { id: 'm', type: 'main_frame', frameId: 0, method: 'GET', url: 'https://a.example/', t0: 1, status: 502 },
] }] });

describe('a tab view', () => {
  it('equals the record it copies', () => {
    const live = record();
    expect(viewOf(live)).toEqual(live);
  });

  it('throws on any write to the tab, its page list, a page or a page\'s entry list, and leaves the record as it was', () => {
    const live = record();
    const view = viewOf(live) as unknown as TabRecord;
    const writes = [
      () => view.pages.push(view.pages[0]!),
      () => { view.pages[0]!.trace = null; },
      () => { view.pages[0]!.url = 'https://b.example/'; },
      () => view.pages[0]!.entries.pop(),
      () => { view.tabId = 4; },
    ];
    expect(writes.map((write) => { try { write(); return 'written'; } catch (error) { return (error as Error).name; } })).toEqual(Array(5).fill('TypeError'));
    expect(live).toEqual(record());
  });

  it('shares the entries with the record, which the store keeps changing in place', () => {
    const live = record();
    expect(viewOf(live).pages[0]!.entries[0]).toBe(live.pages[0]!.entries[0]);
  });
});
