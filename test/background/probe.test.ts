// The worker's "Check again": only GETs, cookies only when asked, each try stored with the page and
// read by the engine, a time-out named as one, Cancel keeping what was found, and a POST page
// checked only after the user's yes; the state's diagnosis takes the tries as evidence.
import { describe, expect, it } from 'vitest';
import { buildState } from '../../src/background/build-state';
import { createProbes } from '../../src/background/probe';
import { createTabStore } from '../../src/background/store';
import { RequestSchema } from '../../src/shared/messages';
import { memorySession } from '../support/memory-session';

const URL = 'https://shop.example.com/cart';
const NGINX_502 = '<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx/1.24.0</center></body></html>';

async function setup(method = 'GET', answers: ((init: RequestInit) => Promise<Response>)[] = []) {
  const store = createTabStore(memorySession(), () => undefined);
  await store.update(1, (tab) => {
    tab.pages.push({
      key: 'r1', url: URL, startedAt: 1_000, prerender: false,
      entries: [{ id: 'r1', type: 'main_frame', frameId: 0, method, url: URL, t0: 1_000, tEnd: 1_060, status: 502, responseHeaders: [{ name: 'Server', value: 'nginx/1.24.0' }, { name: 'X-Upstream', value: 'backend-b' }] }],
    });
  });
  const calls: { url: string; init: RequestInit }[] = [];
  let i = 0;
  const fetchImpl = (async (url: string, init: RequestInit) => {
    calls.push({ url, init });
    return answers[i++ % answers.length]!(init);
  }) as unknown as typeof fetch;
  const changed: number[] = [];
  const probes = createProbes({ store, tabUrl: async () => URL, tabChanged: async (t) => void changed.push(t), fetchImpl, intervalMs: 0, timeoutMs: 50 });
  const probeOf = async () => (await store.get(1))!.pages[0]!.probe;
  return { store, probes, calls, changed, probeOf };
}

const bad = async () => new Response(NGINX_502, { status: 502, headers: { server: 'nginx/1.24.0', 'x-upstream': 'backend-b', 'content-type': 'text/html' } });
const good = async () => new Response('<h1>Shop</h1>', { status: 200, headers: { server: 'nginx/1.24.0', 'x-upstream': 'backend-a' } });
/** Never answers; rejects when the try's signal aborts, as fetch does. */
const hang = (init: RequestInit) => new Promise<Response>((_, reject) => init.signal!.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));

describe('createProbes', () => {
  it('makes the asked number of cookieless GETs, stores each try and ends done', async () => {
    const { probes, calls, probeOf, store } = await setup('GET', [good, bad, good, bad, bad]);
    expect(await probes.start(1, { tries: 5, asYou: false, confirmedGet: false })).toEqual({});
    await probes.settled(1);
    expect(calls.map((c) => [c.url, c.init.method, c.init.credentials])).toEqual(Array(5).fill([URL, 'GET', 'omit']));
    const probe = (await probeOf())!;
    expect(probe).toMatchObject({ tries: 5, asYou: false, status: 'done' });
    expect(probe.results.map((r) => [r.sample.status, r.sample.failed, r.sample.node])).toEqual([
      [200, false, 'backend-a'], [502, true, 'backend-b'], [200, false, 'backend-a'], [502, true, 'backend-b'], [502, true, 'backend-b'],
    ]);
    expect(probe.results[1]!.generator).toBe('nginx');
    // The tries reach the engine: the state's causes now put the one unhealthy backend first.
    const state = buildState(1, URL, await store.get(1), 10_000);
    expect(state).toMatchObject({ kind: 'failure', probe: { status: 'done' }, method: 'GET' });
    if (state.kind === 'failure') expect(state.diagnosis.causes[0]?.id).toBe('one-backend-unhealthy');
  });

  it('sends cookies only when checking as the user, and caps the tries at 10', async () => {
    const { probes, calls, probeOf } = await setup('GET', [good]);
    await probes.start(1, { tries: 50, asYou: true, confirmedGet: false });
    await probes.settled(1);
    expect(calls).toHaveLength(10);
    expect(calls.every((c) => c.init.credentials === 'include')).toBe(true);
    expect((await probeOf())!.asYou).toBe(true);
  });

  it('names a try that reaches its time limit as timed out', async () => {
    const { probes, probeOf } = await setup('GET', [hang]);
    await probes.start(1, { tries: 1, asYou: false, confirmedGet: false });
    await probes.settled(1);
    expect((await probeOf())!.results[0]!.sample).toMatchObject({ status: 0, failed: true, netError: 'net::ERR_TIMED_OUT' });
  });

  it('keeps the tries made so far when cancelled, and drops the one cut short', async () => {
    const { probes, probeOf, calls } = await setup('GET', [bad, hang]);
    await probes.start(1, { tries: 5, asYou: false, confirmedGet: false });
    await until(() => calls.length === 2);
    await probes.cancel(1);
    const probe = (await probeOf())!;
    expect(probe.status).toBe('cancelled');
    expect(probe.results).toHaveLength(1);
  });

  it('refuses to check a POST page until the user confirms a GET, and then sends only a GET', async () => {
    const { probes, calls } = await setup('POST', [good]);
    expect((await probes.start(1, { tries: 1, asYou: false, confirmedGet: false })).error).toMatch(/not a GET/);
    expect(calls).toHaveLength(0);
    expect(await probes.start(1, { tries: 1, asYou: false, confirmedGet: true })).toEqual({});
    await probes.settled(1);
    expect(calls.map((c) => c.init.method)).toEqual(['GET']);
  });

  it('marks a check left running by a stopped worker as cancelled', async () => {
    const { store, probeOf } = await setup();
    await store.update(1, (tab) => {
      tab.pages[0]!.probe = { startedAt: 1, tries: 5, asYou: false, status: 'running', results: [] };
    });
    const fresh = createProbes({ store, tabUrl: async () => URL, tabChanged: async () => undefined, fetchImpl: (() => Promise.reject(new Error('unused'))) as typeof fetch });
    await fresh.cancel(1);
    expect((await probeOf())!.status).toBe('cancelled');
  });
});

describe('the check-again message', () => {
  it('defaults to 5 cookieless tries with no POST confirmation, and refuses more than 10 or fewer than 1', () => {
    expect(RequestSchema.parse({ type: 'popup/check-again', tabId: 3 })).toEqual({ type: 'popup/check-again', tabId: 3, tries: 5, asYou: false, confirmedGet: false });
    for (const tries of [0, 11, 2.5, '5']) expect(RequestSchema.safeParse({ type: 'popup/check-again', tabId: 3, tries }).success).toBe(false);
    expect(RequestSchema.safeParse({ type: 'popup/check-cancel', tabId: -1 }).success).toBe(false);
  });
});

async function until(done: () => boolean) {
  for (let i = 0; i < 200 && !done(); i++) await new Promise((r) => setTimeout(r, 5));
}
