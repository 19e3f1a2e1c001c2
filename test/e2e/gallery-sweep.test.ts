// Every fixture, replayed by the gallery and read the way the extension reads it (webRequest
// headers + the collector's bounded DOM serialisation), gets the verdict it gets from raw HTML.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGallery, type Gallery } from '../../harness/gallery-server';
import { launchWithExtension, type ExtensionBrowser } from '../../harness/launch-browser';
import type { Page } from 'puppeteer';
import { settledState, tabIdOf } from './support';

let gallery: Gallery;
let eb: ExtensionBrowser;
let tab: Page;
let tabId: number;

beforeAll(async () => {
  gallery = await startGallery();
  eb = await launchWithExtension();
  tab = await eb.browser.newPage();
  // Some fixtures are pages that redirect themselves by script (a WAF's block page); the sweep is
  // about attribution, so page scripts stay off. The collector is the extension's, and still runs.
  await tab.setJavaScriptEnabled(false);
  await tab.goto(gallery.url('/healthy'));
  tabId = await tabIdOf(eb.control, gallery.url('/healthy'));
});
afterAll(async () => {
  await eb?.close();
  await gallery?.close();
});

describe('every fixture through the browser', () => {
  it('is attributed as from its raw response', async () => {
    // Redirects leave the gallery; status-0 fixtures have no response to replay.
    const pages = gallery.pages.filter((p) => p.status >= 200 && (p.status < 300 || p.status >= 400));
    const wrong: string[] = [];
    for (const p of pages) {
      const url = gallery.pageUrl(p);
      await tab.goto(url).catch(() => undefined);
      const state = await settledState(eb.control, tabId, url);
      const got = state.kind === 'failure' && state.scope === 'page'
        ? `${state.diagnosis.generator}/${state.diagnosis.layer}/${state.diagnosis.blame}`
        : 'none/none/none';
      const want = `${p.expect.generator}/${p.expect.layer}/${p.expect.blame}`;
      // A 4xx page nobody recognisably wrote (a look-alike included) is not a failure the popup
      // reports: "none" covers it.
      const quiet4xx = p.status < 500 && (p.expect.generator === 'none' || p.expect.generator === 'unknown');
      const acceptable = got === want || (quiet4xx && got === 'none/none/none');
      if (!acceptable) wrong.push(`${p.folder}/${p.name}: got ${got}, want ${want}`);
    }
    expect(wrong).toEqual([]);
    expect(pages.length).toBeGreaterThan(250);
  }, 300_000);
});
