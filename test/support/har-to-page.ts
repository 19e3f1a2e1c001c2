// Turns HAR entries into the PageRecord the extension's worker keeps for a tab, so the extension's
// exports can be run on the same secrets as the CLI. What webRequest sees (URL, method, status
// line, headers, server IP, times, network error) comes from each entry; the main document's body
// and title reach the worker only through the collector, so they go into `collected`.
import type { Trace } from '../../src/engine/evidence';
import type { CapturedEntry, PageRecord } from '../../src/shared/capture-types';
import type { Collected } from '../../src/shared/collected';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);
const str = (v: unknown): string => (typeof v === 'string' ? v : '');

/** Chrome's `_resourceType` → webRequest's `type`. */
const TYPES: Record<string, string> = {
  document: 'main_frame', fetch: 'xmlhttprequest', xhr: 'xmlhttprequest', eventsource: 'xmlhttprequest',
  websocket: 'websocket', script: 'script', stylesheet: 'stylesheet', image: 'image', font: 'font', media: 'media',
};

const headerList = (list: unknown) =>
  Array.isArray(list) ? list.filter(isObject).map((h) => ({ name: str(h.name), value: str(h.value) })) : [];

function bodyText(content: unknown): string {
  if (!isObject(content) || typeof content.text !== 'string') return '';
  return content.encoding === 'base64' ? Buffer.from(content.text, 'base64').toString('utf8') : content.text;
}

export function toCapturedEntry(raw: unknown, index: number, isMain: boolean): CapturedEntry {
  const entry = isObject(raw) ? raw : {};
  const request = isObject(entry.request) ? entry.request : {};
  const response = isObject(entry.response) ? entry.response : {};
  const timings = isObject(entry.timings) ? entry.timings : {};
  const t0 = Date.parse(str(entry.startedDateTime)) || 0;
  const phase = (name: string) => (typeof timings[name] === 'number' && (timings[name] as number) > 0 ? (timings[name] as number) : 0);
  const tSend = t0 + phase('blocked') + phase('dns') + phase('connect') + phase('send');
  const tHeaders = tSend + phase('wait');
  const status = typeof response.status === 'number' && response.status > 0 ? response.status : 0;
  const error = str(response._error) || str(response._failureText) || str(entry._error);
  const type = isMain ? 'main_frame' : TYPES[str(entry._resourceType)] ?? 'other';
  return {
    id: isMain ? 'main' : `req-${index}`,
    type: type === 'main_frame' && !isMain ? 'sub_frame' : type,
    frameId: isMain ? 0 : 1,
    method: str(request.method) || 'GET',
    url: str(request.url),
    t0,
    tSend,
    tHeaders,
    tEnd: tHeaders + phase('receive'),
    status,
    ...(status > 0 && { statusLine: `${str(response.httpVersion).toUpperCase() || 'HTTP/1.1'} ${status} ${str(response.statusText)}`.trimEnd() }),
    ...(str(entry.serverIPAddress) && { ip: str(entry.serverIPAddress) }),
    requestHeaders: headerList(request.headers),
    responseHeaders: headerList(response.headers),
    ...(error && { error }),
    ...(str(response.redirectURL) && { redirectTo: str(response.redirectURL) }),
  };
}

/** What the collector reads from the main document: its HTML, visible text and title. */
function collectedFrom(raw: unknown): Collected {
  const entry = isObject(raw) ? raw : {};
  const request = isObject(entry.request) ? entry.request : {};
  const response = isObject(entry.response) ? entry.response : {};
  const html = bodyText(response.content);
  const text = html.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim();
  return {
    url: str(request.url),
    title: /<title>([^<]*)<\/title>/i.exec(html)?.[1]?.trim() ?? '',
    html: html.slice(0, 64 * 1024),
    text: text.slice(0, 16 * 1024),
  };
}

/**
 * A PageRecord holding `entries` of a HAR, the one at `mainIndex` as the page's main document
 * (with its body collected), and the page's /cdn-cgi/trace.
 */
export function harToPage(har: unknown, options: { mainIndex: number; entries?: readonly number[]; trace?: Trace | null }): PageRecord {
  const log = isObject(har) && isObject(har.log) ? har.log : {};
  const all = Array.isArray(log.entries) ? log.entries : [];
  const picked = options.entries ?? all.map((_e, i) => i);
  const main = all[options.mainIndex];
  // The worker finds the main document by the page's key (its main-frame request id): "main".
  const entries = picked.map((i) => toCapturedEntry(all[i], i, i === options.mainIndex));
  return {
    key: 'main',
    url: str(isObject(main) && isObject(main.request) ? main.request.url : ''),
    startedAt: entries.find((e) => e.id === 'main')?.t0 ?? 0,
    prerender: false,
    entries,
    collected: collectedFrom(main),
    ...(options.trace !== undefined && { trace: options.trace }),
  };
}
