// What the collector (content script) sends from an error page: untrusted, so the worker parses it
// with this schema and checks it against the sender before using any of it.
import { z } from 'zod';
import { COLLECT_LIMITS } from './limits';

const ms = z.number().finite().min(-1).max(86_400_000);

export const NavigationTimingSchema = z.object({
  responseStatus: z.number().int().min(0).max(999).optional(),
  nextHopProtocol: z.string().max(32).optional(),
  /** Phases in ms, -1 when unknown (cross-origin redirects, cache). */
  dns: ms, connect: ms, ssl: ms, wait: ms, receive: ms, total: ms,
  serverTiming: z.array(z.object({ name: z.string().max(64), duration: z.number().finite(), description: z.string().max(256) }))
    .max(COLLECT_LIMITS.serverTiming).default([]),
});
export type NavigationTiming = z.infer<typeof NavigationTimingSchema>;

export const CollectedSchema = z.object({
  url: z.string().max(8_192),
  contentType: z.string().max(128),
  title: z.string().max(COLLECT_LIMITS.title),
  /** Doctype + outerHTML prefix for HTML documents; the raw text for text/plain and JSON. */
  html: z.string().max(COLLECT_LIMITS.html),
  text: z.string().max(COLLECT_LIMITS.text),
  footer: z.string().max(COLLECT_LIMITS.footer),
  meta: z.array(z.tuple([z.string().max(64), z.string().max(256)])).max(COLLECT_LIMITS.meta),
  timing: NavigationTimingSchema.optional(),
});
export type Collected = z.infer<typeof CollectedSchema>;
