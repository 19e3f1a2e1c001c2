// The parts of a HAR 1.2 file (as Chrome, Firefox and Safari export them) the engine reads. Entries
// are checked one by one, so one odd entry is skipped with a reason instead of losing the file.
import { z } from 'zod';

const NameValue = z.looseObject({ name: z.string(), value: z.string() });

export const HarEntryInput = z.looseObject({
  startedDateTime: z.string().optional(),
  time: z.number().optional(),
  request: z.looseObject({
    method: z.string().default('GET'),
    url: z.string(),
    headers: z.array(NameValue).default([]),
  }),
  response: z.looseObject({
    status: z.number().int().min(0).max(999),
    statusText: z.string().default(''),
    httpVersion: z.string().optional(),
    headers: z.array(NameValue).default([]),
    content: z.looseObject({
      mimeType: z.string().optional(),
      text: z.string().optional(),
      encoding: z.string().optional(),
    }).optional(),
    _error: z.string().nullable().optional(),
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
