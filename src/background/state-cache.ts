// The popup's state per tab, as last built (for the badge, usually), with the capture's version it
// was built from: the popup and the badge get a current answer without rebuilding an unchanged one.
import type { Locale } from '../engine/i18n/locale';
import { isSettled, type PopupState } from '../shared/popup-state';
import { buildState } from './build-state';
import type { TabHistory } from './tab-history';
import type { TabStore } from './store';

export interface StateCacheDeps {
  store: Pick<TabStore, 'get' | 'version'>;
  tabUrl(tabId: number): Promise<string | undefined>;
  /** The language a state is built in when the asker names none: the browser's. */
  defaultLocale(): Locale;
  now(): number;
  /** The site error history: read into the state before it is built, and told of each settled load. */
  history?: TabHistory;
}

export interface StateCache {
  /** The tab's state in a language, rebuilt only when its capture, URL or language changed. */
  stateOf(tabId: number, locale?: Locale): Promise<PopupState>;
  forget(tabId: number): void;
}

interface Cached {
  url: string | undefined;
  locale: Locale;
  version: number;
  state: PopupState;
}

export function createStateCache({ store, tabUrl, defaultLocale, now, history }: StateCacheDeps): StateCache {
  const cache = new Map<number, Cached>();
  return {
    async stateOf(tabId, locale = defaultLocale()) {
      const url = await tabUrl(tabId);
      const cached = cache.get(tabId);
      // An unsettled state changes with time alone ("reading the page…" turns into a verdict): never reused.
      if (cached && cached.url === url && cached.locale === locale && cached.version === store.version(tabId) && isSettled(cached.state)) return cached.state;
      const tab = await store.get(tabId);
      // Read after the capture loaded and before anything else runs: the version of what was built.
      const version = store.version(tabId);
      // Building is synchronous: the site's history is read first (from memory, after its first read).
      let state = buildState(tabId, url, tab, now(), locale, await history?.samplesFor(tabId, url));
      // A load's first settled state records it; the state is built again to include it.
      if (history && isSettled(state) && (await history.loaded(tabId, url, tab, state, locale))) {
        state = buildState(tabId, url, tab, now(), locale, await history.samplesFor(tabId, url));
      }
      cache.set(tabId, { url, locale, version, state });
      return state;
    },
    forget: (tabId) => {
      cache.delete(tabId);
      history?.forget(tabId);
    },
  };
}
