// The state cache: a settled state is built once per capture version, URL and language; an
// unsettled one is built again every time it is asked for.
import { describe, expect, it } from 'vitest';
import { createStateCache } from '../../src/background/state-cache';
import type { CapturedEntry, TabRecord } from '../../src/shared/capture-types';

const URL = 'https://shop.example.com/';
const main = (over: Partial<CapturedEntry>): CapturedEntry => ({
  id: 'r1', type: 'main_frame', frameId: 0, method: 'GET', url: URL, t0: 1_000, tEnd: 1_060, status: 200, responseHeaders: [{ name: 'Server', value: 'nginx' }], ...over,
});

/** A one-tab store whose record and version the test sets, counting reads of the record. */
function fixture(entry: CapturedEntry) {
  const world = { record: { tabId: 1, pages: [{ key: 'r1', url: URL, startedAt: 1_000, prerender: false, entries: [entry] }] } as TabRecord, version: 1, url: URL as string | undefined, reads: 0, now: 1_200 };
  const cache = createStateCache({
    store: {
      get: async () => {
        world.reads++;
        return world.record;
      },
      version: () => world.version,
    },
    tabUrl: async () => world.url,
    defaultLocale: () => 'en',
    now: () => world.now,
  });
  return { world, cache };
}

describe('the state cache', () => {
  it('answers a settled state from the cache until the capture\'s version changes', async () => {
    const { world, cache } = fixture(main({}));
    const first = await cache.stateOf(1);
    expect(await cache.stateOf(1)).toBe(first);
    expect(world.reads).toBe(1);
    world.version = 2;
    const rebuilt = await cache.stateOf(1);
    expect(rebuilt).not.toBe(first);
    expect(rebuilt).toEqual(first);
    expect(world.reads).toBe(2);
  });

  it('builds again for another language or another URL of the tab', async () => {
    const { world, cache } = fixture(main({}));
    await cache.stateOf(1, 'en');
    await cache.stateOf(1, 'zh-CN');
    expect(world.reads).toBe(2);
    world.url = 'chrome://newtab/';
    expect((await cache.stateOf(1, 'zh-CN')).kind).toBe('unsupported');
    expect(world.reads).toBe(3);
  });

  it('never reuses an unsettled state: "reading the page" turns into a verdict with time alone', async () => {
    const { world, cache } = fixture(main({ status: 502 }));
    const early = await cache.stateOf(1);
    expect(early.kind === 'failure' && early.pageEvidence).toBe('pending');
    world.now = 7_000; // past the collector's grace, with no change to the capture
    const late = await cache.stateOf(1);
    expect(late.kind === 'failure' && late.pageEvidence).toBe('headers-only');
    expect(world.reads).toBe(2);
  });

  it('forgets a tab', async () => {
    const { world, cache } = fixture(main({}));
    await cache.stateOf(1);
    cache.forget(1);
    await cache.stateOf(1);
    expect(world.reads).toBe(2);
  });
});
