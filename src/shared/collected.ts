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
});
export type NavigationTiming = z.infer<typeof NavigationTimingSchema>;

export const CollectedSchema = z.object({
  url: z.string().max(8_192),
  title: z.string().max(COLLECT_LIMITS.title),
  /** Doctype + outerHTML prefix for HTML documents; the raw text for text/plain and JSON. */
  html: z.string().max(COLLECT_LIMITS.html),
  text: z.string().max(COLLECT_LIMITS.text),
  timing: NavigationTimingSchema.optional(),
});
export type Collected = z.infer<typeof CollectedSchema>;
