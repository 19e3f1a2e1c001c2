// The popup's side of the message contract, and the two things only a page can do: download a
// file and write the clipboard.
import browser from 'webextension-polyfill';
import type { Locale } from '../engine/i18n/locale';
import { t, uiLocale } from '../shared/i18n';
import type { Request } from '../shared/messages';
import { WATCH_PORT } from '../shared/watch-port';
import type { PopupState } from '../shared/popup-state';

/**
 * Asks the worker, holding a port open meanwhile: the browser may stop the worker at any time, and
 * a request in flight then gets no answer at all. The closing port says so, and the request is
 * asked once more (every request is a read, so asking twice is safe); that wakes a new worker,
 * which reads the capture back from storage.session. Each try also has a deadline: a worker stopped
 * while the port was still connecting may neither answer nor close it. After two tries the popup
 * says "try again" rather than wait forever.
 */
async function send<T>(message: Request): Promise<T | { error: string }> {
  for (let attempt = 1; ; attempt++) {
    const port = browser.runtime.connect({ name: WATCH_PORT });
    let deadline: ReturnType<typeof setTimeout> | undefined;
    const gone = new Promise<typeof NO_ANSWER>((resolve) => {
      port.onDisconnect.addListener(() => resolve(NO_ANSWER));
      deadline = setTimeout(() => resolve(NO_ANSWER), ATTEMPT_DEADLINE_MS);
    });
    try {
      const answer: unknown = await Promise.race([browser.runtime.sendMessage(message), gone]).catch(() => NO_ANSWER);
      if (answer !== NO_ANSWER && answer !== undefined) return answer as T | { error: string };
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

export const isError = (value: unknown): value is { error: string } =>
  typeof value === 'object' && value !== null && 'error' in value;

/** The tab to show: ?tabId=N (tests, "open in a tab"), else the active tab of this window. */
export async function targetTab(): Promise<number | undefined> {
  const fromQuery = new URLSearchParams(location.search).get('tabId');
  if (fromQuery !== null && /^\d{1,10}$/.test(fromQuery)) return Number(fromQuery);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

export const getState = (tabId: number) => send<PopupState>({ type: 'popup/state', tabId, locale: uiLocale() });
export const getStateWithTrace = (tabId: number) => send<PopupState>({ type: 'popup/trace', tabId, locale: uiLocale() });
export const getSummary = (tabId: number, includeSensitive: boolean, showClientIp: boolean, locale: Locale) =>
  send<{ text: string }>({ type: 'popup/summary', tabId, includeSensitive, showClientIp, locale });
export const getHar = (tabId: number, includeSensitive: boolean) =>
  send<{ fileName: string; text: string }>({ type: 'popup/export-har', tabId, includeSensitive });
export const getBundle = (tabId: number, includeSensitive: boolean, showClientIp: boolean, locale: Locale) =>
  send<{ fileName: string; base64: string }>({ type: 'popup/export-bundle', tabId, includeSensitive, showClientIp, locale });

/** octet-stream keeps Chrome from renaming a .har to .json. */
export async function download(fileName: string, data: BlobPart): Promise<void> {
  const url = URL.createObjectURL(new Blob([data], { type: 'application/octet-stream' }));
  try {
    await browser.downloads.download({ url, filename: fileName, saveAs: false, conflictAction: 'uniquify' });
  } finally {
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
