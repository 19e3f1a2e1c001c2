// Failures with no response at all: the browser's own error names which step broke.
import type { Blame, Failure } from './vocabulary';

interface NetErrorVerdict { blame: Blame; failure: Failure; says: string; known: boolean }

const BY_ERROR: Record<string, Omit<NetErrorVerdict, 'known'>> = {
  ERR_NAME_NOT_RESOLVED: { blame: 'origin', failure: 'dns', says: 'The site\'s name did not resolve (DNS).' },
  ERR_NAME_RESOLUTION_FAILED: { blame: 'origin', failure: 'dns', says: 'The site\'s name did not resolve (DNS).' },
  ERR_CONNECTION_REFUSED: { blame: 'origin', failure: 'refused', says: 'The server refused the connection.' },
  ERR_CONNECTION_RESET: { blame: 'origin', failure: 'empty-response', says: 'The connection was reset before a response arrived.' },
  ERR_CONNECTION_CLOSED: { blame: 'origin', failure: 'empty-response', says: 'The connection closed before a response arrived.' },
  ERR_EMPTY_RESPONSE: { blame: 'origin', failure: 'empty-response', says: 'The server closed the connection without sending anything.' },
  ERR_CONNECTION_TIMED_OUT: { blame: 'origin', failure: 'timeout', says: 'Connecting to the server timed out.' },
  ERR_TIMED_OUT: { blame: 'origin', failure: 'timeout', says: 'The request timed out.' },
  ERR_ADDRESS_UNREACHABLE: { blame: 'origin', failure: 'unreachable', says: 'The server\'s address is unreachable.' },
  ERR_SSL_PROTOCOL_ERROR: { blame: 'origin', failure: 'tls', says: 'The TLS handshake failed.' },
  ERR_SSL_VERSION_OR_CIPHER_MISMATCH: { blame: 'origin', failure: 'tls', says: 'The server offers no TLS version or cipher the browser accepts.' },
  ERR_CERT_COMMON_NAME_INVALID: { blame: 'origin', failure: 'tls', says: 'The certificate does not match the site\'s name.' },
  ERR_CERT_DATE_INVALID: { blame: 'origin', failure: 'tls', says: 'The certificate has expired or is not yet valid.' },
  ERR_CERT_AUTHORITY_INVALID: { blame: 'origin', failure: 'tls', says: 'The certificate is not issued by a trusted authority.' },
  ERR_INVALID_HTTP_RESPONSE: { blame: 'origin', failure: 'invalid-response', says: 'The server sent something that is not HTTP.' },
  ERR_RESPONSE_HEADERS_TOO_BIG: { blame: 'origin', failure: 'invalid-response', says: 'The response headers were too large.' },
  ERR_INTERNET_DISCONNECTED: { blame: 'client', failure: 'unreachable', says: 'This device is offline.' },
  ERR_NETWORK_CHANGED: { blame: 'client', failure: 'unreachable', says: 'The device\'s network changed during the request.' },
  ERR_PROXY_CONNECTION_FAILED: { blame: 'client', failure: 'unreachable', says: 'The browser\'s configured proxy could not be reached.' },
  ERR_BLOCKED_BY_CLIENT: { blame: 'client', failure: 'blocked', says: 'An extension or the browser blocked the request.' },
  ERR_ABORTED: { blame: 'client', failure: 'unknown', says: 'The request was cancelled by the browser or the page.' },
  // Firefox names (NS_ERROR_*).
  NS_ERROR_UNKNOWN_HOST: { blame: 'origin', failure: 'dns', says: 'The site\'s name did not resolve (DNS).' },
  NS_ERROR_CONNECTION_REFUSED: { blame: 'origin', failure: 'refused', says: 'The server refused the connection.' },
  NS_ERROR_NET_RESET: { blame: 'origin', failure: 'empty-response', says: 'The connection was reset before a response arrived.' },
  NS_ERROR_NET_TIMEOUT: { blame: 'origin', failure: 'timeout', says: 'The request timed out.' },
  NS_ERROR_NET_INTERRUPT: { blame: 'origin', failure: 'empty-response', says: 'The connection was interrupted.' },
};

export function netErrorVerdict(netError: string | undefined): NetErrorVerdict {
  const name = (netError ?? '').replace(/^net::/, '').trim().toUpperCase();
  const known = BY_ERROR[name];
  if (known) return { ...known, known: true };
  return {
    blame: 'unknown',
    failure: 'unknown',
    says: netError ? `The request failed with ${netError.slice(0, 80)}.` : 'The request got no response.',
    known: false,
  };
}
