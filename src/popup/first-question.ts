// The popup's first question to the worker, asked by the popup's first few hundred bytes of script,
// before Preact and the views have loaded: the answer travels while the rest of the code does. It
// talks to the browser's own API object (no polyfill: that is part of what is still loading) and
// asks once; app.tsx asks again the careful way (api.ts: retries, deadlines) when this one fails.
import { pickLocale } from '../engine/i18n/locale';
import { WATCH_PORT } from '../shared/watch-port';

interface BrowserApi {
  runtime: { connect(options: { name: string }): { disconnect(): void }; sendMessage(message: unknown): Promise<unknown> };
  tabs: { query(query: object): Promise<{ id?: number }[]> };
  i18n: { getMessage(key: string): string; getUILanguage(): string };
}

/** Far above the worker's usual few milliseconds, and well under api.ts's deadline for one try. */
const EARLY_DEADLINE_MS = 2_000;

export type EarlyAnswer = { tabId: number; answer: unknown } | undefined;

/** Firefox's `browser`, else Chrome's `chrome` (whose MV3 API returns promises too). */
const api = (): BrowserApi | undefined => {
  const host = globalThis as { browser?: BrowserApi; chrome?: BrowserApi };
  return host.browser?.runtime ? host.browser : host.chrome?.runtime ? host.chrome : undefined;
};

/** The tab to show, as api.ts targetTab() picks it: ?tabId=N, else the active tab of this window. */
async function tabToShow(browser: BrowserApi): Promise<number | undefined> {
  const fromQuery = new URLSearchParams(location.search).get('tabId');
  if (fromQuery !== null && /^\d{1,10}$/.test(fromQuery)) return Number(fromQuery);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

/** The tab and the worker's answer about it; undefined when there is no API, no tab or no answer. */
export async function askEarly(): Promise<EarlyAnswer> {
  const browser = api();
  if (!browser) return undefined;
  try {
    const tabId = await tabToShow(browser);
    if (tabId === undefined) return undefined;
    // Held open while the question waits, as api.ts does: the worker is not stopped under it.
    const port = browser.runtime.connect({ name: WATCH_PORT });
    try {
      const locale = pickLocale(browser.i18n.getMessage('localeCode') || browser.i18n.getUILanguage());
      // Bounded: a message the worker never answers (stopped before its reply) must not hold the
      // popup at "booting"; app.tsx then asks again, with its retries.
      let deadline: ReturnType<typeof setTimeout> | undefined;
      const late = new Promise<undefined>((resolve) => (deadline = setTimeout(resolve, EARLY_DEADLINE_MS)));
      const answer = await Promise.race([browser.runtime.sendMessage({ type: 'popup/state', tabId, locale }), late]).finally(() => clearTimeout(deadline));
      // Read by `npm run bench`; app.tsx sets it instead when it has to ask again.
      if (typeof answer === 'object' && answer !== null) performance.mark('faultline:answered');
      return { tabId, answer };
    } finally {
      port.disconnect();
    }
  } catch {
    return undefined;
  }
}
