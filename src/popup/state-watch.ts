// The popup's open line to the worker (STATE_PORT): it names its tab once, and the worker pushes
// the tab's state whenever it changes, so the popup never polls. The browser may stop the worker at
// any time, which closes the port: the popup connects again, which wakes a new worker, and that
// one answers with the state it reads back from storage.session. A worker that keeps refusing is
// given up on after a few tries; the popup keeps what it shows.
import browser, { type Runtime } from 'webextension-polyfill';
import type { Locale } from '../engine/i18n/locale';
import type { PopupState } from '../shared/popup-state';
import { STATE_PORT, type WatchRequest } from '../shared/watch-port';
import { readPushedState } from './pushed-state';

/** Connections in a row that closed before any state came through. */
const MAX_FRUITLESS_CONNECTIONS = 3;

/** Watches `tabId` until the returned function is called; `onState` gets every valid state pushed. */
export function watchState(tabId: number, locale: Locale, onState: (state: PopupState) => void): () => void {
  let port: Runtime.Port | undefined;
  let fruitless = 0;
  let stopped = false;

  const connect = () => {
    const current = browser.runtime.connect({ name: STATE_PORT });
    port = current;
    current.onMessage.addListener((message: unknown) => {
      const state = readPushedState(message, tabId);
      if (state === undefined) return;
      fruitless = 0;
      onState(state);
    });
    current.onDisconnect.addListener(() => {
      if (stopped || port !== current) return;
      fruitless++;
      if (fruitless <= MAX_FRUITLESS_CONNECTIONS) connect();
    });
    const request: WatchRequest = { type: 'watch', tabId, locale };
    current.postMessage(request);
  };

  connect();
  return () => {
    stopped = true;
    port?.disconnect();
  };
}
