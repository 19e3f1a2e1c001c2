// Every fixture, replayed by the gallery and read the way the extension reads it (webRequest
// headers + the collector's bounded DOM serialisation), gets the verdict it gets from raw HTML.
// One test per generator folder, so a failure names the generator and no test holds the whole sweep.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadGalleryPages, type GalleryPage } from '../../harness/fixtures';
import { startGallery, type Gallery } from '../../harness/gallery-server';
import { launchWithExtension, type ExtensionBrowser } from '../../harness/launch-browser';
import type { Page } from 'puppeteer';
import { pageWorthReading } from '../../src/engine/needs-page';
import { navigate, settledState, tabIdOf } from './support';

/**
 * Pages visited at once, each in its own tab. A page whose collector cannot run (an empty 5xx body
 * shows the browser's own error page) settles only when the worker's 5 s collection grace is over;
 * two tabs wait out those graces side by side and halve the sweep. Four were faster still, but in
 * two of five sweeps one page never settled within 15 s.
 */
const TABS = 2;
/** The largest folder (cloudflare, ~45 pages) takes 10-20 s; this leaves room for a busy machine. */
const FOLDER_TIMEOUT_MS = 120_000;

/** Redirects leave the gallery; status-0 fixtures have no response to replay. */
const isSwept = (p: Pick<GalleryPage, 'status'>) => p.status >= 200 && (p.status < 300 || p.status >= 400);
/** Known when the tests are collected (the gallery starts later): the folders to make a test of. */
const FOLDERS = [...new Set(loadGalleryPages().filter(isSwept).map((p) => p.folder))];

let gallery: Gallery;
let eb: ExtensionBrowser;
const tabs: { tab: Page; tabId: number }[] = [];
/** Each folder's mismatches, as the sweep started in beforeAll finishes the folder. */
let results: Map<string, Promise<string[]>>;

beforeAll(async () => {
  gallery = await startGallery();
  eb = await launchWithExtension();
  for (let i = 0; i < TABS; i += 1) {
    const tab = await eb.browser.newPage();
    // Some fixtures are pages that redirect themselves by script (a WAF's block page); the sweep is
    // about attribution, so page scripts stay off. The collector is the extension's, and still runs.
    await tab.setJavaScriptEnabled(false);
    const start = gallery.url(`/healthy?tab=${i}`);
    await tab.goto(start);
    tabs.push({ tab, tabId: await tabIdOf(eb.control, start) });
  }
  results = sweep(gallery.pages.filter(isSwept));
}, 60_000);
afterAll(async () => {
  await eb?.close();
  await gallery?.close();
});

/** What the popup would report for `p`, as generator/layer/blame, visited in `tab`. */
async function verdictIn({ tab, tabId }: { tab: Page; tabId: number }, p: GalleryPage): Promise<string> {
  const url = gallery.pageUrl(p);
  await navigate(tab, url);
  // The page visited before may reload itself (a meta refresh at 0 s) and replace this page's
  // state once: such a page is visited once more before it counts as unsettled.
  const state = await settledState(eb.control, tabId, url).catch(async () => {
    await navigate(tab, url);
    return settledState(eb.control, tabId, url);
  });
  return state.kind === 'failure' && state.scope === 'page'
    ? `${state.diagnosis.generator}/${state.diagnosis.layer}/${state.diagnosis.blame}`
    : 'none/none/none';
}

/** "folder/name: got …, want …" when the verdict for `p` is not the one its fixture expects. */
async function mismatchOf(tab: { tab: Page; tabId: number }, p: GalleryPage): Promise<string | undefined> {
  const got = await verdictIn(tab, p);
  const want = `${p.expect.generator}/${p.expect.layer}/${p.expect.blame}`;
  // A 4xx page nobody recognisably wrote (a look-alike included) is not a failure the popup
  // reports: "none" covers it.
  const quiet4xx = p.status < 500 && (p.expect.generator === 'none' || p.expect.generator === 'unknown');
  // An everyday 4xx (400, 404, 410), or a success (a block page pasted without its headers), whose
  // headers name no producer with a page there is left unread on purpose (engine/needs-page.ts):
  // from its headers alone it is no failure.
  const unreadEveryday = ([400, 404, 410].includes(p.status) || p.status < 400) && !pageWorthReading(p.status, undefined, p.headers.map(([name, value]) => ({ name, value })));
  return got === want || ((quiet4xx || unreadEveryday) && got === 'none/none/none') ? undefined : `${p.folder}/${p.name}: got ${got}, want ${want}`;
}

/**
 * Visits every swept page, folder after folder, in all tabs at once, and settles each folder's
 * promise with its mismatches once its last page is done. The tabs run ahead of the folder being
 * asserted, so one folder's grace waits overlap the next folder's pages.
 */
function sweep(pages: GalleryPage[]): Map<string, Promise<string[]>> {
  const folders = new Map<string, { left: number; wrong: string[]; settle: (wrong: string[]) => void; fail: (e: unknown) => void; result: Promise<string[]> }>();
  for (const p of pages) {
    const folder = folders.get(p.folder);
    if (folder) {
      folder.left += 1;
      continue;
    }
    let settle!: (wrong: string[]) => void;
    let fail!: (e: unknown) => void;
    const result = new Promise<string[]>((resolve, reject) => { settle = resolve; fail = reject; });
    result.catch(() => undefined); // reported by the folder's own test, not as an unhandled rejection
    folders.set(p.folder, { left: 1, wrong: [], settle, fail, result });
  }
  const queue = [...pages];
  for (const tab of tabs) {
    void (async () => {
      for (let p = queue.shift(); p; p = queue.shift()) {
        const folder = folders.get(p.folder)!;
        try {
          const wrong = await mismatchOf(tab, p);
          if (wrong) folder.wrong.push(wrong);
          folder.left -= 1;
          if (folder.left === 0) folder.settle(folder.wrong.sort());
        } catch (error) {
          folder.fail(new Error(`${p.folder}/${p.name}: ${error instanceof Error ? error.message : String(error)}`));
        }
      }
    })();
  }
  return new Map([...folders].map(([name, folder]) => [name, folder.result]));
}

describe('every fixture through the browser is attributed as from its raw response', () => {
  it('covers every fixture the gallery replays', () => {
    const swept = gallery.pages.filter(isSwept);
    expect(swept.length).toBeGreaterThan(250);
    expect([...new Set(swept.map((p) => p.folder))]).toEqual(FOLDERS);
  });

  it.each(FOLDERS)('%s', async (folder) => {
    expect(await results.get(folder)).toEqual([]);
  }, FOLDER_TIMEOUT_MS);
});
