// One visit and its pictures, as a user would see them: the page opened in a tab of its own, the
// popup opened on that tab once the worker's verdict is final, and the popup pictured in each colour
// scheme asked for. The demo tour (npm start) and the store screenshots both take theirs here.
import type { Page } from 'puppeteer';
import { isSettled, type PopupState } from '../src/shared/popup-state';
import { badgeOf, stateOf, tabIdOf } from './extension-page';
import { until, type ExtensionBrowser } from './launch-browser';

export type ColorScheme = 'light' | 'dark';
export interface Viewport { width: number; height: number }

export interface PopupShotRequest {
  url: string;
  popupViewport: Viewport;
  /** The popup is pictured once per scheme, in this order. */
  schemes: readonly ColorScheme[];
  /** The whole popup document (the tour), or only its viewport (a store picture of fixed size). */
  fullPage: boolean;
  /** The page's own tab: its viewport, and whether to picture it too. */
  page?: { viewport: Viewport; picture: boolean };
  /** How long the page may take to answer: the gallery can replay a fixture's time to error. */
  answerWithinMs?: number;
}

/** What the popup showed, so a caller can check that the picture says what it should. */
export interface PopupShown {
  /** The verdict's visible text, its lines joined by single spaces (headline, who must act, timing). */
  verdict: string;
  generator: string;
  blame: string;
  /** The popup document's scrolling width and visible width: equal unless something overflows sideways. */
  scrollWidth: number;
  clientWidth: number;
}

export interface PopupShot {
  tabId: number;
  /** The tab's state as the worker gave it to the popup. */
  state: PopupState;
  badge: string;
  shown: PopupShown;
  /** PNGs of the popup, by colour scheme. */
  popup: Partial<Record<ColorScheme, Uint8Array>>;
  /** A PNG of the page, when asked for. */
  page?: Uint8Array;
}

/** Beyond the page's own answer time: loading, the worker's reading, the collector's grace. */
const SETTLE_MS = 30_000;

/** The last picture taken or queued in each browser: pictures there are taken one at a time. */
const pictureQueues = new WeakMap<ExtensionBrowser, Promise<unknown>>();

/**
 * Runs `take` once the browser's earlier pictures are done. A picture of a tab behind others can
 * wait for a frame that does not come (in a tour with twenty tabs open, one popup's picture timed
 * out after 180 s, and puppeteer queues every other picture behind it): each picture brings its tab
 * to the front first, and no other visit brings another tab forward before the picture is taken.
 */
function takeInTurn<T>(eb: ExtensionBrowser, take: () => Promise<T>): Promise<T> {
  const taken = (pictureQueues.get(eb) ?? Promise.resolve()).catch(() => undefined).then(take);
  pictureQueues.set(eb, taken);
  return taken;
}

/**
 * The popup is final once its verdict is settled and the trace it asks for is no longer being
 * fetched (the trace's "Fetching…" is the only status line inside the details).
 */
async function popupFinal(popup: Page): Promise<void> {
  await popup.waitForSelector('[data-testid="verdict"][data-settled="true"]', { timeout: SETTLE_MS });
  await popup.waitForFunction(() => !document.querySelector('details [role="status"]'), { timeout: SETTLE_MS });
}

export async function visitAndShootPopup(eb: ExtensionBrowser, request: PopupShotRequest): Promise<PopupShot> {
  const answerWithinMs = request.answerWithinMs ?? 0;
  const page = await eb.browser.newPage();
  const opened: Page[] = [page];
  try {
    if (request.page) await page.setViewport(request.page.viewport);
    // A reset connection rejects goto; what the extension made of it is still the point.
    await page.goto(request.url, { timeout: answerWithinMs + SETTLE_MS }).catch(() => undefined);
    const tabId = await tabIdOf(eb.control, request.url);
    await until(`a settled state for ${request.url}`, async () => {
      const state = await stateOf(eb.control, tabId);
      return state.kind !== 'unsupported' && state.url === request.url && isSettled(state);
    }, SETTLE_MS);
    const pagePicture = request.page?.picture ? await takeInTurn(eb, async () => {
      await page.bringToFront();
      return page.screenshot();
    }) : undefined;

    const popup = await eb.browser.newPage();
    opened.push(popup);
    await popup.setViewport(request.popupViewport);
    await popup.goto(eb.popupUrl(tabId));
    await popupFinal(popup);
    const shown = await popup.$eval('[data-testid="verdict"]', (el) => ({
      verdict: (el as HTMLElement).innerText.replace(/\s+/g, ' ').trim(),
      generator: (el as HTMLElement).dataset.generator ?? '',
      blame: (el as HTMLElement).dataset.blame ?? '',
      scrollWidth: document.documentElement.scrollWidth,
      clientWidth: document.documentElement.clientWidth,
    }));
    const pictures = await takeInTurn(eb, async () => {
      const taken: PopupShot['popup'] = {};
      await popup.bringToFront();
      for (const scheme of request.schemes) {
        await popup.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
        taken[scheme] = await popup.screenshot({ fullPage: request.fullPage });
      }
      return taken;
    });
    return {
      tabId,
      state: await stateOf(popup, tabId),
      badge: (await badgeOf(eb.control, tabId)).text,
      shown,
      popup: pictures,
      ...(pagePicture && { page: pagePicture }),
    };
  } finally {
    for (const p of opened.reverse()) await p.close().catch(() => undefined);
  }
}
