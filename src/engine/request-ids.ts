// Request, trace and incident ids that a support desk can look up, keyed by header name (or, for ids
// read from the page, by the fingerprint's label).
import type { Evidence } from './evidence';
import type { Fingerprint } from './knowledge/fingerprint';
import { normaliseBody } from './match/normalise';
import type { PreparedResponse } from './match/signals';

/** Ids any server may set, whatever the vendor. */
const GENERIC_ID_HEADERS = [
  'x-request-id', 'x-correlation-id', 'traceparent', 'x-amzn-trace-id', 'x-trace-id', 'request-id',
  'x-b3-traceid', 'x-cloud-trace-context', 'x-ms-request-id',
];
const MAX_ID_LENGTH = 200;

export function idHeaderNames(fingerprints: readonly Fingerprint[]): string[] {
  const names = new Set(GENERIC_ID_HEADERS);
  for (const f of fingerprints) for (const source of f.requestIds ?? []) if ('header' in source) names.add(source.header.toLowerCase());
  return [...names];
}

const insensitive = new WeakMap<RegExp, RegExp>();
function caseInsensitive(pattern: RegExp): RegExp {
  let compiled = insensitive.get(pattern);
  if (compiled === undefined) {
    compiled = pattern.flags.includes('i') ? pattern : new RegExp(pattern.source, `${pattern.flags}i`);
    insensitive.set(pattern, compiled);
  }
  return compiled;
}

const slug = (label: string) => label.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

export function findRequestIds(
  evidence: Evidence,
  response: PreparedResponse,
  headerNames: readonly string[],
  writer?: Fingerprint,
): Record<string, string> {
  const ids: Record<string, string> = {};
  for (const { name, value } of evidence.responseHeaders) {
    const key = name.toLowerCase();
    if (headerNames.includes(key) && ids[key] === undefined && value.trim()) ids[key] = value.trim().slice(0, MAX_ID_LENGTH);
  }
  // Ids keep their case (Front Door's references are base64): patterns, written against the
  // lower-case normalised text, run case-insensitively on a normalised copy that keeps case.
  let casedBody: string | undefined;
  for (const source of writer?.requestIds ?? []) {
    if (!('pattern' in source)) continue;
    const text = source.from === 'title' ? response.title : (casedBody ??= normaliseBody(evidence.body, undefined, true));
    const id = caseInsensitive(source.pattern).exec(text)?.[1];
    const key = slug(source.label);
    if (id && ids[key] === undefined) ids[key] = id.slice(0, MAX_ID_LENGTH);
  }
  return ids;
}
