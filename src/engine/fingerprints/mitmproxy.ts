// mitmproxy answers protocol and connection errors itself (proxy/layers/http/_http1.py
// make_error_response, _base.py format_error): "Server: mitmproxy <version>", Connection: close,
// Content-Type: text/html and a tiny page "<html><head><title>502 Bad Gateway</title></head><body>
// <h1>502 Bad Gateway</h1><p>{message}</p></body></html>". ErrorCode.http_status_code (_events.py):
// CONNECT_FAILED, GENERIC_SERVER_ERROR, RESPONSE_VALIDATION_FAILED and RESPONSE_TOO_LARGE are 502,
// client errors 400, REQUEST_TOO_LARGE 413. mitmproxy is an intercepting (forward) proxy, so the
// server it could not reach or parse is the site itself: a 502 blames `origin`.
import { defineFingerprint } from '../knowledge/fingerprint';

const MITMPROXY = { header: 'server', starts: 'mitmproxy' };

export default defineFingerprint({
  generator: 'mitmproxy',
  name: 'mitmproxy',
  layer: 'reverse-proxy',
  inPath: [MITMPROXY],
  ownHeaders: [MITMPROXY],
  pages: [
    {
      id: 'error-response',
      status: [400, 413, 502, 504],
      all: [MITMPROXY, { body: '</h1><p>' }],
      any: [{ body: '<html><head><title>' }],
      confidence: 0.8,
      says: 'mitmproxy\'s own error page ("Server: mitmproxy", <h1>status</h1><p>reason</p>).',
      layer: 'reverse-proxy',
      blame: 'origin',
      failure: 'unknown',
      byStatus: {
        400: { blame: 'client', failure: 'invalid-response' },
        413: { blame: 'client', failure: 'config' },
        502: { blame: 'origin', failure: 'unreachable' },
        504: { blame: 'origin', failure: 'timeout' },
      },
    },
    {
      // mitmproxy 4-5 wrote the exception's repr into the page ("<p>HttpReadDisconnect('Server
      // disconnected')</p>", github.com/mitmproxy/mitmproxy/issues/3569): its own class names tell
      // the page even when the headers were not kept.
      id: 'error-response-exception',
      status: [502, 504],
      all: [{ body: '</h1><p>' }],
      any: [{ body: '<p>httpreaddisconnect(' }, { body: '<p>tcpdisconnect(' }, { body: '<p>httpsyntaxexception(' }, { body: '<p>tcptimeout(' }, { body: '<p>tlsexception(' }],
      not: [MITMPROXY],
      confidence: 0.2,
      says: 'mitmproxy\'s error page naming one of its own exceptions (HttpReadDisconnect, TcpDisconnect…): it could not get an answer from the site.',
      layer: 'reverse-proxy',
      blame: 'origin',
      failure: 'empty-response',
      byStatus: { 504: { failure: 'timeout' } },
    },
  ],
  sources: [
    'mitmproxy 4-5 error page quoting the exception repr: https://github.com/mitmproxy/mitmproxy/issues/3569 (502, <p>HttpReadDisconnect(\'Server disconnected\')</p>)',
    'mitmproxy/mitmproxy mitmproxy/proxy/layers/http/_http1.py make_error_response (Server=version.MITMPROXY, Connection: close, Content-Type: text/html)',
    'mitmproxy/mitmproxy mitmproxy/proxy/layers/http/_base.py format_error (page markup), _events.py ErrorCode.http_status_code (502/400/413)',
    'mitmproxy/mitmproxy mitmproxy/version.py (MITMPROXY = "mitmproxy " + VERSION)',
  ],
});
