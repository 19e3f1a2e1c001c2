// The parts of a HAR 1.2 file (as Chrome, Firefox and Safari export them) the engine reads. Entries
// are checked one by one, so one odd entry is skipped with a reason instead of losing the file.
// Producers' habits outside the spec are read, not skipped: `time: null` and `request.method: null`
// (WebPageTest, Fiddler), `content: []` (mitmproxy), status -1 for "no response" with the reason in
// `_failureText` (Playwright, Charles).
import { z } from 'zod';

const NameValue = z.looseObject({ name: z.string(), value: z.string() });

export const HarEntryInput = z.looseObject({
  startedDateTime: z.string().optional(),
  time: z.number().nullable().optional(),
  request: z.looseObject({
    /** A request without a method is read as the GET the spec's default request is. */
    method: z.string().nullable().optional().transform((method) => method ?? 'GET'),
    url: z.string(),
    headers: z.array(NameValue).default([]),
  }),
  response: z.looseObject({
    /** -1: no response at all (Playwright, Charles), read as 0 like the browsers' own exports. */
    status: z.number().int().min(-1).max(999),
    statusText: z.string().default(''),
    httpVersion: z.string().optional(),
    headers: z.array(NameValue).default([]),
    content: z.union([
      z.looseObject({
        mimeType: z.string().optional(),
        /** Bytes of the body; with no text, the producer left the body out. */
        size: z.number().optional().catch(undefined),
        text: z.string().optional(),
        encoding: z.string().optional(),
      }),
      // An empty list where the object belongs: no body was recorded.
      z.array(z.unknown()).max(0).transform(() => undefined),
    ]).optional(),
    _error: z.string().nullable().optional(),
    _failureText: z.string().nullable().optional(),
  }).nullable().optional(),
  timings: z.looseObject({
    blocked: z.number().optional(),
    dns: z.number().optional(),
    connect: z.number().optional(),
    ssl: z.number().optional(),
    send: z.number().optional(),
    wait: z.number().optional(),
    receive: z.number().optional(),
  }).optional(),
  serverIPAddress: z.string().optional(),
  _error: z.string().nullable().optional(),
});
export type HarEntryInput = z.infer<typeof HarEntryInput>;

export const HarFileInput = z.looseObject({
  log: z.looseObject({
    version: z.string().optional(),
    creator: z.looseObject({ name: z.string().optional() }).optional(),
    entries: z.array(z.unknown()),
  }),
});
