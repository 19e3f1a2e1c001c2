// Injecting the collector into a tab whose page failed: right after the failure, and again once
// the page has loaded or the popup asks, as long as the page has not been read.
import { needsCollection } from './build-state';
import { pageShowing, type TabStore } from './store';

/**
 * Built apart as one IIFE by vite.config.ts; injected only into a tab whose page failed. Absolute:
 * Firefox resolves a relative file against the calling page, Chrome against the extension root.
 */
export const COLLECTOR_FILE = '/collector.js';

export interface ScriptingApi {
  executeScript(injection: { target: { tabId: number; frameIds: number[] }; files: string[] }): Promise<unknown>;
}

export interface CollectorInjectionDeps {
  scripting: ScriptingApi;
  store: Pick<TabStore, 'get'>;
  tabUrl(tabId: number): Promise<string | undefined>;
}

export interface CollectorInjection {
  /** Runs the collector in the tab's top frame; a tab that is gone or may not be scripted is no error. */
  inject(tabId: number): Promise<void>;
  /** Injects the collector when the tab's shown page needs reading (needsCollection) and has not been read yet. */
  collectIfMissing(tabId: number): Promise<void>;
}

export function createCollectorInjection({ scripting, store, tabUrl }: CollectorInjectionDeps): CollectorInjection {
  const inject = async (tabId: number) => {
    await scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [COLLECTOR_FILE] }).catch(() => undefined);
  };
  return {
    inject,
    async collectIfMissing(tabId) {
      const tab = await store.get(tabId);
      const page = tab && pageShowing(tab, await tabUrl(tabId));
      if (page && needsCollection(page)) await inject(tabId);
    },
  };
}
