// URL mode: fetch the page (bounded in time and size) and the site's /cdn-cgi/trace, and turn the
// answer, or the network error, into Evidence. Node's fetch sends no cookies.
import { MAX_BODY_CHARS, type EvidenceInput } from '../engine';
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

/** One GET's answer as Evidence (no trace), and how long its headers took: the probe times each try by it. */
export interface FetchedPage {
  evidence: EvidenceInput;
  /** Time to the response headers, or to the error when none came. */
  headersMs: number;
}

/** One plain GET, bounded in time (headers and body alike) and in size; no cookies are sent. */
export async function fetchPage(url: string, timeoutMs: number = PAGE_TIMEOUT_MS): Promise<FetchedPage> {
  const started = Date.now();
  const startedAt = new Date(started).toISOString();
  let headersMs = -1;
  try {
    const response = await fetch(url, { redirect: 'follow', signal: AbortSignal.timeout(timeoutMs) });
    headersMs = Date.now() - started;
    const body = await readBoundedText(response, MAX_BODY_CHARS);
    const responseHeaders: { name: string; value: string }[] = [];
    response.headers.forEach((value, name) => {
      if (name !== 'set-cookie') responseHeaders.push({ name, value });
    });
    for (const cookie of response.headers.getSetCookie()) responseHeaders.push({ name: 'set-cookie', value: cookie });
    return {
      evidence: { url: response.url || url, method: 'GET', status: response.status, statusText: response.statusText, responseHeaders, body, elapsedMs: Date.now() - started, startedAt },
      headersMs,
    };
  } catch (error) {
    const elapsedMs = Date.now() - started;
    return { evidence: { url, method: 'GET', status: 0, elapsedMs, netError: netErrorOf(error), startedAt }, headersMs: headersMs >= 0 ? headersMs : elapsedMs };
  }
}

export async function fetchEvidence(url: string): Promise<EvidenceInput> {
  const trace = fetchTrace(url);
  const { evidence } = await fetchPage(url);
  return { ...evidence, trace: await trace };
}
