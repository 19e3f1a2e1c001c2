// URL mode: fetch the page (bounded in time and size) and the site's /cdn-cgi/trace, and turn the
// answer, or the network error, into Evidence. Node's fetch sends no cookies.
import type { EvidenceInput } from '../engine';
import { MAX_BODY_CHARS } from '../engine/evidence';
import { fetchTrace } from '../shared/fetch-trace';
import { readBoundedText } from '../shared/read-bounded';

const PAGE_TIMEOUT_MS = 20_000;

/** Node's error codes → the browser's names, so the engine reads both alike. */
const NET_ERRORS: Record<string, string> = {
  ECONNREFUSED: 'net::ERR_CONNECTION_REFUSED',
  ENOTFOUND: 'net::ERR_NAME_NOT_RESOLVED',
  EAI_AGAIN: 'net::ERR_NAME_RESOLUTION_FAILED',
  ECONNRESET: 'net::ERR_CONNECTION_RESET',
  UND_ERR_SOCKET: 'net::ERR_CONNECTION_CLOSED',
  EPIPE: 'net::ERR_CONNECTION_RESET',
  ETIMEDOUT: 'net::ERR_CONNECTION_TIMED_OUT',
  UND_ERR_CONNECT_TIMEOUT: 'net::ERR_CONNECTION_TIMED_OUT',
  UND_ERR_HEADERS_TIMEOUT: 'net::ERR_TIMED_OUT',
  EHOSTUNREACH: 'net::ERR_ADDRESS_UNREACHABLE',
  ENETUNREACH: 'net::ERR_ADDRESS_UNREACHABLE',
  CERT_HAS_EXPIRED: 'net::ERR_CERT_DATE_INVALID',
  ERR_TLS_CERT_ALTNAME_INVALID: 'net::ERR_CERT_COMMON_NAME_INVALID',
  DEPTH_ZERO_SELF_SIGNED_CERT: 'net::ERR_CERT_AUTHORITY_INVALID',
  SELF_SIGNED_CERT_IN_CHAIN: 'net::ERR_CERT_AUTHORITY_INVALID',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'net::ERR_CERT_AUTHORITY_INVALID',
  ERR_SSL_WRONG_VERSION_NUMBER: 'net::ERR_SSL_PROTOCOL_ERROR',
  ERR_SSL_UNSUPPORTED_PROTOCOL: 'net::ERR_SSL_VERSION_OR_CIPHER_MISMATCH',
};

function netErrorOf(error: unknown): string {
  if (error instanceof Error && error.name === 'TimeoutError') return 'net::ERR_TIMED_OUT';
  let cause: unknown = error;
  for (let depth = 0; depth < 4 && cause instanceof Error; depth++) {
    const code = (cause as NodeJS.ErrnoException).code;
    if (code && NET_ERRORS[code]) return NET_ERRORS[code];
    if (code) return `net::${code}`;
    cause = cause.cause;
  }
  return 'net::ERR_FAILED';
}

export async function fetchEvidence(url: string): Promise<EvidenceInput> {
  const started = Date.now();
  const startedAt = new Date(started).toISOString();
  const trace = fetchTrace(url);
  try {
    const response = await fetch(url, { redirect: 'follow', signal: AbortSignal.timeout(PAGE_TIMEOUT_MS) });
    const body = await readBoundedText(response, MAX_BODY_CHARS);
    const responseHeaders: { name: string; value: string }[] = [];
    response.headers.forEach((value, name) => {
      if (name !== 'set-cookie') responseHeaders.push({ name, value });
    });
    for (const cookie of response.headers.getSetCookie()) responseHeaders.push({ name: 'set-cookie', value: cookie });
    return {
      url: response.url || url, method: 'GET', status: response.status, statusText: response.statusText,
      responseHeaders, body, elapsedMs: Date.now() - started, startedAt, trace: await trace,
    };
  } catch (error) {
    return { url, method: 'GET', status: 0, elapsedMs: Date.now() - started, netError: netErrorOf(error), startedAt, trace: await trace };
  }
}
