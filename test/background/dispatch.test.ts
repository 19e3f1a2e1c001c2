// dispatch: the one gate every message passes. Tested with handlers of its own, so what is checked
// here is the gate alone: what is parsed, who may send what, and that any failure is one { error }.
import type { Runtime } from 'webextension-polyfill';
import { describe, expect, it } from 'vitest';
import { dispatch, fromExtensionPage, type DispatchEnv } from '../../src/background/dispatch';
import type { HandlerContext, Handlers } from '../../src/background/handlers';
import type { PopupState } from '../../src/shared/popup-state';

const RUNTIME_ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${RUNTIME_ID}/`;
const popup: Runtime.MessageSender = { id: RUNTIME_ID, url: `${ORIGIN}src/popup/index.html` };
const page: Runtime.MessageSender = { id: RUNTIME_ID, url: 'https://a.example/', frameId: 0, tab: { id: 3, index: 0, highlighted: false, active: true, pinned: false, incognito: false } };
const REPORT = { counts: {}, total: 0, distinct: 0, copies: 0, kept: [] } as never;
const healthy: PopupState = { kind: 'healthy', tabId: 1, url: 'https://a.example/', requestCount: 2 };

/** Handlers that answer a fixed reply and log the type of every message they were given. */
function env(overrides: Partial<Handlers> = {}) {
  const calls: string[] = [];
  const log = <R>(reply: R) => async (message: { type: string }) => {
    calls.push(message.type);
    return reply;
  };
  const handlers: Handlers = {
    'collector/collected': log({ accepted: true }),
    'popup/state': log(healthy),
    'popup/trace': log(healthy),
    'popup/export-har': log({ fileName: 'a.har', text: '{}', report: REPORT }),
    'popup/export-bundle': log({ fileName: 'a.zip', base64: '', report: REPORT }),
    'popup/summary': log({ text: 'summary', report: REPORT }),
    'popup/redaction-report': log({ report: REPORT }),
    'popup/check-again': log(healthy),
    'popup/check-cancel': log(healthy),
    ...overrides,
  };
  const dispatchEnv: DispatchEnv = { runtimeId: RUNTIME_ID, extensionOrigin: ORIGIN, handlers, context: {} as HandlerContext };
  return { dispatchEnv, calls };
}

const collected = { type: 'collector/collected', payload: { url: 'https://a.example/', title: '', html: '', text: '' } };

describe('dispatch', () => {
  it('hands a valid message to the handler of its type and answers its reply', async () => {
    const { dispatchEnv, calls } = env();
    expect(await dispatch({ type: 'popup/state', tabId: 1 }, popup, dispatchEnv)).toEqual(healthy);
    expect(await dispatch({ type: 'popup/summary', tabId: 1, includeSensitive: false, showClientIp: false }, popup, dispatchEnv)).toEqual({ text: 'summary', report: REPORT });
    expect(calls).toEqual(['popup/state', 'popup/summary']);
  });

  it('hands the handler the parsed message: defaults filled in, unknown keys dropped', async () => {
    let seen: unknown;
    const { dispatchEnv } = env({ 'popup/export-har': async (message) => {
      seen = message;
      return { fileName: 'a.har', text: '{}', report: REPORT };
    } });
    await dispatch({ type: 'popup/export-har', tabId: 4, includeSensitive: true, showClientIp: false, extra: 'dropped' }, popup, dispatchEnv);
    expect(seen).toEqual({ type: 'popup/export-har', tabId: 4, includeSensitive: true, showClientIp: false, keep: [] });
  });

  it('answers "invalid message" for anything the schema refuses, and calls no handler', async () => {
    const { dispatchEnv, calls } = env();
    for (const raw of [undefined, null, 'popup/state', {}, { type: 'popup/state' }, { type: 'popup/state', tabId: -1 }, { type: 'test/ready' }, { type: '__proto__' }]) {
      expect(await dispatch(raw, popup, dispatchEnv)).toEqual({ error: 'invalid message' });
    }
    expect(calls).toEqual([]);
  });

  it('lets a page send only its evidence; every popup message from a page is "not allowed"', async () => {
    const { dispatchEnv, calls } = env();
    expect(await dispatch(collected, page, dispatchEnv)).toEqual({ accepted: true });
    expect(await dispatch({ type: 'popup/state', tabId: 3 }, page, dispatchEnv)).toEqual({ error: 'not allowed' });
    expect(await dispatch({ type: 'popup/redaction-report', tabId: 3, includeSensitive: false, showClientIp: false }, page, dispatchEnv)).toEqual({ error: 'not allowed' });
    expect(calls).toEqual(['collector/collected']);
  });

  it('takes an extension page only with this extension\'s id and a URL under its origin', () => {
    const { dispatchEnv } = env();
    expect(fromExtensionPage(popup, dispatchEnv)).toBe(true);
    expect(fromExtensionPage({ id: RUNTIME_ID, url: `https://evil.example/${ORIGIN}` }, dispatchEnv)).toBe(false);
    expect(fromExtensionPage({ id: 'otherextensionidotherextensionid', url: `${ORIGIN}page.html` }, dispatchEnv)).toBe(false);
    expect(fromExtensionPage({ url: `${ORIGIN}page.html` }, dispatchEnv)).toBe(false);
    expect(fromExtensionPage({ id: RUNTIME_ID }, dispatchEnv)).toBe(false);
  });

  it('answers a handler that throws or rejects with the first line of its error, never a rejection', async () => {
    const { dispatchEnv } = env({
      'popup/state': async () => {
        throw new Error('storage gone\n    at read (tab-store.ts:1:1)');
      },
      'popup/trace': () => Promise.reject('plain reason'),
    });
    expect(await dispatch({ type: 'popup/state', tabId: 1 }, popup, dispatchEnv)).toEqual({ error: 'storage gone' });
    expect(await dispatch({ type: 'popup/trace', tabId: 1 }, popup, dispatchEnv)).toEqual({ error: 'plain reason' });
  });
});
