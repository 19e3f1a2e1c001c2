// Pure transforms from webRequest event details to captured entries, and from entries to Evidence.
// Kept free of browser APIs so they are tested without a browser.
import { MAX_HEADER_VALUE, MAX_HEADERS, type EvidenceInput, type Header } from '../engine/evidence';
import { isNetFailure } from '../engine/needs-page';
import type { CapturedEntry } from '../shared/capture-types';
import { MAX_HEADER_CHARS, MAX_HEADER_NAME_CHARS } from '../shared/limits';
import { fairLevel } from './fair-level';
import type { EntryView } from './store';

export interface RequestDetails {
  requestId: string;
  url: string;
  method: string;
  frameId: number;
  tabId: number;
  type: string;
  timeStamp: number;
  documentLifecycle?: string;
}

export interface ResponseDetails extends RequestDetails {
  statusCode: number;
  statusLine?: string;
  responseHeaders?: { name: string; value?: string }[];
  ip?: string;
  fromCache?: boolean;
}

type EventHeader = { name: string; value?: string };

/**
 * Header lists as the event delivered them: they are the browser's fresh copies, so a list within
 * the bounds is kept as it is (no copy per request); a value may be missing (binary headers) until
 * toEvidence. A list past them is copied within them (see boundHeaders).
 */
export function keepHeaders(list: EventHeader[] | undefined): Header[] | undefined {
  if (list === undefined) return undefined;
  let chars = 0;
  let fieldsFit = list.length <= MAX_HEADERS;
  for (const h of list) {
    const value = h.value?.length ?? 0;
    chars += h.name.length + value;
    if (value > MAX_HEADER_VALUE || h.name.length > MAX_HEADER_NAME_CHARS) fieldsFit = false;
  }
  return fieldsFit && chars <= MAX_HEADER_CHARS ? (list as Header[]) : boundHeaders(list);
}

/**
 * A copy of the list within the bounds: the first MAX_HEADERS headers, each cut where the engine
 * stops reading (MAX_HEADER_VALUE), then the longest values cut to one common length so the list
 * holds MAX_HEADER_CHARS characters; short headers (server, via, cf-ray) stay whole. Only names too
 * many to fit even with empty values drop the headers after them.
 */
export function boundHeaders(list: EventHeader[]): Header[] {
  const cut = list.slice(0, MAX_HEADERS).map((h) => ({
    name: h.name.slice(0, MAX_HEADER_NAME_CHARS),
    value: h.value?.slice(0, MAX_HEADER_VALUE),
  }));
  let names = 0;
  let kept = 0;
  while (kept < cut.length && names + cut[kept]!.name.length <= MAX_HEADER_CHARS) names += cut[kept++]!.name.length;
  const headers = cut.slice(0, kept);
  const longest = fairLevel(headers.map((h) => h.value?.length ?? 0), MAX_HEADER_CHARS - names);
  for (const h of headers) if (h.value !== undefined && h.value.length > longest) h.value = h.value.slice(0, longest);
  return headers as Header[];
}

const withValues = (list: readonly Header[] | undefined): Header[] => (list ?? []).map(({ name, value }) => ({ name, value: value ?? '' }));

export function newEntry(details: RequestDetails): CapturedEntry {
  return { id: details.requestId, type: details.type, frameId: details.frameId, method: details.method, url: details.url, t0: details.timeStamp, status: 0 };
}

/** "HTTP/1.1 502 Bad Gateway" → ["HTTP/1.1", "Bad Gateway"]. */
export function parseStatusLine(line: string | undefined): { protocol?: string; statusText: string } {
  const match = /^(\S+)\s+\d{3}\s?(.*)$/.exec(line ?? '');
  return match ? { protocol: match[1], statusText: match[2] ?? '' } : { statusText: '' };
}

/** The request failed: a 5xx, or no response for a reason that is not the user's or a blocker's. */
export const isFailure = (e: EntryView): boolean => e.status >= 500 || (e.status === 0 && isNetFailure(e.error));

const gap = (from: number | undefined, to: number | undefined) => (from !== undefined && to !== undefined && to >= from ? to - from : -1);

export function toEvidence(e: EntryView): EvidenceInput {
  const { protocol, statusText } = parseStatusLine(e.statusLine);
  return {
    url: e.url,
    method: e.method,
    status: e.status,
    statusText,
    responseHeaders: withValues(e.responseHeaders),
    requestHeaders: withValues(e.requestHeaders),
    serverIp: e.ip,
    protocol,
    // webRequest does not see DNS, connect or TLS: those stay unknown (-1) unless the collector's
    // Navigation Timing fills them in for the main frame.
    timings: {
      blocked: gap(e.t0, e.tSend), dns: -1, connect: -1, ssl: -1, send: -1,
      wait: gap(e.tSend, e.tHeaders), receive: gap(e.tHeaders, e.tEnd),
    },
    elapsedMs: gap(e.t0, e.tHeaders ?? e.tEnd),
    netError: e.error,
    startedAt: new Date(e.t0).toISOString(),
    // webRequest never sees a body: the collector adds the main frame's (page-evidence.ts).
    bodySeen: false,
  };
}
