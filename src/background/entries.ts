// Pure transforms from webRequest event details to captured entries, and from entries to Evidence.
// Kept free of browser APIs so they are tested without a browser.
import type { EvidenceInput, Header } from '../engine/evidence';
import type { CapturedEntry } from '../shared/capture-types';

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

/**
 * Header lists as the event delivered them: they are the browser's fresh copies, so they are kept
 * as they are (no copy per request); a value may be missing (binary headers) until toEvidence.
 */
export const keepHeaders = (list: { name: string; value?: string }[] | undefined): Header[] | undefined => list as Header[] | undefined;

const withValues = (list: Header[] | undefined): Header[] => (list ?? []).map(({ name, value }) => ({ name, value: value ?? '' }));

export function newEntry(details: RequestDetails): CapturedEntry {
  return { id: details.requestId, type: details.type, frameId: details.frameId, method: details.method, url: details.url, t0: details.timeStamp, status: 0 };
}

/** "HTTP/1.1 502 Bad Gateway" → ["HTTP/1.1", "Bad Gateway"]. */
export function parseStatusLine(line: string | undefined): { protocol?: string; statusText: string } {
  const match = /^(\S+)\s+\d{3}\s?(.*)$/.exec(line ?? '');
  return match ? { protocol: match[1], statusText: match[2] ?? '' } : { statusText: '' };
}

export const isFailure = (e: CapturedEntry): boolean =>
  e.status >= 500 || (e.status === 0 && e.error !== undefined && !/ERR_ABORTED|ERR_BLOCKED_BY_CLIENT|NS_BINDING_ABORTED/.test(e.error));

const gap = (from: number | undefined, to: number | undefined) => (from !== undefined && to !== undefined && to >= from ? to - from : -1);

export function toEvidence(e: CapturedEntry): EvidenceInput {
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
  };
}
