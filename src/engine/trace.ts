// Cloudflare's /cdn-cgi/trace: "key=value" lines (fl, h, ip, ts, visit_scheme, uag, colo, sliver,
// http, loc, tls, sni, warp, gateway, rbi, kex). Anything else is not a trace, which is itself
// evidence that the site is not behind Cloudflare.
import type { EvidenceItem } from './diagnosis';
import type { Messages } from './i18n/messages';
import type { Trace } from './evidence';

const MAX_TRACE_CHARS = 4096;
const MAX_LINES = 64;
const LINE = /^([a-z_]{1,32})=([\x20-\x7e]{0,512})$/;
/** Keys every real trace has; without them the answer is something else (a 404 page, HTML). */
const REQUIRED_KEYS = ['colo', 'h'];

export function parseTrace(text: string): Trace | null {
  if (text.length > MAX_TRACE_CHARS) return null;
  const trace: Trace = {};
  const lines = text.split('\n', MAX_LINES + 1);
  if (lines.length > MAX_LINES) return null;
  for (const raw of lines) {
    const line = raw.trim();
    if (line === '') continue;
    const match = LINE.exec(line);
    if (!match) return null;
    trace[match[1]!] = match[2]!;
  }
  return REQUIRED_KEYS.every((key) => key in trace) ? trace : null;
}

/** Trace fields a support desk asks for. The client IP is left out unless the user opts in. */
export const TRACE_FIELDS = ['colo', 'loc', 'http', 'tls', 'sni', 'warp', 'fl', 'h', 'ts', 'visit_scheme', 'uag'] as const;

/**
 * The trace as evidence. With Cloudflare on the path (a Ray ID, `Server: cloudflare`) a missing
 * trace means the trace URL was blocked or rewritten; without it, "no trace" only repeats what the
 * headers already show, so it is left out of the diagnosis (the summary still records it).
 */
export function describeTrace(trace: Trace | null | undefined, m: Messages, cloudflareInPath = false): EvidenceItem | undefined {
  if (trace === undefined) return undefined;
  if (trace === null) return cloudflareInPath ? { source: 'trace', says: m.evidence.traceUnreadable } : undefined;
  const where = trace.colo ? m.evidence.traceWhere(trace.colo) : '';
  const tls = !trace.tls || trace.tls === 'off' ? m.evidence.noTls : trace.tls;
  return { source: 'trace', says: m.evidence.traceFound(where, trace.http ?? '?', tls) };
}
