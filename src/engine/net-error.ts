// Failures with no response at all: the browser's own error names which step broke.
import type { Messages } from './i18n/messages';
import type { Blame, Failure } from './vocabulary';

type Sentence = Exclude<keyof Messages['netError'], 'other' | 'none'>;
interface NetErrorVerdict { blame: Blame; failure: Failure; says: string; known: boolean }

const BY_ERROR: Record<string, { blame: Blame; failure: Failure; says: Sentence }> = {
  ERR_NAME_NOT_RESOLVED: { blame: 'origin', failure: 'dns', says: 'dns' },
  ERR_NAME_RESOLUTION_FAILED: { blame: 'origin', failure: 'dns', says: 'dns' },
  ERR_CONNECTION_REFUSED: { blame: 'origin', failure: 'refused', says: 'refused' },
  ERR_CONNECTION_RESET: { blame: 'origin', failure: 'empty-response', says: 'reset' },
  ERR_CONNECTION_CLOSED: { blame: 'origin', failure: 'empty-response', says: 'closed' },
  ERR_EMPTY_RESPONSE: { blame: 'origin', failure: 'empty-response', says: 'empty' },
  ERR_CONNECTION_TIMED_OUT: { blame: 'origin', failure: 'timeout', says: 'connectTimeout' },
  ERR_TIMED_OUT: { blame: 'origin', failure: 'timeout', says: 'timeout' },
  ERR_ADDRESS_UNREACHABLE: { blame: 'origin', failure: 'unreachable', says: 'unreachable' },
  ERR_SSL_PROTOCOL_ERROR: { blame: 'origin', failure: 'tls', says: 'tls' },
  ERR_SSL_VERSION_OR_CIPHER_MISMATCH: { blame: 'origin', failure: 'tls', says: 'cipher' },
  ERR_CERT_COMMON_NAME_INVALID: { blame: 'origin', failure: 'tls', says: 'certName' },
  ERR_CERT_DATE_INVALID: { blame: 'origin', failure: 'tls', says: 'certDate' },
  ERR_CERT_AUTHORITY_INVALID: { blame: 'origin', failure: 'tls', says: 'certAuthority' },
  ERR_INVALID_HTTP_RESPONSE: { blame: 'origin', failure: 'invalid-response', says: 'notHttp' },
  ERR_RESPONSE_HEADERS_TOO_BIG: { blame: 'origin', failure: 'invalid-response', says: 'headersTooBig' },
  ERR_INTERNET_DISCONNECTED: { blame: 'client', failure: 'unreachable', says: 'offline' },
  ERR_NETWORK_CHANGED: { blame: 'client', failure: 'unreachable', says: 'networkChanged' },
  ERR_PROXY_CONNECTION_FAILED: { blame: 'client', failure: 'unreachable', says: 'proxy' },
  ERR_BLOCKED_BY_CLIENT: { blame: 'client', failure: 'blocked', says: 'blockedByClient' },
  ERR_ABORTED: { blame: 'client', failure: 'unknown', says: 'aborted' },
  // Firefox names (NS_ERROR_*).
  NS_ERROR_UNKNOWN_HOST: { blame: 'origin', failure: 'dns', says: 'dns' },
  NS_ERROR_CONNECTION_REFUSED: { blame: 'origin', failure: 'refused', says: 'refused' },
  NS_ERROR_NET_RESET: { blame: 'origin', failure: 'empty-response', says: 'reset' },
  NS_ERROR_NET_TIMEOUT: { blame: 'origin', failure: 'timeout', says: 'timeout' },
  NS_ERROR_NET_INTERRUPT: { blame: 'origin', failure: 'empty-response', says: 'interrupted' },
};

export function netErrorVerdict(netError: string | undefined, m: Messages): NetErrorVerdict {
  const name = (netError ?? '').replace(/^net::/, '').trim().toUpperCase();
  const known = BY_ERROR[name];
  if (known) return { blame: known.blame, failure: known.failure, says: m.netError[known.says], known: true };
  return {
    blame: 'unknown',
    failure: 'unknown',
    says: netError ? m.netError.other(netError.slice(0, 80)) : m.netError.none,
    known: false,
  };
}

/**
 * A network error that is a failure of the path: not the user or the browser stopping the load
 * (navigating away, a download, a content blocker).
 */
export const isNetFailure = (netError: string | undefined): boolean =>
  netError !== undefined && netError.trim() !== '' && !/ERR_ABORTED|ERR_BLOCKED_BY_CLIENT|NS_BINDING_ABORTED/.test(netError);
