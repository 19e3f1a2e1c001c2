// The ports an extension page holds open to the worker. Apart from messages.ts, so the popup does
// not load zod for a few strings.
import type { Locale } from '../engine/i18n/locale';
import type { PopupState } from './popup-state';

/** Held while a request waits for its answer: its closing says the worker was stopped (popup/api.ts). */
export const WATCH_PORT = 'faultline-watch';

/** Held while the popup is open: the worker pushes the tab's state over it whenever it changes. */
export const STATE_PORT = 'faultline-state';

/** Popup → worker, once per port: the tab it shows and the language it shows it in. */
export interface WatchRequest {
  type: 'watch';
  tabId: number;
  locale?: Locale;
}

/** Worker → popup: the watched tab's state, as `popup/state` would answer now. */
export interface StatePush {
  type: 'state';
  state: PopupState;
}
