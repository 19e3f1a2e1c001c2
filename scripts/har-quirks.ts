// Names the producer habits a HAR shows that a sanitizer has to know about: fields where secrets
// hide outside the HAR 1.2 spec, and shapes the spec does not allow. Printed beside each file by
// scan-real-hars.ts, so a leak can be read against the quirk that caused it.

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);

const CHECKS: [name: string, test: (entry: Json, request: Json, response: Json) => boolean][] = [
  ['_headers', (e) => isObject(e._headers)],
  ['cookies{}', (_e, req, res) => isObject(req.cookies) || isObject(res.cookies)],
  ['cookies-null', (_e, req) => 'cookies' in req && req.cookies === null],
  ['_webSocketMessages', (e) => Array.isArray(e._webSocketMessages) && e._webSocketMessages.length > 0],
  ['base64', (_e, _req, res) => isObject(res.content) && res.content.encoding === 'base64'],
  ['_initiator.stack', (e) => isObject(e._initiator) && isObject(e._initiator.stack)],
  ['_initiator_detail', (e) => typeof e._initiator_detail === 'string'],
  ['comment', (e) => typeof e.comment === 'string' && e.comment !== ''],
  ['time-null', (e) => e.time === null],
  ['method-null', (_e, req) => req.method === null],
  ['content[]', (_e, _req, res) => Array.isArray(res.content)],
  ['status<=0', (_e, _req, res) => typeof res.status === 'number' && res.status <= 0],
  ['_failureText', (_e, _req, res) => typeof res._failureText === 'string'],
  ['_error', (e, _req, res) => typeof e._error === 'string' || typeof res._error === 'string'],
  ['postData.params', (_e, req) => isObject(req.postData) && Array.isArray(req.postData.params) && req.postData.params.length > 0],
  ['response-missing', (e) => !isObject(e.response)],
];

/** The quirks of one parsed HAR (raw text for the BOM), in a fixed order. */
export function harQuirks(text: string, document: unknown): string[] {
  const found = new Set<string>();
  if (text.charCodeAt(0) === 0xfeff) found.add('BOM');
  const log = isObject(document) && isObject(document.log) ? document.log : undefined;
  if (log?.version === '1.1') found.add('har1.1');
  if (Array.isArray(log?.pages) && log.pages.some((p) => isObject(p) && typeof p.title === 'string' && /:\/\//.test(p.title))) found.add('url-in-title');
  for (const entry of Array.isArray(log?.entries) ? log.entries : []) {
    if (!isObject(entry)) continue;
    const request = isObject(entry.request) ? entry.request : {};
    const response = isObject(entry.response) ? entry.response : {};
    for (const [name, test] of CHECKS) if (!found.has(name) && test(entry, request, response)) found.add(name);
  }
  return [...found];
}
