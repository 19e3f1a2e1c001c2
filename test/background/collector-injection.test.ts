// Injecting the collector: into the tab's top frame, only while its shown page needs reading.
import { describe, expect, it } from 'vitest';
import { COLLECTOR_FILE, createCollectorInjection } from '../../src/background/collector-injection';
import type { CapturedEntry, TabRecord } from '../../src/shared/capture-types';

const URL = 'https://shop.example.com/';
const tabWith = (over: Partial<CapturedEntry>, collected = false): TabRecord => ({
  tabId: 5,
  pages: [{
    key: 'r1', url: URL, startedAt: 1_000, prerender: false,
    entries: [{ id: 'r1', type: 'main_frame', frameId: 0, method: 'GET', url: URL, t0: 1_000, tEnd: 1_060, status: 200, ...over }],
    ...(collected ? { collected: { url: URL, title: '', html: '', text: '' } } : {}),
  }],
});

function fixture(tab: TabRecord | undefined, refuse = false) {
  const injected: string[] = [];
  const injection = createCollectorInjection({
    scripting: {
      executeScript: async (details) => {
        injected.push(JSON.stringify(details));
        if (refuse) throw new Error('Cannot access contents of the page');
      },
    },
    store: { get: async () => tab },
    tabUrl: async () => URL,
  });
  return { injection, injected };
}

describe('the collector injection', () => {
  it('injects the collector file into the top frame', async () => {
    const { injection, injected } = fixture(undefined);
    await injection.inject(5);
    expect(injected).toEqual([JSON.stringify({ target: { tabId: 5, frameIds: [0] }, files: [COLLECTOR_FILE] })]);
  });

  it('takes a page the browser will not let it script as no error', async () => {
    const { injection, injected } = fixture(undefined, true);
    await expect(injection.inject(5)).resolves.toBeUndefined();
    expect(injected.length).toBe(1);
  });

  it('injects when the shown page failed and was not read, and not otherwise', async () => {
    const cases: [TabRecord | undefined, number][] = [
      [tabWith({ status: 502 }), 1],
      [tabWith({ status: 502 }, true), 0],
      [tabWith({ status: 200 }), 0],
      [tabWith({ status: 404 }), 0],
      [tabWith({ status: 502, tEnd: undefined }), 0],
      [undefined, 0],
    ];
    const counts = [];
    for (const [tab] of cases) {
      const { injection, injected } = fixture(tab);
      await injection.collectIfMissing(5);
      counts.push(injected.length);
    }
    expect(counts).toEqual(cases.map(([, n]) => n));
  });
});
