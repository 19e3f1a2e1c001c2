// OpenResty is nginx built with LuaJIT; its NGINX_VER is "openresty/1.x.y.z", so the stock pages of
// ngx_http_special_response.c end with "<hr><center>openresty/1.21.4.1</center>" (server_tokens on)
// or "<hr><center>openresty</center>" (off), and the Server header reads "openresty[/1.x]".
// Products built on OpenResty keep that tail: older Kubernetes ingress-nginx controllers, Nginx
// Proxy Manager, Apache APISIX (which sets "Server: APISIX/x" but still writes the openresty tail).
import { defineFingerprint } from '../knowledge/fingerprint';

export default defineFingerprint({
  generator: 'openresty',
  name: 'OpenResty',
  layer: 'reverse-proxy',
  inPath: [{ header: 'server', starts: 'openresty' }],
  requestIds: [{ header: 'x-request-id', label: 'X-Request-Id' }],
  pages: [
    {
      id: 'stock-error-page',
      all: [{ body: '<hr><center>openresty' }],
      any: [
        { header: 'server', starts: 'openresty' },
        { body: '</h1></center><hr><center>openresty' },
      ],
      confidence: 0.9,
      says: 'The page ends with OpenResty\'s stock signature "<hr><center>openresty</center>".',
      layer: 'reverse-proxy',
      blame: 'reverse-proxy',
      failure: 'unknown',
      byStatus: {
        400: { blame: 'client', failure: 'invalid-response' },
        413: { blame: 'client', failure: 'config' },
        414: { blame: 'client', failure: 'config' },
        429: { blame: 'none', failure: 'rate-limited' },
        500: { blame: 'reverse-proxy', failure: 'config' },
        502: { blame: 'upstream-app', failure: 'invalid-response' },
        // limit_req/limit_conn rejections, or (ingress-nginx) a Service with no ready endpoints.
        503: { blame: 'upstream-app', failure: 'overloaded' },
        504: { blame: 'upstream-app', failure: 'timeout' },
      },
      refine: [
        {
          when: [{ body: 'request header or cookie too large' }],
          blame: 'client',
          failure: 'config',
          says: 'OpenResty refused the request headers as too large (494 page).',
        },
        {
          when: [{ body: 'the plain http request was sent to https port' }],
          blame: 'client',
          failure: 'config',
          says: 'A plain-HTTP request reached an HTTPS listener (497 page).',
        },
      ],
    },
    {
      id: 'header-only-5xx',
      status: [502, 504],
      all: [{ bodyEmpty: true }, { header: 'server', starts: 'openresty' }],
      // Kong (built on OpenResty) keeps "Server: openresty" on some versions: its headers say Kong answered.
      not: [{ header: 'via', has: 'kong/' }, { header: 'x-kong-proxy-latency' }, { header: 'x-kong-response-latency' }],
      confidence: 0.55,
      says: 'An empty 502/504 answered with "Server: openresty" (the stock answer to a HEAD request).',
      layer: 'reverse-proxy',
      blame: 'upstream-app',
      byStatus: {
        502: { failure: 'invalid-response' },
        504: { failure: 'timeout' },
      },
    },
  ],
  sources: [
    'nginx source src/http/ngx_http_special_response.c (tail "<hr><center>" NGINX_VER), NGINX_VER = "openresty/<version>" in OpenResty builds',
    'OpenResty pages pasted in public repos: "<hr><center>openresty/1.27.1.1</center>" with "Server: openresty/1.27.1.1" (503), "openresty/1.15.8.1" 503 from microk8s ingress without endpoints, a 504 "<hr><center>openresty</center>" after 90 s with "Server: openresty"',
    'Apache APISIX docs (api-breaker plugin, client-control): 502/413 pages ending "<hr><center>openresty</center>" with "Server: APISIX/2.15.0"',
  ],
});
