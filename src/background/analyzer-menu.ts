// "Analyze a HAR file…" in the menu of the extension's toolbar button: opens the HAR analyzer
// (src/analyzer/analyzer.html) in a new tab. Created once, on install or update (the browser keeps the item
// across worker restarts); the click listener is registered at top level with the others.
import type { Menus, Runtime, Tabs } from 'webextension-polyfill';

const MENU_ID = 'open-analyzer';

export interface AnalyzerMenuApi {
  contextMenus: Pick<Menus.Static, 'create' | 'onClicked'>;
  runtime: Pick<Runtime.Static, 'onInstalled' | 'getURL'>;
  tabs: Pick<Tabs.Static, 'create'>;
}

export function registerAnalyzerMenu(api: AnalyzerMenuApi, title: string): void {
  api.runtime.onInstalled.addListener(() => {
    api.contextMenus.create({ id: MENU_ID, title, contexts: ['action'] });
  });
  api.contextMenus.onClicked.addListener((info) => {
    if (info.menuItemId === MENU_ID) void api.tabs.create({ url: api.runtime.getURL('src/analyzer/analyzer.html') });
  });
}
