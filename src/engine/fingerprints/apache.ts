// Apache httpd writes its canned pages in ap_send_error_response() (modules/http/http_protocol.c):
//   <!DOCTYPE HTML PUBLIC "-//IETF//DTD HTML 2.0//EN">
//   <html><head><title>502 Proxy Error</title></head><body><h1>Proxy Error</h1> … canned text …
//   <hr><address>Apache/2.4.57 (Debian) Server at host Port 443</address>   (ServerSignature On)
// The canned sentences come from get_canned_error_string(); mod_proxy's ap_proxyerror() adds
// "The proxy server could not handle the request<p>Reason: <strong>…</strong></p>" and the
// status line "502 Proxy Error". Tengine copies some of these sentences but signs "Powered by
// Tengine", so those pages are ruled out here.
import { defineFingerprint } from '../knowledge/fingerprint';

const DOCTYPE = '<!doctype html public "-//ietf//dtd html 2.0//en">';
const NOT_TENGINE = [{ body: 'powered by tengine' }, { header: 'server', starts: 'tengine' }];
const APACHE_ANY = [
  { body: '<address>apache' },
  { header: 'server', starts: 'apache/' },
  { header: 'server', is: 'apache' },
];

export default defineFingerprint({
  generator: 'apache',
  name: 'Apache httpd',
  layer: 'reverse-proxy',
  inPath: [
    { header: 'server', starts: 'apache/' },
    { header: 'server', is: 'apache' },
  ],
  requestIds: [{ header: 'x-request-id', label: 'X-Request-Id' }],
  pages: [
    {
      id: 'mod-proxy-error',
      status: [500, 502, 503, 504],
      all: [{ body: DOCTYPE }, { body: 'the proxy server could not handle the request' }],
      any: APACHE_ANY,
      not: NOT_TENGINE,
      confidence: 0.9,
      says: 'Apache mod_proxy\'s "Proxy Error" page ("The proxy server could not handle the request … Reason: …").',
      layer: 'reverse-proxy',
      blame: 'upstream-app',
      failure: 'invalid-response',
      byStatus: {
        503: { failure: 'no-healthy-upstream' },
        504: { failure: 'timeout' },
      },
      refine: [
        {
          when: [{ body: 'reason: <strong>error during ssl handshake with remote server' }],
          failure: 'tls',
          says: 'mod_proxy could not complete the TLS handshake with its backend.',
        },
        {
          when: [{ body: 'reason: <strong>dns lookup failure for' }],
          failure: 'dns',
          says: 'mod_proxy could not resolve its backend\'s host name.',
        },
        {
          when: [{ body: 'reason: <strong>error reading from remote server' }],
          failure: 'invalid-response',
          says: 'mod_proxy got no valid status line from its backend (closed, reset or timed out).',
        },
      ],
    },
    {
      id: 'bad-gateway',
      status: [502],
      all: [{ body: DOCTYPE }, { body: 'the proxy server received an invalid response from an upstream server' }],
      any: APACHE_ANY,
      not: NOT_TENGINE,
      confidence: 0.85,
      says: 'Apache\'s canned 502 text ("The proxy server received an invalid response from an upstream server.").',
      layer: 'reverse-proxy',
      blame: 'upstream-app',
      failure: 'invalid-response',
    },
    {
      id: 'service-unavailable',
      status: [503],
      all: [
        { body: DOCTYPE },
        { body: 'the server is temporarily unable to service your request due to maintenance downtime or capacity problems' },
      ],
      any: APACHE_ANY,
      not: NOT_TENGINE,
      confidence: 0.85,
      says: 'Apache\'s canned 503 page; behind mod_proxy it means the backend refused the connection and the worker was put in error state.',
      layer: 'reverse-proxy',
      blame: 'upstream-app',
      failure: 'no-healthy-upstream',
    },
    {
      id: 'gateway-timeout',
      status: [504],
      all: [{ body: DOCTYPE }, { body: 'the gateway did not receive a timely response from the upstream server or application' }],
      any: APACHE_ANY,
      not: NOT_TENGINE,
      confidence: 0.85,
      says: 'Apache\'s canned 504 page (ProxyTimeout expired waiting for the backend).',
      layer: 'reverse-proxy',
      blame: 'upstream-app',
      failure: 'timeout',
    },
    {
      id: 'internal-server-error',
      status: [500],
      all: [{ body: DOCTYPE }, { body: 'the server encountered an internal error or misconfiguration and was unable to complete your request' }],
      any: APACHE_ANY,
      not: NOT_TENGINE,
      confidence: 0.85,
      says: 'Apache\'s canned 500 page ("internal error or misconfiguration": .htaccess, CGI or handler failure).',
      layer: 'reverse-proxy',
      blame: 'reverse-proxy',
      failure: 'config',
    },
    {
      id: 'header-fields-too-large',
      status: [400, 431],
      all: [{ body: DOCTYPE }, { body: 'size of a request header field exceeds server limit' }],
      any: APACHE_ANY,
      not: NOT_TENGINE,
      confidence: 0.8,
      says: 'Apache refused a request header as too large (LimitRequestFieldSize).',
      layer: 'reverse-proxy',
      blame: 'client',
      failure: 'config',
    },
  ],
  sources: [
    'Apache httpd source modules/http/http_protocol.c: ap_send_error_response() (DOCTYPE_HTML_2_0, <title>/<h1>, ap_psignature "<hr>\\n<address>…</address>") and get_canned_error_string() (502/503/504/500 sentences) — github.com/apache/httpd',
    'Apache httpd source modules/proxy/proxy_util.c ap_proxyerror(): "The proxy server could not handle the request<p>Reason: <strong>%s</strong></p>", status line "%3.3u Proxy Error"',
    'Proxy Error pages pasted in public issues: github.com/onnela-lab/beiwe-backend/issues/302, github.com/streamaserver/streama/issues/651, github.com/monarch-initiative/monarch-legacy/issues/1100 (Apache/2.2.15 signature), "Error during SSL Handshake with remote server" 500 Proxy Error (Apache/2.4.54 Debian) in a public test suite',
    '503 "maintenance downtime or capacity problems" pages and mod_proxy "AH00957 … Connection refused" / "disabled connection" logs: github.com/bit-team/backintime/issues/296, github.com/freedombox/FreedomBox/issues/895, github.com/perfsonar/maddash/issues/21',
    'Tengine page reusing the 504 sentence with "Powered by Tengine": github.com/chatanywhere/GPT_API_free/issues/97',
  ],
});
