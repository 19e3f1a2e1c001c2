// Builds a HAR 1.2 document from captured Evidence: timings are honest (-1 where unknown), custom
// fields are prefixed "_", the diagnosis rides along under log._faultline.
import type { Diagnosis } from '../diagnosis';
import type { EvidenceInput, Header } from '../evidence';

export const HAR_CREATOR = { name: 'Faultline', version: '0.1.0' };

interface NameValue { name: string; value: string }

export interface HarBuildInput {
  entries: EvidenceInput[];
  diagnoses?: (Diagnosis & { entry?: number })[];
  browser?: { name: string; version: string };
  /** Used for entries whose start time is unknown. */
  now: Date;
}

/** `lowerName` is lower case; the length test spares a lower-cased copy of almost every name. */
const isNamed = (h: Header, lowerName: string) => h.name.length === lowerName.length && h.name.toLowerCase() === lowerName;
const headerValue = (headers: Header[], lowerName: string) => headers.find((h) => isNamed(h, lowerName))?.value;

function queryString(url: string): NameValue[] {
  if (!url.includes('?')) return [];
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
    .filter((h) => isNamed(h, 'set-cookie'))
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

export function toHarEntry(e: EvidenceInput, now: Date) {
  // Captured entries were validated when captured; only the defaults are filled in here.
  const requestHeaders = e.requestHeaders ?? [];
  const responseHeaders = e.responseHeaders ?? [];
  const body = e.body ?? '';
  const elapsedMs = e.elapsedMs ?? -1;
  const t = e.timings;
  const mimeType = headerValue(responseHeaders, 'content-type') ?? 'x-unknown';
  return {
    startedDateTime: e.startedAt ?? now.toISOString(),
    time: elapsedMs >= 0 ? elapsedMs : -1,
    request: {
      method: e.method ?? 'GET',
      url: e.url,
      httpVersion: e.protocol ?? '',
      cookies: requestCookies(requestHeaders),
      headers: requestHeaders.map(({ name, value }) => ({ name, value })),
      queryString: queryString(e.url),
      headersSize: -1,
      bodySize: -1,
    },
    response: {
      status: e.status,
      statusText: e.statusText ?? '',
      httpVersion: e.protocol ?? '',
      cookies: responseCookies(responseHeaders),
      headers: responseHeaders.map(({ name, value }) => ({ name, value })),
      content: { size: byteLength(body), mimeType, ...(body !== '' && { text: body }) },
      redirectURL: headerValue(responseHeaders, 'location') ?? '',
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

/**
 * `<host>_<yyyymmddThhmmssZ>.har`, the name support desks see. At most 120 characters (file systems
 * refuse names over 255 bytes, and the browser then cancels the download): a longer host keeps
 * its last labels (the site and its TLD) that fit, cut at a dot, never empty.
 */
export function harFileName(url: string, when: Date, extension = 'har'): string {
  const stamp = when.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}Z$/, 'Z');
  const tail = `_${stamp}.${extension}`;
  const room = Math.max(1, 120 - tail.length);
  let host = '';
  try {
    host = new URL(url).hostname.replace(/[^a-z0-9.-]/gi, '');
  } catch {
    // Keep "page".
  }
  if (host.length > room) {
    const labels = host.replace(/\.+$/, '').split('.');
    let kept = labels.pop()!.slice(-room);
    for (let label = labels.pop(); label !== undefined && kept.length + 1 + label.length <= room; label = labels.pop()) kept = `${label}.${kept}`;
    host = kept;
  }
  host = host.replace(/^[.-]+/, '');
  return `${host || 'page'}${tail}`;
}
