// The popup's side of the message contract, and the two things only a page can do: download a
// file and write the clipboard.
import browser, { type Downloads } from 'webextension-polyfill';
import type { Locale } from '../engine/i18n/locale';
import { t, uiLocale } from '../shared/i18n';
import type { Answer, ErrorReply, ExportChoice, Request } from '../shared/messages';
import { WATCH_PORT } from '../shared/watch-port';

/**
 * Asks the worker, holding a port open meanwhile: the browser may stop the worker at any time, and
 * a request in flight then gets no answer at all. The closing port says so, and the request is
 * asked once more (every request is a read, so asking twice is safe); that wakes a new worker,
 * which reads the capture back from storage.session. Each try also has a deadline: a worker stopped
 * while the port was still connecting may neither answer nor close it. After two tries the popup
 * says "try again" rather than wait forever.
 */
async function send<M extends Request>(message: M): Promise<Answer<M['type']>> {
  for (let attempt = 1; ; attempt++) {
    const port = browser.runtime.connect({ name: WATCH_PORT });
    let deadline: ReturnType<typeof setTimeout> | undefined;
    const gone = new Promise<typeof NO_ANSWER>((resolve) => {
      port.onDisconnect.addListener(() => resolve(NO_ANSWER));
      deadline = setTimeout(() => resolve(NO_ANSWER), ATTEMPT_DEADLINE_MS);
    });
    try {
      const answer: unknown = await Promise.race([browser.runtime.sendMessage(message), gone]).catch(() => NO_ANSWER);
      // The worker answers with the contract's reply for this type (handlers.ts is typed against it).
      if (answer !== NO_ANSWER && answer !== undefined) return answer as Answer<M['type']>;
      if (attempt > 1) return { error: t('workerStopped') };
    } finally {
      clearTimeout(deadline);
      port.disconnect();
    }
  }
}
const NO_ANSWER = Symbol('no answer');
/** Far above any answer's time (an export of a full tab takes well under a second). */
const ATTEMPT_DEADLINE_MS = 8_000;

export const isError = (value: unknown): value is ErrorReply =>
  typeof value === 'object' && value !== null && 'error' in value;

/** The tab to show: ?tabId=N (tests, "open in a tab"), else the active tab of this window. */
export async function targetTab(): Promise<number | undefined> {
  const fromQuery = new URLSearchParams(location.search).get('tabId');
  if (fromQuery !== null && /^\d{1,10}$/.test(fromQuery)) return Number(fromQuery);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

export const getState = (tabId: number) => send({ type: 'popup/state', tabId, locale: uiLocale() });
export const getStateWithTrace = (tabId: number) => send({ type: 'popup/trace', tabId, locale: uiLocale() });

export const getSummary = (tabId: number, choice: ExportChoice, locale: Locale) => send({ type: 'popup/summary', tabId, ...choice, locale });
export const getHar = (tabId: number, choice: ExportChoice) => send({ type: 'popup/export-har', tabId, ...choice });
export const getBundle = (tabId: number, choice: ExportChoice, locale: Locale) => send({ type: 'popup/export-bundle', tabId, ...choice, locale });
export const getRedactionReport = (tabId: number, choice: ExportChoice) => send({ type: 'popup/redaction-report', tabId, ...choice });
/** "Check again": tries plain GETs of the page; the worker pushes a state after each one. */
export const checkAgain = (tabId: number, tries: number, asYou: boolean, confirmedGet: boolean) =>
  send({ type: 'popup/check-again', tabId, tries, asYou, confirmedGet, locale: uiLocale() });
export const cancelCheck = (tabId: number) => send({ type: 'popup/check-cancel', tabId, locale: uiLocale() });

/**
 * Saves a file and resolves once it is on disk; throws when the browser refuses or interrupts it
 * (a name the file system rejects, a full disk, a cancel), so the popup never says "done" for a
 * file that is not there. octet-stream keeps Chrome from renaming a .har to .json.
 */
export async function download(fileName: string, data: BlobPart): Promise<void> {
  const url = URL.createObjectURL(new Blob([data], { type: 'application/octet-stream' }));
  // Listening before the download starts: a small file may finish before its id is known.
  const ended = new Map<number, string | undefined>();
  let wake = () => {};
  const listener = (delta: Downloads.OnChangedDownloadDeltaType) => {
    const state = delta.state?.current;
    if (state !== 'complete' && state !== 'interrupted') return;
    ended.set(delta.id, state === 'complete' ? undefined : delta.error?.current ?? 'interrupted');
    wake();
  };
  browser.downloads.onChanged.addListener(listener);
  try {
    const id = await browser.downloads.download({ url, filename: fileName, saveAs: false, conflictAction: 'uniquify' });
    const [item] = await browser.downloads.search({ id });
    if (item && !ended.has(id) && (item.state === 'complete' || item.state === 'interrupted')) ended.set(id, item.state === 'complete' ? undefined : item.error ?? 'interrupted');
    await new Promise<void>((resolve) => {
      wake = () => ended.has(id) && resolve();
      wake();
    });
    const interruption = ended.get(id);
    if (interruption !== undefined) throw new Error(`the download was interrupted (${interruption})`);
  } finally {
    browser.downloads.onChanged.removeListener(listener);
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }
}

export function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export const copyText = (text: string) => navigator.clipboard.writeText(text);

/** Loads the tab's page again: the visitor's "try again", done for them. */
export const reloadTab = (tabId: number) => browser.tabs.reload(tabId);
