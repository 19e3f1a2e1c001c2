// Squid writes its error pages from the templates in errors/templates/ (ERR_CONNECT_FAIL,
// ERR_READ_TIMEOUT, ERR_DNS_FAIL, ERR_ACCESS_DENIED…): title "ERROR: The requested URL could not be
// retrieved", <body id=ERR_NAME>, a <div id="footer"> "Generated <date> by <host> (squid/x.y.z)" and
// a trailing "<!-- ERR_NAME -->". Every error page also carries "X-Squid-Error: ERR_NAME <errno>"
// (errorpage.cc: httpHeaderPutStrf(X_SQUID_ERROR, "%s %d", name, xerrno)), Server: squid/x.y.z and
// usually Via "1.1 host (squid/x.y.z)". The remote host Squid was fetching from is the suspect.
import { defineFingerprint } from '../knowledge/fingerprint';

export default defineFingerprint({
  generator: 'squid',
  name: 'Squid',
  layer: 'reverse-proxy',
  inPath: [
    { header: 'server', starts: 'squid' },
    { header: 'via', has: '(squid' },
    { header: 'x-squid-error' },
  ],
  // Squid stamps every page it writes with X-Squid-Error and Server: squid.
  ownHeaders: [{ header: 'x-squid-error' }, { header: 'server', starts: 'squid' }],
  requestIds: [{ header: 'x-squid-error', label: 'X-Squid-Error' }],
  pages: [
    {
      id: 'error-template',
      all: [{ title: 'error: the requested url could not be retrieved' }],
      any: [
        { body: '<div id="footer"><p>generated ' },
        { body: '(squid/' },
        { header: 'x-squid-error' },
      ],
      confidence: 0.8,
      says: 'Squid\'s error template: "ERROR: The requested URL could not be retrieved".',
      code: { from: 'body', pattern: /<body id="?(err_[a-z_]{3,40})/ },
      layer: 'reverse-proxy',
      blame: 'unknown',
      byStatus: {
        502: { blame: 'origin', failure: 'invalid-response' },
        503: { blame: 'origin', failure: 'unreachable' },
        504: { blame: 'upstream-app', failure: 'timeout' },
        403: { blame: 'none', failure: 'blocked' },
        407: { blame: 'client', failure: 'config' },
        400: { blame: 'client', failure: 'invalid-response' },
      },
      byCode: {
        err_connect_fail: { blame: 'origin', failure: 'refused' },
        err_dns_fail: { blame: 'origin', failure: 'dns' },
        err_read_timeout: { blame: 'upstream-app', failure: 'timeout' },
        err_lifetime_exp: { blame: 'upstream-app', failure: 'timeout' },
        err_zero_size_object: { blame: 'origin', failure: 'empty-response' },
        err_invalid_resp: { blame: 'origin', failure: 'invalid-response' },
        err_read_error: { blame: 'origin', failure: 'invalid-response' },
        err_secure_connect_fail: { blame: 'origin', failure: 'tls' },
        err_cannot_forward: { blame: 'origin', failure: 'unreachable' },
        err_access_denied: { blame: 'none', failure: 'blocked' },
        err_cache_access_denied: { blame: 'client', failure: 'config' },
        err_too_big: { blame: 'client', failure: 'config' },
        err_invalid_req: { blame: 'client', failure: 'invalid-response' },
        err_invalid_url: { blame: 'client', failure: 'invalid-response' },
        err_shutting_down: { blame: 'reverse-proxy', failure: 'maintenance' },
      },
      // The header carries the errno, which tells a refusal from a connect timeout.
      refine: [
        {
          when: [{ header: 'x-squid-error', is: 'err_connect_fail 111' }],
          blame: 'origin',
          failure: 'refused',
          says: 'X-Squid-Error says ERR_CONNECT_FAIL 111 (ECONNREFUSED): the remote host refused the connection.',
        },
        {
          when: [{ header: 'x-squid-error', is: 'err_connect_fail 110' }],
          blame: 'origin',
          failure: 'unreachable',
          says: 'X-Squid-Error says ERR_CONNECT_FAIL 110 (ETIMEDOUT): the remote host did not answer the connection attempt.',
        },
        {
          when: [{ header: 'x-squid-error', is: 'err_connect_fail 113' }],
          blame: 'origin',
          failure: 'unreachable',
          says: 'X-Squid-Error says ERR_CONNECT_FAIL 113 (EHOSTUNREACH): no route to the remote host.',
        },
        {
          when: [{ header: 'x-squid-error', starts: 'err_dns_fail' }],
          blame: 'origin',
          failure: 'dns',
          says: 'X-Squid-Error says ERR_DNS_FAIL: Squid could not resolve the host name.',
        },
        {
          when: [{ header: 'x-squid-error', starts: 'err_read_timeout' }],
          blame: 'upstream-app',
          failure: 'timeout',
          says: 'X-Squid-Error says ERR_READ_TIMEOUT: the remote server accepted the connection but sent nothing in time.',
        },
      ],
    },
    {
      // A CONNECT tunnel refusal or a HEAD answer: the header alone, no template body.
      id: 'x-squid-error-header',
      all: [{ header: 'x-squid-error', starts: 'err_' }],
      confidence: 0.7,
      says: 'The response carries Squid\'s X-Squid-Error header: Squid generated it.',
      layer: 'reverse-proxy',
      blame: 'unknown',
      byStatus: {
        502: { blame: 'origin', failure: 'invalid-response' },
        503: { blame: 'origin', failure: 'unreachable' },
        504: { blame: 'upstream-app', failure: 'timeout' },
        403: { blame: 'none', failure: 'blocked' },
        407: { blame: 'client', failure: 'config' },
        400: { blame: 'client', failure: 'invalid-response' },
      },
      refine: [
        {
          when: [{ header: 'x-squid-error', starts: 'err_invalid_' }],
          blame: 'client',
          failure: 'invalid-response',
          says: 'X-Squid-Error says ERR_INVALID_URL / ERR_INVALID_REQ: Squid could not parse the request it was sent.',
        },
        {
          when: [{ header: 'x-squid-error', is: 'err_connect_fail 111' }],
          blame: 'origin',
          failure: 'refused',
          says: 'ERR_CONNECT_FAIL 111 (ECONNREFUSED): the remote host refused the connection.',
        },
        {
          when: [{ header: 'x-squid-error', starts: 'err_connect_fail' }],
          blame: 'origin',
          failure: 'unreachable',
          says: 'ERR_CONNECT_FAIL: Squid could not connect to the remote host.',
        },
        {
          when: [{ header: 'x-squid-error', starts: 'err_dns_fail' }],
          blame: 'origin',
          failure: 'dns',
          says: 'ERR_DNS_FAIL: Squid could not resolve the host name.',
        },
        {
          when: [{ header: 'x-squid-error', starts: 'err_read_timeout' }],
          blame: 'upstream-app',
          failure: 'timeout',
          says: 'ERR_READ_TIMEOUT: the remote server sent nothing in time.',
        },
        {
          when: [{ header: 'x-squid-error', starts: 'err_access_denied' }],
          blame: 'none',
          failure: 'blocked',
          says: 'ERR_ACCESS_DENIED: a Squid access rule refused the request.',
        },
      ],
    },
  ],
  sources: [
    'squid-cache/squid errors/templates/ERR_CONNECT_FAIL, ERR_READ_TIMEOUT, ERR_DNS_FAIL (page markup, footer "Generated %T by %h (%s)")',
    'squid-cache/squid src/errorpage.cc: X-Squid-Error "%s %d" (error name, errno)',
    'https://github.com/agentgonzo/steam-squid/issues/3 (400 from squid/3.4.8 with "X-Squid-Error: ERR_INVALID_URL 0", Via "1.1 <host> (squid/3.4.8)")',
    'squid-cache/squid src/http.cc HttpStateData::httpTimeout: ERR_READ_TIMEOUT with Http::scGatewayTimeout (504)',
    'Public captures of "HTTP/1.1 503 Service Unavailable / Server: squid/3.5.12 / X-Squid-Error: ERR_CONNECT_FAIL 111 / Via: 1.1 host (squid/3.5.12)" and "X-Squid-Error: ERR_DNS_FAIL 0"',
  ],
});
