// The handlers beyond the sender rules (test/hostile/messages.test.ts): the trace is fetched for the
// shown page, stored on the record the store's update passes in, and answered with the state.
import type { Runtime } from 'webextension-polyfill';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildState } from '../../src/background/build-state';
import { handlers, type HandlerContext } from '../../src/background/handlers';
import { createTabStore } from '../../src/background/store';
import { memorySession } from '../support/memory-session';

const URL = 'https://shop.example.com/checkout';
const popup: Runtime.MessageSender = { id: 'x', url: 'chrome-extension://x/src/popup/index.html' };

async function setup() {
  const store = createTabStore(memorySession(), () => undefined);
  await store.update(1, (tab) => {
    tab.pages.push({
      key: 'r1', url: URL, startedAt: 1_000, prerender: false,
      entries: [{ id: 'r1', type: 'main_frame', frameId: 0, method: 'GET', url: URL, t0: 1_000, tEnd: 1_060, status: 502, responseHeaders: [{ name: 'Server', value: 'nginx' }] }],
    });
  });
  const changed: number[] = [];
  const context: HandlerContext = {
    store,
    tabUrl: async () => URL,
    // Past the collector's grace: the verdict stands on the headers, so the trace is asked for.
    stateOf: async (tabId) => buildState(tabId, URL, await store.get(tabId), 10_000),
    tabChanged: async (tabId) => void changed.push(tabId),
    collectIfMissing: async () => undefined,
    exportOptions: ({ includeSensitive, showClientIp, keep }) => ({ includeSensitive, showClientIp, keep, now: new Date(0), randomKey: 'k', locale: 'en' }),
  };
  return { store, context, changed };
}

afterEach(() => void vi.unstubAllGlobals());

describe('popup/trace', () => {
  it('fetches the shown page\'s trace once, stores it and answers the state with it', async () => {
    const fetched: string[] = [];
    vi.stubGlobal('fetch', async (url: string) => {
      fetched.push(url);
      return new Response('fl=1\nh=shop.example.com\ncolo=AMS\nloc=NL\n', { status: 200 });
    });
    const { store, context, changed } = await setup();
    const state = await handlers['popup/trace']({ type: 'popup/trace', tabId: 1 }, popup, context);
    expect(state).toMatchObject({ kind: 'failure', traceStatus: 'done', trace: { colo: 'AMS', loc: 'NL' } });
    expect((await store.get(1))!.pages[0]!.trace).toMatchObject({ colo: 'AMS' });
    expect(changed).toEqual([1]);
    // Asked again, the stored trace answers: nothing is fetched twice.
    expect(await handlers['popup/trace']({ type: 'popup/trace', tabId: 1 }, popup, context)).toMatchObject({ traceStatus: 'done' });
    expect(fetched).toEqual(['https://shop.example.com/cdn-cgi/trace']);
  });

  it('stores a site without a trace as null: "no trace here" is an answer too', async () => {
    vi.stubGlobal('fetch', async () => new Response('Not Found', { status: 404 }));
    const { store, context } = await setup();
    expect(await handlers['popup/trace']({ type: 'popup/trace', tabId: 1 }, popup, context)).toMatchObject({ traceStatus: 'done', trace: null });
    expect((await store.get(1))!.pages[0]!.trace).toBeNull();
  });
});
