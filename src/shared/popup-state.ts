// What the worker tells the popup to render, and the one test of whether it is final. Free of zod
// and of browser APIs: the popup, the worker and the e2e suites all load it.
import type { Diagnosis } from '../engine/diagnosis';
import type { Trace } from '../engine/evidence';
import type { Sample } from '../engine/recurrence';
import type { ProbeRecord } from './probe-record';

export interface FailedRequest {
  url: string;
  method: string;
  status: number;
  error?: string;
  type: string;
  generator: string;
  blame: string;
  headline: string;
}

export interface Timings {
  dns: number;
  connect: number;
  ssl: number;
  wait: number;
  receive: number;
  total: number;
}

interface Base {
  tabId: number;
  url: string;
  requestCount: number;
}

export type PopupState =
  | { kind: 'unsupported'; tabId: number; url: string }
  | (Base & { kind: 'nothing-captured' })
  | (Base & { kind: 'loading' })
  | (Base & { kind: 'healthy' })
  | (Base & {
      kind: 'failure';
      /** The page itself failed (main frame), or only requests it made (API calls). */
      scope: 'page' | 'requests';
      diagnosis: Diagnosis;
      failed: FailedRequest[];
      failedTotal: number;
      timings?: Timings;
      trace: Trace | null | undefined;
      traceStatus: 'pending' | 'done' | 'not-applicable';
      /**
       * Whether the page's own evidence is in: 'pending' while the collector has not reported yet,
       * 'headers-only' when it could not (network errors, pages it may not run in), else 'complete'.
       */
      pageEvidence: 'pending' | 'complete' | 'headers-only';
      /** The site's error history (its loads in this browser, oldest first, this one included), when kept. */
      history?: Sample[];
      /** The page's request method ("Check again" of anything but a GET needs the user's yes). */
      method?: string;
      /** The user's latest "Check again" of this page, while it runs and after. */
      probe?: ProbeRecord;
    });

/**
 * Nothing in this state will change with time alone: the page has loaded and its own evidence is
 * in (or will not come). An unsettled state ("loading", "reading the page…") is never cached, and
 * the worker keeps an open popup up to date until it settles.
 */
export const isSettled = (state: PopupState): boolean =>
  state.kind !== 'loading' && !(state.kind === 'failure' && state.pageEvidence === 'pending');
