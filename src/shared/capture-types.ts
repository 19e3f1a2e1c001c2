// What the worker keeps per tab. Plain JSON: it is persisted in storage.session so a killed and
// restarted worker loses nothing.
import type { Header, Trace } from '../engine/evidence';
import type { Collected } from './collected';
import type { ProbeRecord } from './probe-record';

/** One request as webRequest saw it. Times are epoch ms from the events' timeStamp. */
export interface CapturedEntry {
  id: string;
  type: string;
  frameId: number;
  method: string;
  url: string;
  t0: number;
  tSend?: number;
  tHeaders?: number;
  tEnd?: number;
  /** 0 until headers arrive (and for failures without a response). */
  status: number;
  statusLine?: string;
  ip?: string;
  fromCache?: boolean;
  requestHeaders?: Header[];
  responseHeaders?: Header[];
  error?: string;
  redirectTo?: string;
}

/** One document shown in the tab: its main-frame request and everything it loaded. */
export interface PageRecord {
  /** The main-frame request id (redirect hops share it). */
  key: string;
  url: string;
  startedAt: number;
  prerender: boolean;
  entries: CapturedEntry[];
  collected?: Collected;
  /** undefined: not fetched yet; null: the site answered something that is not a trace. */
  trace?: Trace | null;
  /** The user's latest "Check again" of this page, while it runs and after. */
  probe?: ProbeRecord;
}

export interface TabRecord {
  tabId: number;
  /** Oldest first; the last non-prerender page is the one loading or shown. */
  pages: PageRecord[];
}
