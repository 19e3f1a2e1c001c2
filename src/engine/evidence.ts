// What the engine is given about one request. Every producer (the extension's capture, the page
// collector, a HAR file, the CLI's URL fetch) builds one of these; every size is bounded here so
// nothing downstream has to think about hostile input again.
import { z } from 'zod';
import { Recurrence } from './recurrence';

export const MAX_BODY_CHARS = 256 * 1024;
export const MAX_HEADERS = 200;
export const MAX_HEADER_VALUE = 8 * 1024;
const MAX_URL = 8 * 1024;

/** -1 where a phase is unknown, as in HAR. */
const phase = z.number().finite().min(-1).max(86_400_000);

export const Header = z.object({
  name: z.string().max(256),
  value: z.string().max(MAX_HEADER_VALUE),
});
export type Header = z.infer<typeof Header>;

export const Timings = z.object({
  blocked: phase.default(-1),
  dns: phase.default(-1),
  connect: phase.default(-1),
  ssl: phase.default(-1),
  send: phase.default(-1),
  wait: phase.default(-1),
  receive: phase.default(-1),
});
export type Timings = z.infer<typeof Timings>;

/** Parsed `/cdn-cgi/trace` (key=value lines), or null when the site answered something else. */
export const Trace = z.record(z.string().max(64), z.string().max(512));
export type Trace = z.infer<typeof Trace>;

export const Evidence = z.object({
  url: z.string().max(MAX_URL),
  method: z.string().max(32).default('GET'),
  /** 0 when no response arrived (see netError). */
  status: z.number().int().min(0).max(999),
  statusText: z.string().max(256).default(''),
  responseHeaders: z.array(Header).max(MAX_HEADERS).default([]),
  requestHeaders: z.array(Header).max(MAX_HEADERS).default([]),
  /** Response body or visible page text, truncated to MAX_BODY_CHARS. */
  body: z.string().max(MAX_BODY_CHARS).default(''),
  /**
   * False when the producer could not see the body at all (webRequest never sees one; a HAR entry
   * that gives a size but no text): "no body" and "body not captured" are different facts.
   */
  bodySeen: z.boolean().default(true),
  /** The document title when the collector saw it (a body may be missing). */
  title: z.string().max(1024).optional(),
  serverIp: z.string().max(64).optional(),
  protocol: z.string().max(32).optional(),
  timings: Timings.optional(),
  /** Time from request start to the error, ms; -1 when unknown. */
  elapsedMs: z.number().finite().min(-1).default(-1),
  /** Browser network error for failures without a response, e.g. "net::ERR_CONNECTION_RESET". */
  netError: z.string().max(256).optional(),
  /** When the request started (ISO 8601). */
  startedAt: z.string().max(64).optional(),
  trace: Trace.nullable().optional(),
  /** Repeated looks at the same address: the user's "Check again" tries, the site's history of loads. */
  recurrence: z.array(Recurrence).max(2).optional(),
});
export type Evidence = z.infer<typeof Evidence>;
export type EvidenceInput = z.input<typeof Evidence>;

/** Cuts oversized fields down to the schema's limits, so producers never fail on big pages. */
export function boundEvidence(input: EvidenceInput): EvidenceInput {
  const cutHeaders = (list: Header[] | undefined): Header[] | undefined =>
    list?.slice(0, MAX_HEADERS).map((h) => ({
      name: String(h.name).slice(0, 256),
      value: String(h.value).slice(0, MAX_HEADER_VALUE),
    }));
  return {
    ...input,
    url: input.url.slice(0, MAX_URL),
    method: input.method?.slice(0, 32),
    statusText: input.statusText?.slice(0, 256),
    body: input.body?.slice(0, MAX_BODY_CHARS),
    title: input.title?.slice(0, 1024),
    serverIp: input.serverIp?.slice(0, 64),
    protocol: input.protocol?.slice(0, 32),
    netError: input.netError?.slice(0, 256),
    startedAt: input.startedAt?.slice(0, 64),
    responseHeaders: cutHeaders(input.responseHeaders),
    requestHeaders: cutHeaders(input.requestHeaders),
  };
}
