// One answer to a repeated look ("Check again", `faultline check`) turned into a recurrence Sample:
// which node answered (read from the headers that name it), how long the headers took, and the
// engine's own verdict on that answer. Pure: the extension's worker and the CLI both fetch, then
// call this, so both read a try the same way.
import { diagnose, type DiagnoseOptions, type Engine } from './diagnose';
import type { Diagnosis } from './diagnosis';
import type { EvidenceInput, Header } from './evidence';
import { isReportable } from './reportable';
import type { Sample } from './recurrence';
import type { Blame, Generator } from './vocabulary';

const MAX_NODE = 128;
const MAX_PATH = 16;

const clean = (value: string): string =>
  value
    .replace(/[\u0000-\u001f\u007f]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_NODE)
    .trim();

/** The last comma-separated entry: proxies append, so the last one is the hop nearest the client. */
const lastEntry = (value: string): string => value.split(',').map((s) => s.trim()).filter(Boolean).pop() ?? '';

/** Headers a proxy or load balancer sets to name the backend it used (nginx, HAProxy, Traefik setups). */
const BACKEND_HEADERS = ['x-backend-server', 'x-backend', 'x-upstream', 'x-upstream-addr', 'x-served-by-backend', 'x-server', 'x-node', 'x-host'];

/** Alibaba Cloud CDN's EagleId starts with the node's IPv4 address in hex ("2a51a20b…" is 42.81.162.11). */
function eagleHost(value: string): string | undefined {
  const hex = /^([0-9a-f]{8})[0-9a-f]{8,}/i.exec(value.trim())?.[1];
  if (hex === undefined) return undefined;
  const octets = [0, 2, 4, 6].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));
  return `eagleid ${octets.join('.')}`;
}

/** Via: "1.1 varnish, 1.1 abc.cloudfront.net (CloudFront)": the received-by of the last hop. */
function viaNode(value: string): string | undefined {
  const hop = lastEntry(value).replace(/\(.*\)/, '').trim();
  const receivedBy = hop.split(/\s+/)[1];
  return receivedBy ? `via ${receivedBy}` : undefined;
}

/** X-Cache: Squid's "MISS from proxy-2.example" names its host; CloudFront's "Error from cloudfront" names none. */
function xCacheNode(value: string): string | undefined {
  const host = /\bfrom\s+([^\s,;]+)/i.exec(lastEntry(value))?.[1];
  return host && host.toLowerCase() !== 'cloudfront' ? host : undefined;
}

type Reader = (value: string) => string | undefined;

/**
 * Most specific first: a header naming the backend a proxy chose, then the edge node of a CDN, then
 * generic proxy hops, then the Server product as a last resort. X-Azure-Ref is left out: it is a
 * per-request reference, so two answers from one node never share it.
 */
const READERS: [string, Reader][] = [
  ...BACKEND_HEADERS.map((name): [string, Reader] => [name, (v) => lastEntry(v) || undefined]),
  ['x-served-by', (v) => lastEntry(v) || undefined],
  ['cf-ray', (v) => {
    const colo = /-([A-Z]{3})$/.exec(v.trim())?.[1];
    return colo ? `cf-ray colo ${colo}` : undefined;
  }],
  ['x-amz-cf-pop', (v) => (v.trim() ? `cloudfront pop ${lastEntry(v)}` : undefined)],
  ['eagleid', eagleHost],
  ['x-cache', xCacheNode],
  ['via', viaNode],
  ['server', (v) => v.trim() || undefined],
];

/** The node that answered, as its headers name it; undefined when none does. At most 128 characters. */
export function answeringNode(headers: readonly Header[]): string | undefined {
  const byName = new Map<string, string>();
  for (const h of headers) {
    const name = h.name.toLowerCase();
    // Repeated headers read as one list, as HTTP combines them.
    byName.set(name, byName.has(name) ? `${byName.get(name)}, ${h.value}` : h.value);
  }
  for (const [name, read] of READERS) {
    const value = byName.get(name);
    if (value === undefined) continue;
    const node = read(value.slice(0, 1024));
    if (node !== undefined && clean(node) !== '') return clean(node);
  }
  return undefined;
}

/** Whether the engine reads this answer as a failure: a reportable diagnosis of an error, or no answer. */
export function isFailedAnswer(diagnosis: Pick<Diagnosis, 'status' | 'generator' | 'evidence'>): boolean {
  const errorOrNoAnswer = diagnosis.status === 0 || diagnosis.status >= 400 || diagnosis.evidence.some((e) => e.source === 'network');
  // A 200 from a recognised server (generator "nginx") is reportable by generator alone; it is no failure.
  return errorOrNoAnswer && isReportable(diagnosis);
}

/** A Sample from an answer the caller already diagnosed (the CLI keeps the whole diagnosis). */
export function sampleOf(input: { at: number; ms: number; evidence: EvidenceInput; diagnosis: Diagnosis }): Sample {
  const { at, ms, evidence, diagnosis } = input;
  const node = answeringNode(evidence.responseHeaders ?? []);
  const netError = evidence.netError?.slice(0, 256);
  return {
    at: Math.max(0, at),
    status: Math.min(999, Math.max(0, Math.trunc(evidence.status))),
    ms: Number.isFinite(ms) ? Math.min(86_400_000, Math.max(-1, ms)) : -1,
    failed: isFailedAnswer(diagnosis),
    ...(node !== undefined && { node }),
    ...(netError && { netError }),
    path: diagnosis.path.slice(0, MAX_PATH).map((hop) => hop.generator),
  };
}

/** One try as a producer saw it: what came back, when, and how long its headers took. */
export interface ProbeAnswer {
  url: string;
  at: number;
  /** 0 when no answer came. */
  status: number;
  ms: number;
  headers: readonly Header[];
  /** Absent when the producer did not read the body. */
  body?: string;
  netError?: string;
}

export interface ProbeVerdict {
  sample: Sample;
  diagnosis: { generator: Generator; blame: Blame; failed: boolean };
}

/** Diagnoses one try with the engine and reads it as a Sample plus a short verdict for its row. */
export function probeAnswer(answer: ProbeAnswer, options: DiagnoseOptions = {}, engine?: Pick<Engine, 'diagnose'>): ProbeVerdict {
  const evidence: EvidenceInput = {
    url: answer.url,
    method: 'GET',
    status: answer.status,
    responseHeaders: [...answer.headers],
    body: answer.body ?? '',
    bodySeen: answer.body !== undefined,
    elapsedMs: answer.ms,
    ...(answer.netError !== undefined && { netError: answer.netError }),
  };
  const diagnosis = engine ? engine.diagnose(evidence, options) : diagnose(evidence, options);
  const sample = sampleOf({ at: answer.at, ms: answer.ms, evidence, diagnosis });
  return { sample, diagnosis: { generator: diagnosis.generator, blame: diagnosis.blame, failed: sample.failed } };
}
