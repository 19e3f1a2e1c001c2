// The popups' watch ports: a port names its tab once and then hears of every change of that tab's
// state, in order; anything else on a port closes it; an unsettled state is looked at again.
import { describe, expect, it } from 'vitest';
import { createStateWatchers, type StatePort } from '../../src/background/state-watchers';
import type { PopupState } from '../../src/shared/popup-state';
import type { StatePush } from '../../src/shared/watch-port';

const healthy = (requestCount: number): PopupState => ({ kind: 'healthy', tabId: 1, url: 'https://a.example/', requestCount });
const loading: PopupState = { kind: 'loading', tabId: 1, url: 'https://a.example/', requestCount: 1 };

/** A port as the worker sees it: the test plays the popup's side. */
function fakePort() {
  const received: StatePush[] = [];
  const onMessage: ((m: unknown) => void)[] = [];
  const onDisconnect: (() => void)[] = [];
  let closed = false;
  const port: StatePort = {
    postMessage: (m) => void received.push(m),
    onMessage: { addListener: (l) => void onMessage.push(l) },
    onDisconnect: { addListener: (l) => void onDisconnect.push(l) },
    disconnect: () => void (closed = true),
  };
  return {
    port, received,
    send: (m: unknown) => onMessage.forEach((l) => l(m)),
    close: () => onDisconnect.forEach((l) => l()),
    isClosed: () => closed,
  };
}

/** Waits for the watchers' queued pushes to run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the state watchers', () => {
  it('pushes the current state as soon as a popup names its tab, then each new state once', async () => {
    let state = healthy(1);
    const watchers = createStateWatchers({ stateOf: async () => state });
    const popup = fakePort();
    watchers.accept(popup.port);
    popup.send({ type: 'watch', tabId: 1, locale: 'en' });
    await settle();
    await watchers.push(1); // the same (cached) state: not posted again
    state = healthy(2);
    await watchers.push(1);
    expect(popup.received.map((m) => [m.type, m.state.kind === 'healthy' && m.state.requestCount])).toEqual([['state', 1], ['state', 2]]);
    expect(watchers.count(1)).toBe(1);
  });

  it('asks for the state in the language the popup named', async () => {
    const asked: (string | undefined)[] = [];
    const watchers = createStateWatchers({ stateOf: async (_tabId, locale) => (asked.push(locale), healthy(1)) });
    const popup = fakePort();
    watchers.accept(popup.port);
    popup.send({ type: 'watch', tabId: 1, locale: 'zh-CN' });
    await settle();
    expect(asked).toEqual(['zh-CN']);
  });

  it('closes a port whose first message is not a watch request, or that sends a second one', async () => {
    const watchers = createStateWatchers({ stateOf: async () => healthy(1) });
    for (const bad of [{ type: 'watch', tabId: -1 }, { type: 'watch', tabId: 1, locale: 'xx' }, { type: 'watch', tabId: 1, extra: true }, { type: 'state' }, null, 'watch']) {
      const popup = fakePort();
      watchers.accept(popup.port);
      popup.send(bad);
      expect(popup.isClosed()).toBe(true);
    }
    const popup = fakePort();
    watchers.accept(popup.port);
    popup.send({ type: 'watch', tabId: 1 });
    popup.send({ type: 'watch', tabId: 2 });
    await settle();
    expect([popup.isClosed(), watchers.count(1), watchers.count(2)]).toEqual([true, 0, 0]);
  });

  it('forgets a popup whose port closed, and pushes to nobody then', async () => {
    let asked = 0;
    const watchers = createStateWatchers({ stateOf: async () => (asked++, healthy(asked)) });
    const popup = fakePort();
    watchers.accept(popup.port);
    popup.send({ type: 'watch', tabId: 1 });
    await settle();
    popup.close();
    await watchers.push(1);
    expect([watchers.count(1), asked, popup.received.length]).toEqual([0, 1, 1]);
  });

  it('looks at an unsettled state again until it settles', async () => {
    // Built afresh each time, as the state cache builds every unsettled state.
    const states = [{ ...loading }, { ...loading }, healthy(3)];
    const stillUnsettled: number[] = [];
    const watchers = createStateWatchers({ stateOf: async () => states.shift() ?? healthy(3), recheckMs: 1, stillUnsettled: (tabId) => void stillUnsettled.push(tabId) });
    const popup = fakePort();
    watchers.accept(popup.port);
    popup.send({ type: 'watch', tabId: 1 });
    const deadline = Date.now() + 5_000;
    while (popup.received.at(-1)?.state.kind !== 'healthy' && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 5));
    expect(popup.received.map((m) => m.state.kind)).toEqual(['loading', 'loading', 'healthy']);
    expect(states).toEqual([]);
    // Each unsettled look asked for the page's evidence again, as each re-ask of the popup did.
    expect(stillUnsettled).toEqual([1, 1]);
  });

  it('looks again when building the state failed, instead of leaving the popup with what it showed', async () => {
    let calls = 0;
    const stateOf = async () => {
      calls++;
      if (calls === 2) throw new Error('No tab with id: 1');
      return calls === 1 ? { ...loading } : healthy(3);
    };
    const watchers = createStateWatchers({ stateOf, recheckMs: 1 });
    const popup = fakePort();
    watchers.accept(popup.port);
    popup.send({ type: 'watch', tabId: 1 });
    const deadline = Date.now() + 5_000;
    while (popup.received.at(-1)?.state.kind !== 'healthy' && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 5));
    expect(popup.received.map((m) => m.state.kind)).toEqual(['loading', 'healthy']);
    expect(calls).toBe(3);
  });
});
