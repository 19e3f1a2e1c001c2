// How long a hop says it waited for what is behind it. The browser's elapsed time includes the
// visitor's own network and may be missing (a pasted page, a HAR without timings); a proxy that
// stamps its wait in a header tells the timer outright: Fastly's X-Timer VE15002 is its 15 s
// first_byte_timeout, Kong's X-Kong-Upstream-Latency 60001 its 60 s read_timeout.
// Header values come from the server: every figure is checked, every scan is bounded, and the only
// regular expressions have no nested or overlapping quantifiers.

/** The time one hop reports it spent waiting, and the header (lower-case name) that says so. */
export interface ServerWait {
  ms: number;
  header: string;
}

interface Header {
  name: string;
  value: string;
}

/** Longer than any proxy waits: a larger figure is a clock or a counter, not a wait. */
const MAX_WAIT_MS = 24 * 60 * 60 * 1000;
/** Values of one header looked at, in order; a repeated header past this is noise. */
const MAX_VALUES_PER_HEADER = 8;
/** Characters of one value looked at; the figures sit well inside this. */
const MAX_VALUE_CHARS = 2_048;
/** Comma-separated items of one value looked at (Via hops, Server-Timing metrics, X-Timer parts). */
const MAX_ITEMS = 16;

/** "60001", "12.5": whole or decimal milliseconds, no sign, no exponent. */
const DECIMAL = /^\d{1,9}(?:\.\d{1,6})?$/;

function milliseconds(text: string): number | undefined {
  const trimmed = text.trim();
  if (!DECIMAL.test(trimmed)) return undefined;
  const ms = Math.round(Number(trimmed));
  return ms <= MAX_WAIT_MS ? ms : undefined;
}

const items = (value: string): string[] => value.slice(0, MAX_VALUE_CHARS).split(',', MAX_ITEMS);

const largest = (figures: readonly (number | undefined)[]): number | undefined => {
  let best: number | undefined;
  for (const figure of figures) if (figure !== undefined && (best === undefined || figure > best)) best = figure;
  return best;
};

/**
 * Fastly: "S1700000000.123456,VS0,VE15002", VE = whole milliseconds Fastly spent on the request,
 * most of it, on a miss, waiting for the origin.
 */
function fastlyTimer(value: string): number | undefined {
  return largest(items(value).map((part) => {
    const trimmed = part.trim();
    return trimmed.startsWith('VE') ? milliseconds(trimmed.slice(2)) : undefined;
  }));
}

/**
 * Alibaba Cloud CDN: "cache13.l2cn1809[60001,504-1280,M], cache31.l2cn1809[60109,0], …", one
 * entry per cache node, the first figure in brackets the milliseconds the request spent at that
 * node. The node nearest the visitor holds the request longest, so its figure is the largest. Other
 * Via values ("1.1 varnish", "1.1 google") carry no brackets and give nothing.
 */
const ALIBABA_NODE = /^[a-z][a-z-]{0,20}\d{1,6}\.[a-z0-9-]{1,40}\[(\d{1,9})$/i;

function alibabaVia(value: string): number | undefined {
  // Splitting on commas also splits inside the brackets; the node's figure is what directly
  // follows its "[", so only the part holding the "[" is read.
  return largest(value.slice(0, MAX_VALUE_CHARS).split(',', MAX_ITEMS * 4).map((part) => {
    const match = ALIBABA_NODE.exec(part.trim().replace(/\]$/, ''));
    return match ? milliseconds(match[1]!) : undefined;
  }));
}

/**
 * The standard Server-Timing header, only for metrics that mean the wait for the origin: Akamai's
 * and the common CDN convention "origin;dur=", Cloudflare's "cfOrigin;dur=" and CloudFront's
 * "cdn-upstream-fbl;dur=" (first byte from the origin). An application's own metrics ("db;dur=53",
 * "app;dur=…", "total;dur=…") measure its work, not a proxy's wait, and are passed over.
 */
const UPSTREAM_METRICS: ReadonlySet<string> = new Set(['origin', 'cforigin', 'cdn-upstream-fbl']);

function serverTiming(value: string): number | undefined {
  return largest(items(value).map((metric) => {
    const [name, ...params] = metric.split(';', MAX_ITEMS);
    if (!UPSTREAM_METRICS.has((name ?? '').trim().toLowerCase())) return undefined;
    const dur = params.map((param) => param.trim()).find((param) => param.toLowerCase().startsWith('dur='));
    return dur === undefined ? undefined : milliseconds(dur.slice(4));
  }));
}

/** A figure that is the header's whole value, in milliseconds. */
const plainMilliseconds = (value: string): number | undefined => milliseconds(value.slice(0, 32));

const READERS = {
  'x-timer': fastlyTimer,
  // Kong: ms from sending to the upstream until its first byte. X-Kong-Proxy-Latency is Kong's own
  // processing before that, not a wait for the upstream, and is left out.
  'x-kong-upstream-latency': plainMilliseconds,
  // Envoy / Istio: ms the upstream took, network included.
  'x-envoy-upstream-service-time': plainMilliseconds,
  via: alibabaVia,
  'server-timing': serverTiming,
} as const satisfies Record<string, (value: string) => number | undefined>;

type TimingHeader = keyof typeof READERS;

/** The headers serverWait reads, lower-case, so other code can tell them from ids and markers. */
export const SERVER_TIMING_HEADERS: readonly TimingHeader[] = Object.keys(READERS) as TimingHeader[];

const isTimingHeader = (name: string): name is TimingHeader => Object.hasOwn(READERS, name);

/** The longest wait any hop reports in the response headers, or undefined when none says. */
export function serverWait(headers: readonly Header[]): ServerWait | undefined {
  const seen = new Map<TimingHeader, number>();
  let best: ServerWait | undefined;
  for (const { name, value } of headers) {
    const header = name.toLowerCase();
    if (!isTimingHeader(header)) continue;
    const count = seen.get(header) ?? 0;
    if (count >= MAX_VALUES_PER_HEADER) continue;
    seen.set(header, count + 1);
    const ms = READERS[header](value);
    if (ms !== undefined && (best === undefined || ms > best.ms)) best = { ms, header };
  }
  return best;
}
