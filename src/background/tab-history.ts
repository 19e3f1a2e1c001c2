// Between a tab and the site error history: which site a tab's page belongs to, its history's
// samples for the engine, and the one event each settled page load adds. Private tabs are neither
// read nor written (the manifest keeps the extension out of them; this holds even if it did not).
import type { Locale } from '../engine/i18n/locale';
import type { Sample } from '../engine/recurrence';
import type { PopupState } from '../shared/popup-state';
import { eventOfLoad, samplesOf, siteOf } from './history-event';
import type { History } from './history';
import { mainEntry } from './page-evidence';
import { pageShowing, type TabView } from './store';

export interface TabHistory {
  /** The history of the site `url` belongs to; undefined when there is none to show. */
  samplesFor(tabId: number, url: string | undefined): Promise<Sample[] | undefined>;
  /** Records the load a settled state is about; true when that added an event. */
  loaded(tabId: number, url: string | undefined, tab: TabView | undefined, state: PopupState, locale: Locale): Promise<boolean>;
  forget(tabId: number): void;
}

export interface TabHistoryDeps {
  history: History;
  /** Whether the tab is in a private window (tabs.get(tabId).incognito). */
  isPrivate(tabId: number): Promise<boolean>;
  /** The node id the answer's headers name, when known. */
  nodeOf?(headers: readonly { name: string; value?: string }[]): string | undefined;
}

export function createTabHistory({ history, isPrivate, nodeOf }: TabHistoryDeps): TabHistory {
  const privateTabs = new Map<number, boolean>();
  /** The load last recorded per tab (its start time): a rebuilt state of it records nothing. */
  const recorded = new Map<number, number>();
  const privateTab = async (tabId: number) => {
    let known = privateTabs.get(tabId);
    if (known === undefined) privateTabs.set(tabId, known = await isPrivate(tabId).catch(() => true));
    return known;
  };

  return {
    async samplesFor(tabId, url) {
      const site = url === undefined ? undefined : siteOf(url);
      if (site === undefined || (await privateTab(tabId))) return undefined;
      const events = await history.eventsOf(site);
      return events.length > 0 ? samplesOf(events) : undefined;
    },
    async loaded(tabId, url, tab, state, locale) {
      const site = url === undefined ? undefined : siteOf(url);
      const page = tab && site !== undefined ? pageShowing(tab, url) : undefined;
      const main = page && mainEntry(page);
      // A page whose load has not ended is no load yet.
      if (!page || !main || main.tEnd === undefined || recorded.get(tabId) === main.t0) return false;
      if (siteOf(page.url) !== site || (await privateTab(tabId))) return false;
      const event = eventOfLoad(main, state, locale, main.responseHeaders && nodeOf?.(main.responseHeaders));
      if (!event) return false;
      recorded.set(tabId, main.t0);
      return history.record(site!, event);
    },
    forget(tabId) {
      privateTabs.delete(tabId);
      recorded.delete(tabId);
    },
  };
}
