// Builds the one view of a response that every rule is evaluated against: lower-case header map,
// normalised body and title, and the automaton's marker hits, each computed exactly once.
import type { Evidence } from '../evidence';
import type { CompiledFingerprints } from './compile';
import { extractTitle, normaliseBody, normaliseMarkup } from './normalise';
import type { PreparedResponse } from './signals';

export function prepareResponse(evidence: Evidence, compiled: CompiledFingerprints): PreparedResponse {
  const headers = new Map<string, string[]>();
  for (const { name, value } of evidence.responseHeaders) {
    const key = name.trim().toLowerCase();
    const list = headers.get(key);
    const normalised = value.trim().toLowerCase();
    if (list) list.push(normalised);
    else headers.set(key, [normalised]);
  }
  const body = normaliseBody(evidence.body);
  const title = extractTitle(body) || normaliseMarkup(evidence.title ?? '', 300);
  return {
    status: evidence.status,
    headers,
    body,
    title,
    bodyEmpty: body.length === 0,
    markerHits: compiled.automaton.scan(body),
  };
}
