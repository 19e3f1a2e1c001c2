// "Check again": a few plain GETs to the page's failed URL, a second apart, each read by the engine
// (probeAnswer) and stored with the page, so the popup's state (and its diagnosis, through
// Evidence.recurrence) changes after every try. Only ever GET with no body: a probe cannot change
// anything on the site. Cookies go only when the user asks ("check as you").
import { probeAnswer } from '../engine/probe-sample';
import type { Header } from '../engine/evidence';
import {
  PROBE_BODY_CHARS, PROBE_INTERVAL_MS, PROBE_MAX_TRIES, PROBE_TIMED_OUT, PROBE_TIMEOUT_MS, type ProbeRecord, type ProbeTry,
} from '../shared/probe-record';
import { readBoundedText } from '../shared/read-bounded';
import { mainEntry } from './page-evidence';
import { pageShowing, type TabStore } from './store';

export interface ProbeRequest {
  tries: number;
  asYou: boolean;
  /** The user agreed to a GET of a page that was not itself a GET (a failed form POST). */
  confirmedGet: boolean;
}

export interface ProbeDeps {
  store: TabStore;
  tabUrl(tabId: number): Promise<string | undefined>;
  /** The page's record changed: badge and open popups are brought up to date. */
  tabChanged(tabId: number): Promise<void>;
  fetchImpl?: typeof fetch;
  now?: () => number;
  intervalMs?: number;
  timeoutMs?: number;
}

export interface Probes {
  /** Starts a check of the tab's shown page (cancelling one already running); resolves once it has started. */
  start(tabId: number, request: ProbeRequest): Promise<{ error?: string }>;
  /** Stops the tab's check; the tries already made stay. */
  cancel(tabId: number): Promise<void>;
  /** Resolves when the tab's running check has ended (tests). */
  settled(tabId: number): Promise<void>;
}

/** Named as the browser names a failed load, so the engine reads it as it reads a page load's. */
const FAILED = 'net::ERR_FAILED';

/** Waits `ms`, or less when the signal aborts. */
const pause = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
    function done() {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
  });

interface Running {
  controller: AbortController;
  done: Promise<void>;
}

export function createProbes({ store, tabUrl, tabChanged, fetchImpl = fetch, now = Date.now, intervalMs = PROBE_INTERVAL_MS, timeoutMs = PROBE_TIMEOUT_MS }: ProbeDeps): Probes {
  const running = new Map<number, Running>();

  /** One GET; undefined when the user cancelled it (a cancelled try is no evidence). */
  async function tryOnce(url: string, asYou: boolean, cancelled: AbortSignal): Promise<ProbeTry | undefined> {
    const controller = new AbortController();
    let timedOut = false;
    const stop = () => controller.abort();
    cancelled.addEventListener('abort', stop, { once: true });
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeoutMs);
    const at = now();
    let status = 0;
    let ms = -1;
    const headers: Header[] = [];
    let body: string | undefined;
    let netError: string | undefined;
    try {
      const init = {
        method: 'GET', credentials: asYou ? 'include' : 'omit', cache: 'no-store', redirect: 'follow',
        referrerPolicy: 'no-referrer', signal: controller.signal,
      } as const;
      const response = await fetchImpl(url, init);
      ms = now() - at;
      status = response.status;
      response.headers.forEach((value, name) => {
        if (headers.length < 200) headers.push({ name, value });
      });
      // The page's text is part of the verdict ("502 Bad Gateway / nginx"); the same time limit holds.
      body = await readBoundedText(response, PROBE_BODY_CHARS).catch(() => undefined);
    } catch {
      if (cancelled.aborted) return undefined;
      ms = now() - at;
      netError = timedOut ? PROBE_TIMED_OUT : FAILED;
    } finally {
      clearTimeout(timer);
      cancelled.removeEventListener('abort', stop);
    }
    if (cancelled.aborted && body === undefined) return undefined;
    const { sample, diagnosis } = probeAnswer({ url, at, status, ms, headers, ...(body !== undefined && { body }), ...(netError && { netError }) });
    return { sample, generator: diagnosis.generator, blame: diagnosis.blame };
  }

  /** Changes the probe record of the page with this key, if the tab still has it. */
  async function updateRecord(tabId: number, pageKey: string, change: (probe: ProbeRecord) => void): Promise<boolean> {
    let found = false;
    await store.update(tabId, (tab) => {
      const probe = tab.pages.find((p) => p.key === pageKey)?.probe;
      if (probe) {
        change(probe);
        found = true;
      }
    });
    await tabChanged(tabId);
    return found;
  }

  async function run(tabId: number, pageKey: string, url: string, request: ProbeRequest, signal: AbortSignal): Promise<void> {
    for (let i = 0; i < request.tries && !signal.aborted; i++) {
      if (i > 0) await pause(intervalMs, signal);
      if (signal.aborted) break;
      const result = await tryOnce(url, request.asYou, signal);
      if (!result) break;
      // The page went (the tab moved on): nothing is left to check.
      if (!(await updateRecord(tabId, pageKey, (probe) => void probe.results.push(result)))) return;
    }
    await updateRecord(tabId, pageKey, (probe) => {
      probe.status = signal.aborted ? 'cancelled' : 'done';
    });
  }

  async function cancel(tabId: number): Promise<void> {
    const live = running.get(tabId);
    if (live) {
      live.controller.abort();
      await live.done;
      return;
    }
    // A record left running by a worker that was stopped: nothing runs it any more.
    const tab = await store.get(tabId);
    const page = tab && pageShowing(tab, await tabUrl(tabId));
    if (page?.probe?.status === 'running') await updateRecord(tabId, page.key, (probe) => void (probe.status = 'cancelled'));
  }

  return {
    async start(tabId, request) {
      const tab = await store.get(tabId);
      const page = tab && pageShowing(tab, await tabUrl(tabId));
      const main = page && mainEntry(page);
      if (!page || !main) return { error: 'Nothing was captured for this page.' };
      if (!/^https?:\/\//i.test(main.url)) return { error: 'Only web pages can be checked again.' };
      if (main.method.toUpperCase() !== 'GET' && !request.confirmedGet) return { error: 'This page was not a GET: confirm a GET to the same address first.' };
      await cancel(tabId);
      const tries = Math.min(PROBE_MAX_TRIES, Math.max(1, Math.trunc(request.tries)));
      const record: ProbeRecord = { startedAt: now(), tries, asYou: request.asYou, status: 'running', results: [] };
      await store.update(tabId, (live) => {
        const target = live.pages.find((p) => p.key === page.key);
        if (target) target.probe = record;
      });
      await tabChanged(tabId);
      const controller = new AbortController();
      const done = run(tabId, page.key, main.url, { ...request, tries }, controller.signal)
        .catch(() => undefined)
        .finally(() => {
          if (running.get(tabId)?.controller === controller) running.delete(tabId);
        });
      running.set(tabId, { controller, done });
      return {};
    },
    cancel,
    settled: async (tabId) => {
      await running.get(tabId)?.done;
    },
  };
}
