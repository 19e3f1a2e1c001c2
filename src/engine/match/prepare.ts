// Builds the one view of a response that every rule is evaluated against: lower-case header map,
// normalised body and title, and the automaton's marker hits, each computed exactly once.
import type { Evidence } from '../evidence';
import type { CompiledFingerprints } from './compile';
import { extractTitle, looksLikeJson, normaliseBody, normaliseMarkup } from './normalise';
import type { PreparedResponse } from './signals';

export function prepareResponse(evidence: Evidence, compiled: CompiledFingerprints): PreparedResponse {
  const headers = new Map<string, string[]>();
  const rawHeaders = new Map<string, string[]>();
  for (const { name, value } of evidence.responseHeaders) {
    const key = name.trim().toLowerCase();
    const raw = value.trim();
    const list = headers.get(key);
    if (list) {
      list.push(raw.toLowerCase());
      rawHeaders.get(key)!.push(raw);
    } else {
      headers.set(key, [raw.toLowerCase()]);
      rawHeaders.set(key, [raw]);
    }
  }
  const body = normaliseBody(evidence.body);
  // A body without any markup is a page pasted or rendered as text: its markers are looked for by
  // their visible text, and its first line stands for the title it had.
  const asText = body.length > 0 && !body.includes('<') && !looksLikeJson(body);
  const title = extractTitle(body) || normaliseMarkup(evidence.title ?? '', 300) || (asText ? firstLine(evidence.body) : '');
  return {
    status: evidence.status,
    headers,
    rawHeaders,
    body,
    title,
    bodyEmpty: body.length === 0 && evidence.bodySeen,
    bodyUnseen: body.length === 0 && !evidence.bodySeen,
    asText,
    markupLost: asText && /^$|html/.test(headers.get('content-type')?.[0] ?? ''),
    statusText: evidence.statusText.replace(/\s+/g, ' ').trim().toLowerCase(),
    markerHits: asText ? compiled.scanText(body) : compiled.automaton.scan(body),
  };
}

/** The first non-blank line of a text body, normalised, as long as a title can be. */
function firstLine(raw: string): string {
  const start = raw.search(/\S/);
  if (start < 0) return '';
  const end = raw.indexOf('\n', start);
  return normaliseMarkup(raw.slice(start, end < 0 ? start + 300 : Math.min(end, start + 300)), 300);
}
