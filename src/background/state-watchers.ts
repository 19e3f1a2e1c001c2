// The open popups, each watching one tab over a port (STATE_PORT): the worker pushes the tab's state
// whenever it may have changed, so a popup never polls. A state that can still change with time
// alone ("reading the page…") is looked at again shortly while someone watches it. The port closes
// when the popup does, and when this worker is stopped: the popup then connects again.
import { z } from 'zod';
import type { Locale } from '../engine/i18n/locale';
import { LocaleSchema, TabIdSchema } from '../shared/messages';
import { isSettled, type PopupState } from '../shared/popup-state';
import type { StatePush } from '../shared/watch-port';

/** The part of a runtime.Port a watcher uses. */
export interface StatePort {
  postMessage(message: StatePush): void;
  onMessage: { addListener(listener: (message: unknown) => void): void };
  onDisconnect: { addListener(listener: () => void): void };
  disconnect(): void;
}

export interface StateWatchersDeps {
  stateOf(tabId: number, locale?: Locale): Promise<PopupState>;
  /** How soon an unsettled state is looked at again; the popup used to re-ask this often. */
  recheckMs?: number;
  /**
   * Called each time a watched tab's state is found unsettled: the page's evidence may be missing
   * because the collector landed in the outgoing document, and is asked for again.
   */
  stillUnsettled?(tabId: number): void;
}

export interface StateWatchers {
  /** Takes a popup's port: its first message names the tab; anything else closes it. */
  accept(port: StatePort): void;
  /** The tab's state may have changed: every popup watching it gets it, if it did. */
  push(tabId: number): Promise<void>;
  /** Popups watching the tab now. */
  count(tabId: number): number;
}

const WatchSchema = z.object({ type: z.literal('watch'), tabId: TabIdSchema, locale: LocaleSchema }).strict();

interface Watcher {
  port: StatePort;
  locale: Locale | undefined;
  /** The state last posted: an unchanged (cached, so identical) state is not posted again. */
  last?: PopupState;
}

export function createStateWatchers({ stateOf, recheckMs = 250, stillUnsettled }: StateWatchersDeps): StateWatchers {
  const byTab = new Map<number, Set<Watcher>>();
  /** One push at a time per tab, so a popup never receives an older state after a newer one. */
  const queues = new Map<number, Promise<void>>();
  const rechecks = new Map<number, ReturnType<typeof setTimeout>>();

  async function pushNow(tabId: number): Promise<void> {
    const watchers = byTab.get(tabId);
    if (!watchers) return;
    let unsettled = false;
    for (const watcher of watchers) {
      let state: PopupState;
      try {
        state = await stateOf(tabId, watcher.locale);
      } catch {
        // A browser API refused for a moment (the tab switching, storage busy): look again shortly,
        // or the popup would keep what it shows (say, "reading the page…") with nothing to change it.
        unsettled = true;
        continue;
      }
      unsettled ||= !isSettled(state);
      if (state === watcher.last) continue;
      watcher.last = state;
      try {
        watcher.port.postMessage({ type: 'state', state });
      } catch {
        watchers.delete(watcher); // closed between its disconnect and our post
      }
    }
    if (unsettled) stillUnsettled?.(tabId);
    if (unsettled && watchers.size > 0 && !rechecks.has(tabId)) {
      rechecks.set(tabId, setTimeout(() => {
        rechecks.delete(tabId);
        void push(tabId);
      }, recheckMs));
    }
  }

  function push(tabId: number): Promise<void> {
    if (!byTab.has(tabId)) return Promise.resolve();
    const next = (queues.get(tabId) ?? Promise.resolve()).then(() => pushNow(tabId)).catch(() => undefined);
    queues.set(tabId, next);
    return next;
  }

  function remove(tabId: number, watcher: Watcher): void {
    const watchers = byTab.get(tabId);
    watchers?.delete(watcher);
    if (watchers?.size !== 0) return;
    byTab.delete(tabId);
    queues.delete(tabId);
    clearTimeout(rechecks.get(tabId));
    rechecks.delete(tabId);
  }

  return {
    accept(port) {
      let watched: { tabId: number; watcher: Watcher } | undefined;
      port.onDisconnect.addListener(() => watched && remove(watched.tabId, watched.watcher));
      port.onMessage.addListener((raw) => {
        const parsed = WatchSchema.safeParse(raw);
        // A port watches one tab, named once, in the shape the popup sends.
        if (watched || !parsed.success) {
          if (watched) remove(watched.tabId, watched.watcher);
          port.disconnect();
          return;
        }
        const { tabId, locale } = parsed.data;
        const watcher: Watcher = { port, locale };
        watched = { tabId, watcher };
        byTab.set(tabId, (byTab.get(tabId) ?? new Set()).add(watcher));
        void push(tabId);
      });
    },
    push,
    count: (tabId) => byTab.get(tabId)?.size ?? 0,
  };
}
