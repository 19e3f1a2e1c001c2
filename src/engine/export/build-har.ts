// Builds a HAR 1.2 document from captured Evidence: timings are honest (-1 where unknown), custom
// fields are prefixed "_", the diagnosis rides along under log._faultline.
import type { Diagnosis } from '../diagnosis';
import type { Evidence, EvidenceInput, Header } from '../evidence';

export const HAR_CREATOR = { name: 'Faultline', version: '0.1.0' };

interface NameValue { name: string; value: string }

export interface HarBuildInput {
  entries: EvidenceInput[];
  diagnoses?: (Diagnosis & { entry?: number })[];
  browser?: { name: string; version: string };
  /** Used for entries whose start time is unknown. */
  now: Date;
}

const headerValue = (headers: Header[], name: string) => headers.find((h) => h.name.toLowerCase() === name)?.value;

function queryString(url: string): NameValue[] {
  try {
    const list: NameValue[] = [];
    new URL(url).searchParams.forEach((value, name) => list.push({ name, value }));
    return list;
  } catch {
    return [];
  }
}

function requestCookies(headers: Header[]): NameValue[] {
  const cookie = headerValue(headers, 'cookie');
  if (!cookie) return [];
  return cookie.split(/;\s*/).filter(Boolean).map((pair) => {
    const eq = pair.indexOf('=');
    return eq < 0 ? { name: pair, value: '' } : { name: pair.slice(0, eq), value: pair.slice(eq + 1) };
  });
}

function responseCookies(headers: Header[]): NameValue[] {
  return headers
    .filter((h) => h.name.toLowerCase() === 'set-cookie')
    .flatMap((h) => h.value.split('\n'))
    .map((line) => {
      const pair = line.split(';', 1)[0] ?? '';
      const eq = pair.indexOf('=');
      return eq < 0 ? { name: pair.trim(), value: '' } : { name: pair.slice(0, eq).trim(), value: pair.slice(eq + 1).trim() };
    });
}

/** UTF-8 length without allocating the bytes (HAR's content.size is in bytes). */
function byteLength(text: string): number {
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x80) bytes += code >= 0x800 && (code < 0xd800 || code > 0xdfff) ? 2 : 1;
  }
  return bytes;
}

/** Captured entries are validated when captured; here only the defaults are filled in. */
function withDefaults(input: EvidenceInput): Evidence {
  return {
    ...input,
    method: input.method ?? 'GET',
    statusText: input.statusText ?? '',
    responseHeaders: input.responseHeaders ?? [],
    requestHeaders: input.requestHeaders ?? [],
    body: input.body ?? '',
    elapsedMs: input.elapsedMs ?? -1,
  } as Evidence;
}

export function toHarEntry(input: EvidenceInput, now: Date) {
  const e = withDefaults(input);
  const t = e.timings;
  const mimeType = headerValue(e.responseHeaders, 'content-type') ?? 'x-unknown';
  return {
    startedDateTime: e.startedAt ?? now.toISOString(),
    time: e.elapsedMs >= 0 ? e.elapsedMs : -1,
    request: {
      method: e.method,
      url: e.url,
      httpVersion: e.protocol ?? '',
      cookies: requestCookies(e.requestHeaders),
      headers: e.requestHeaders.map(({ name, value }) => ({ name, value })),
      queryString: queryString(e.url),
      headersSize: -1,
      bodySize: -1,
    },
    response: {
      status: e.status,
      statusText: e.statusText,
      httpVersion: e.protocol ?? '',
      cookies: responseCookies(e.responseHeaders),
      headers: e.responseHeaders.map(({ name, value }) => ({ name, value })),
      content: { size: byteLength(e.body), mimeType, ...(e.body !== '' && { text: e.body }) },
      redirectURL: headerValue(e.responseHeaders, 'location') ?? '',
      headersSize: -1,
      bodySize: -1,
      ...(e.netError !== undefined && { _error: e.netError }),
    },
    cache: {},
    timings: {
      blocked: t?.blocked ?? -1, dns: t?.dns ?? -1, connect: t?.connect ?? -1, ssl: t?.ssl ?? -1,
      send: t?.send ?? -1, wait: t?.wait ?? -1, receive: t?.receive ?? -1,
    },
    ...(e.serverIp !== undefined && { serverIPAddress: e.serverIp }),
  };
}

export function buildHar({ entries, diagnoses, browser, now }: HarBuildInput) {
  return {
    log: {
      version: '1.2',
      creator: HAR_CREATOR,
      ...(browser && { browser }),
      pages: [],
      entries: entries.map((entry) => toHarEntry(entry, now)),
      ...(diagnoses && { _faultline: { diagnoses } }),
    },
  };
}

/** `<host>_<yyyymmddThhmmssZ>.har`, the name support desks see. */
export function harFileName(url: string, when: Date, extension = 'har'): string {
  let host = 'page';
  try {
    host = new URL(url).hostname.replace(/[^a-z0-9.-]/gi, '') || host;
  } catch {
    // Keep "page".
  }
  const stamp = when.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}Z$/, 'Z');
  return `${host}_${stamp}.${extension}`;
}
