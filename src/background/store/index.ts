// The tab store's public surface: what the rest of the worker (and the tests, bench and harness)
// may use. Everything else in this folder is how the store works inside.
export { CHUNK } from './chunk-list';
export type { SessionArea } from './chunked-store';
export { pageFor, pageShowing } from './pages';
export { createTabStore, type TabStore } from './tab-store';
export type { EntryView, PageView, ReadonlyDeep, TabView } from './tab-view';
