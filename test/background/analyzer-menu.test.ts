// The toolbar button's "Analyze a HAR file…": one menu item on the button (not on pages), created on
// install, and its click opens the analyzer page; other menu items' clicks open nothing.
import { describe, expect, it } from 'vitest';
import { registerAnalyzerMenu, type AnalyzerMenuApi } from '../../src/background/analyzer-menu';

function fakeApi() {
  const created: object[] = [];
  const opened: string[] = [];
  let installed = () => {};
  let clicked: (info: { menuItemId: string | number }) => void = () => {};
  const api = {
    contextMenus: { create: (item: object) => (created.push(item), 1), onClicked: { addListener: (l: typeof clicked) => void (clicked = l) } },
    runtime: { onInstalled: { addListener: (l: () => void) => void (installed = l) }, getURL: (path: string) => `chrome-extension://abc/${path}` },
    tabs: { create: async ({ url }: { url: string }) => void opened.push(url) },
  } as unknown as AnalyzerMenuApi;
  return { api, created, opened, install: () => installed(), click: (id: string) => clicked({ menuItemId: id }) };
}

describe('registerAnalyzerMenu', () => {
  it('creates the item on install, on the toolbar button only, and opens the analyzer on its click', () => {
    const f = fakeApi();
    registerAnalyzerMenu(f.api, 'Analyze a HAR file…');
    expect(f.created).toEqual([]);
    f.install();
    expect(f.created).toEqual([{ id: 'open-analyzer', title: 'Analyze a HAR file…', contexts: ['action'] }]);
    f.click('something-else');
    expect(f.opened).toEqual([]);
    f.click('open-analyzer');
    expect(f.opened).toEqual(['chrome-extension://abc/src/analyzer/analyzer.html']);
  });
});
