// Anything a page can send the worker: parsed by the shared schema, bounded, checked against its
// sender. The collector's message cannot name another tab or another origin; popup-only messages
// from a content script are refused; the popup's answers are about the tab it asked for.
import type { Runtime } from 'webextension-polyfill';
import { describe, expect, it } from 'vitest';
import { buildState } from '../../src/background/build-state';
import { dispatch, fromExtensionPage, type DispatchEnv } from '../../src/background/dispatch';
import { handlers, type HandlerContext } from '../../src/background/handlers';
import { createTabStore } from '../../src/background/store';
import { memorySession } from '../support/memory-session';
import type { Collected } from '../../src/shared/collected';
import { collectedPage } from '../support/collected';
import { NGINX_502 } from '../support/pages';
import { COLLECT_LIMITS } from '../../src/shared/limits';
import { RequestSchema } from '../../src/shared/messages';

const RUNTIME_ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${RUNTIME_ID}/`;
const PAGE_A = 'https://shop.example.com/checkout';
const PAGE_B = 'https://bank.example.net/account';


/** Two tabs, each showing a failed page (502 from nginx), nothing collected yet. */
async function setup() {
  const store = createTabStore(memorySession(), () => undefined);
  const urls = new Map<number, string>([[1, PAGE_A], [2, PAGE_B]]);
  for (const [tabId, url] of urls) {
    await store.update(tabId, (tab) => {
      tab.pages.push({
        key: `r${tabId}`, url, startedAt: 1_000, prerender: false,
        entries: [{
          id: `r${tabId}`, type: 'main_frame', frameId: 0, method: 'GET', url, t0: 1_000, tSend: 1_001, tHeaders: 1_050, tEnd: 1_060,
          status: 502, statusLine: 'HTTP/1.1 502 Bad Gateway', responseHeaders: [{ name: 'Server', value: 'nginx' }],
        }],
      });
    });
  }
  const badges: number[] = [];
  const context: HandlerContext = {
    store,
    tabUrl: async (tabId) => urls.get(tabId),
    stateOf: async (tabId) => buildState(tabId, urls.get(tabId), await store.get(tabId)),
    tabChanged: async (tabId) => {
      badges.push(tabId);
    },
    collectIfMissing: async () => undefined,
    exportOptions: ({ includeSensitive, showClientIp, keep }) => ({ includeSensitive, showClientIp, keep, now: new Date(Date.UTC(2026, 10, 21)), randomKey: 'k', locale: 'en' }),
  };
  const env: DispatchEnv = { runtimeId: RUNTIME_ID, extensionOrigin: ORIGIN, handlers, context };
  return { store, env, badges };
}

const collected = (over: Partial<Collected> = {}): Collected => collectedPage(PAGE_A, over);

/** A content script in tab `tabId`'s top frame, showing `url`. */
const contentScript = (tabId: number, url: string, frameId = 0): Runtime.MessageSender =>
  ({ id: RUNTIME_ID, url, frameId, tab: { id: tabId, url, index: 0, highlighted: false, active: true, pinned: false, incognito: false } }) as Runtime.MessageSender;
const popup: Runtime.MessageSender = { id: RUNTIME_ID, url: `${ORIGIN}src/popup/index.html?tabId=1` };

describe('the collector message', () => {
  it('is stored for the sender\'s own tab', async () => {
    const { store, env, badges } = await setup();
    expect(await dispatch({ type: 'collector/collected', payload: collected() }, contentScript(1, PAGE_A), env)).toEqual({ accepted: true });
    expect((await store.get(1))!.pages[0]!.collected?.title).toBe('502 Bad Gateway');
    expect(badges).toEqual([1]);
  });

  it('cannot name another tab: the tab comes from the sender, never from the message', async () => {
    const { store, env } = await setup();
    // Tab 1's page claims to be tab 2, at the top level and inside the payload.
    const claim = { type: 'collector/collected', tabId: 2, payload: { ...collected({ url: PAGE_B }), tabId: 2 } };
    expect(await dispatch(claim, contentScript(1, PAGE_A), env)).toEqual({ accepted: false });
    expect((await store.get(2))!.pages[0]!.collected).toBeUndefined();
    expect((await store.get(1))!.pages[0]!.collected).toBeUndefined();
    // Claiming tab 2 with its own (true) URL lands in its own tab, with the extra key dropped.
    expect(await dispatch({ ...claim, payload: { ...collected(), tabId: 2 } }, contentScript(1, PAGE_A), env)).toEqual({ accepted: true });
    expect((await store.get(2))!.pages[0]!.collected).toBeUndefined();
    expect((await store.get(1))!.pages[0]!.collected).not.toHaveProperty('tabId');
  });

  it('cannot claim another origin than the document that sent it', async () => {
    const { store, env } = await setup();
    expect(await dispatch({ type: 'collector/collected', payload: collected({ url: PAGE_B }) }, contentScript(1, PAGE_A), env)).toEqual({ accepted: false });
    // A frame of another origin inside tab 1 (frameId ≠ 0), even with tab 1's URL in the payload.
    expect(await dispatch({ type: 'collector/collected', payload: collected() }, contentScript(1, 'https://ads.example.org/frame', 3), env)).toEqual({ accepted: false });
    expect(await dispatch({ type: 'collector/collected', payload: collected() }, { ...contentScript(1, PAGE_A), frameId: 3 }, env)).toEqual({ accepted: false });
    // No tab at all (another extension page, a worker).
    expect(await dispatch({ type: 'collector/collected', payload: collected() }, { id: RUNTIME_ID, url: PAGE_A }, env)).toEqual({ accepted: false });
    // The tab's document is of another origin than the page captured (a navigation not seen).
    expect(await dispatch({ type: 'collector/collected', payload: collected({ url: 'https://evil.example/checkout' }) }, contentScript(1, 'https://evil.example/checkout'), env)).toEqual({ accepted: false });
    expect(await dispatch({ type: 'collector/collected', payload: collected({ url: 'http://shop.example.com/checkout' }) }, contentScript(1, 'http://shop.example.com/checkout'), env)).toEqual({ accepted: false });
    expect(await dispatch({ type: 'collector/collected', payload: collected({ url: 'not a url' }) }, contentScript(1, 'not a url'), env)).toEqual({ accepted: false });
    expect((await store.get(1))!.pages[0]!.collected).toBeUndefined();
    // The same origin under another path (pushState, a challenge page) is still this page.
    expect(await dispatch({ type: 'collector/collected', payload: collected({ url: 'https://shop.example.com/other' }) }, contentScript(1, 'https://shop.example.com/other'), env)).toEqual({ accepted: true });
  });

  it('is taken once per page: a second message cannot overwrite the first', async () => {
    const { store, env } = await setup();
    await dispatch({ type: 'collector/collected', payload: collected() }, contentScript(1, PAGE_A), env);
    expect(await dispatch({ type: 'collector/collected', payload: collected({ title: 'spoofed', html: '<p>cloudflare</p>' }) }, contentScript(1, PAGE_A), env)).toEqual({ accepted: false });
    expect((await store.get(1))!.pages[0]!.collected?.title).toBe('502 Bad Gateway');
  });

  it('rejects oversized and malformed payloads with the schema', async () => {
    const { store, env } = await setup();
    const sender = contentScript(1, PAGE_A);
    const bad: unknown[] = [
      undefined, null, 42, 'collector/collected', [], {}, { type: 'collector/collected' },
      { type: 'collector/collected', payload: null },
      { type: 'collector/collected', payload: { ...collected(), html: 'x'.repeat(COLLECT_LIMITS.html + 1) } },
      { type: 'collector/collected', payload: { ...collected(), text: 'x'.repeat(COLLECT_LIMITS.text + 1) } },
      { type: 'collector/collected', payload: { ...collected(), title: 'x'.repeat(COLLECT_LIMITS.title + 1) } },
      { type: 'collector/collected', payload: { ...collected(), url: `https://a.example/${'x'.repeat(9_000)}` } },
      { type: 'collector/collected', payload: { ...collected(), html: 5 } },
      { type: 'collector/collected', payload: { ...collected(), html: { toString: () => NGINX_502 } } },
      { type: 'collector/collected', payload: { ...collected(), timing: { dns: Number.NaN, connect: 0, ssl: 0, wait: 0, receive: 0, total: 0 } } },
      { type: 'collector/collected', payload: { ...collected(), timing: { dns: 1e12, connect: 0, ssl: 0, wait: 0, receive: 0, total: 0 } } },
      { type: 'collector/collected', payload: { ...collected(), timing: { dns: 0, connect: 0, ssl: 0, wait: 0, receive: 0, total: 0, responseStatus: 1e6 } } },
      { type: 'popup/state', tabId: -1 }, { type: 'popup/state', tabId: 1.5 }, { type: 'popup/state', tabId: '1' }, { type: 'popup/state', tabId: 2 ** 40 },
      { type: 'popup/export-har', tabId: 1 }, { type: 'popup/summary', tabId: 1, includeSensitive: 'yes', showClientIp: false },
      { type: 'unknown/kind' }, { type: '__proto__' }, { type: 'constructor' }, { type: 'toString' },
    ];
    for (const message of bad) {
      expect(RequestSchema.safeParse(message).success, JSON.stringify(message)?.slice(0, 120)).toBe(false);
      expect(await dispatch(message, sender, env)).toEqual({ error: 'invalid message' });
      expect(await dispatch(message, popup, env)).toEqual({ error: 'invalid message' });
    }
    expect((await store.get(1))!.pages[0]!.collected).toBeUndefined();
  });

  it('a payload at the limits is taken', async () => {
    const { env } = await setup();
    const payload = collected({ html: `${NGINX_502}${' '.repeat(COLLECT_LIMITS.html - NGINX_502.length)}`, text: 'x'.repeat(COLLECT_LIMITS.text), title: 'x'.repeat(COLLECT_LIMITS.title) });
    expect(await dispatch({ type: 'collector/collected', payload }, contentScript(1, PAGE_A), env)).toEqual({ accepted: true });
  });
});

describe('popup-only messages', () => {
  const popupMessages = [
    { type: 'popup/state', tabId: 2 },
    { type: 'popup/trace', tabId: 2 },
    { type: 'popup/export-har', tabId: 2, includeSensitive: true, showClientIp: false },
    { type: 'popup/export-bundle', tabId: 2, includeSensitive: true, showClientIp: true },
    { type: 'popup/summary', tabId: 2, includeSensitive: true, showClientIp: true },
    { type: 'popup/redaction-report', tabId: 2, includeSensitive: false, showClientIp: false },
  ];

  it('are refused from a content script, whatever tab or URL it claims', async () => {
    const { env } = await setup();
    const senders: Runtime.MessageSender[] = [
      contentScript(1, PAGE_A),
      // A page whose URL merely contains the extension's origin.
      contentScript(1, `https://evil.example/?${ORIGIN}`),
      contentScript(1, `https://evil.example/${ORIGIN}`),
      // Another extension's page (a different id), and a sender with no id or URL.
      { id: 'otherextensionidotherextensionid', url: `chrome-extension://otherextensionidotherextensionid/page.html` },
      { id: 'otherextensionidotherextensionid', url: `${ORIGIN}src/popup/index.html` },
      { url: `${ORIGIN}src/popup/index.html` },
      { id: RUNTIME_ID },
      {},
    ];
    for (const sender of senders) {
      expect(fromExtensionPage(sender, env)).toBe(false);
      for (const message of popupMessages) expect(await dispatch(message, sender, env)).toEqual({ error: 'not allowed' });
    }
  });

  it('are answered for the extension\'s own pages, about the tab they ask for', async () => {
    const { env } = await setup();
    expect(fromExtensionPage(popup, env)).toBe(true);
    const a = (await dispatch({ type: 'popup/state', tabId: 1 }, popup, env)) as { kind: string; url: string; tabId: number };
    const b = (await dispatch({ type: 'popup/state', tabId: 2 }, popup, env)) as { kind: string; url: string; tabId: number };
    expect(a).toMatchObject({ kind: 'failure', url: PAGE_A, tabId: 1 });
    expect(b).toMatchObject({ kind: 'failure', url: PAGE_B, tabId: 2 });
    expect(JSON.stringify(a)).not.toContain('bank.example.net');
    expect(JSON.stringify(b)).not.toContain('shop.example.com');
    const summary = (await dispatch({ type: 'popup/summary', tabId: 1, includeSensitive: false, showClientIp: false }, popup, env)) as { text: string };
    expect(summary.text).toContain(PAGE_A);
    expect(summary.text).not.toContain('bank.example.net');
    expect(await dispatch({ type: 'popup/export-har', tabId: 7, includeSensitive: false, showClientIp: false }, popup, env)).toEqual({ error: 'Nothing was captured for this page.' });
    const report = (await dispatch({ type: 'popup/redaction-report', tabId: 1, includeSensitive: false, showClientIp: false, keep: ['pii'] }, popup, env)) as { report: { kept: string[]; total: number } };
    expect(report.report.kept).toEqual(['pii']);
    // The store builds answer no test message: it is not part of the contract.
    expect(await dispatch({ type: 'test/ready' }, popup, env)).toEqual({ error: 'invalid message' });
  });

  it('a handler that throws answers one line, never a rejected promise', async () => {
    const { env } = await setup();
    const failing: DispatchEnv = {
      ...env,
      context: { ...env.context, stateOf: () => Promise.reject(new Error('storage gone\nat stack line')) },
    };
    expect(await dispatch({ type: 'popup/state', tabId: 1 }, popup, failing)).toEqual({ error: 'storage gone' });
  });
});
