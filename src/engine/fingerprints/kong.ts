// Kong Gateway (OpenResty based) writes its own errors through kong/error_handlers.lua and
// kong.response.error(): a message from a fixed table, rendered with the template that matches the
// Accept header (JSON by default: {"message":"…","request_id":"…"} since 3.x, or an HTML page
// "<h1>Error</h1><p>…</p><p>request_id: …</p>"). Responses Kong generates itself carry
// "Server: kong/3.x" and X-Kong-Response-Latency; proxied ones carry "Via: [1.1 ]kong/3.x",
// X-Kong-Upstream-Latency and X-Kong-Proxy-Latency; 3.5+ adds X-Kong-Request-Id. Its auth and policy
// plugins answer before any upstream is called: key-auth 401 "No API key found in request", 401
// "Unauthorized" (kong.response.error(401) default message), ACL 403 "You cannot consume this
// service", rate-limiting 429 "API rate limit exceeded". Those are decisions, not failures: blame
// none. "Unauthorized" alone is every framework's word, so it is only Kong's with Kong's own header.
// X-Kong-Upstream-Latency is the milliseconds Kong waited for the upstream: server-timing.ts reads it
// as the time to error, so a 504 with 60001 there is the Service's 60 s read_timeout.
import { defineFingerprint, type PageRule, type Signal } from '../knowledge/fingerprint';

const KONG_HEADERS = [
  { header: 'server', starts: 'kong/' },
  { header: 'via', has: 'kong/' },
  { header: 'x-kong-response-latency' },
  { header: 'x-kong-proxy-latency' },
  { header: 'x-kong-upstream-latency' },
  { header: 'x-kong-request-id' },
];

/** Headers only Kong's own (generated) answers carry, for messages too generic to stand alone. */
const KONG_GENERATED: Signal[] = [{ header: 'server', starts: 'kong/' }, { header: 'x-kong-response-latency' }];

const unauthorized = (header: Signal, suffix: string): PageRule => ({
  id: `unauthorized-${suffix}`,
  status: [401],
  all: [{ body: '{"message":"unauthorized"' }, header],
  any: [{ header: 'www-authenticate' }, { header: 'x-kong-request-id' }],
  confidence: 0.75,
  says: 'Kong answered 401 {"message":"Unauthorized"} itself: an authentication plugin rejected the request before the upstream.',
  layer: 'reverse-proxy',
  blame: 'none',
  failure: 'blocked',
});

export default defineFingerprint({
  generator: 'kong',
  name: 'Kong Gateway',
  layer: 'reverse-proxy',
  inPath: KONG_HEADERS,
  ownHeaders: KONG_HEADERS,
  requestIds: [
    { header: 'x-kong-request-id', label: 'X-Kong-Request-Id' },
    { from: 'body', pattern: /request_id"?:\s?"?([0-9a-f]{32})/, label: 'Kong request_id' },
  ],
  pages: [
    {
      id: 'upstream-invalid-response',
      status: [502],
      all: [{ body: 'an invalid response was received from the upstream server' }],
      any: KONG_HEADERS,
      confidence: 0.85,
      says: 'Kong\'s 502 message "An invalid response was received from the upstream server" (connection refused, reset or TLS failure to the service).',
      layer: 'reverse-proxy',
      blame: 'upstream-app',
      failure: 'invalid-response',
    },
    {
      id: 'upstream-timeout',
      status: [504],
      all: [{ body: 'the upstream server is timing out' }],
      any: KONG_HEADERS,
      confidence: 0.85,
      says: 'Kong\'s 504 message "The upstream server is timing out" (service read/connect timeout, 60 s by default).',
      layer: 'reverse-proxy',
      blame: 'upstream-app',
      failure: 'timeout',
    },
    {
      id: 'ring-balancer-no-peer',
      status: [503],
      all: [{ body: 'failure to get a peer from the ring-balancer' }],
      any: KONG_HEADERS,
      confidence: 0.9,
      says: 'Kong\'s "failure to get a peer from the ring-balancer": the Upstream has no healthy target.',
      layer: 'reverse-proxy',
      blame: 'upstream-app',
      failure: 'no-healthy-upstream',
    },
    {
      id: 'name-resolution-failed',
      status: [503],
      all: [{ body: '"message":"name resolution failed"' }],
      any: KONG_HEADERS,
      confidence: 0.8,
      says: 'Kong could not resolve the service host name ("name resolution failed").',
      layer: 'reverse-proxy',
      blame: 'upstream-app',
      failure: 'dns',
    },
    {
      id: 'upstream-unavailable',
      status: [503],
      all: [{ body: 'the upstream server is currently unavailable' }],
      any: KONG_HEADERS,
      confidence: 0.8,
      says: 'Kong\'s 503 message "The upstream server is currently unavailable".',
      layer: 'reverse-proxy',
      blame: 'upstream-app',
      failure: 'unknown',
    },
    {
      id: 'no-route',
      status: [404],
      all: [{ body: 'no route matched with those values' }],
      any: KONG_HEADERS,
      confidence: 0.9,
      says: 'Kong\'s "no Route matched with those values": no Route matches this host, path or method.',
      layer: 'reverse-proxy',
      blame: 'reverse-proxy',
      failure: 'config',
    },
    {
      id: 'no-api-key',
      status: [401],
      all: [{ body: 'no api key found in request' }],
      any: [...KONG_HEADERS, { header: 'www-authenticate', has: 'key realm="kong"' }],
      confidence: 0.8,
      says: 'Kong\'s key-auth plugin answered "No API key found in request": the request carried no API key.',
      layer: 'reverse-proxy',
      blame: 'none',
      failure: 'blocked',
    },
    ...KONG_GENERATED.map((header, i) => unauthorized(header, i === 0 ? 'server' : 'latency')),
    {
      id: 'acl-cannot-consume',
      status: [403],
      all: [{ body: 'you cannot consume this service' }],
      any: KONG_HEADERS,
      confidence: 0.8,
      says: 'Kong\'s ACL plugin answered "You cannot consume this service": the consumer is not in an allowed group.',
      layer: 'reverse-proxy',
      blame: 'none',
      failure: 'blocked',
    },
    {
      id: 'rate-limited',
      status: [429],
      all: [{ body: 'api rate limit exceeded' }],
      any: [...KONG_HEADERS, { header: 'ratelimit-limit' }, { header: 'x-ratelimit-limit-minute' }],
      confidence: 0.85,
      says: 'Kong\'s rate-limiting plugin answered "API rate limit exceeded".',
      layer: 'reverse-proxy',
      blame: 'none',
      failure: 'rate-limited',
    },
    {
      // A HEAD request gets Kong's error status and headers only. Kong's own errors are JSON by
      // default (application/json; charset=utf-8), and a proxied request carries Via: kong/… even
      // when Server is the underlying openresty (headers.server_tokens off / older Kong).
      id: 'header-only-5xx',
      status: [502, 503, 504],
      all: [{ bodyEmpty: true }, { header: 'via', has: 'kong/' }],
      any: [{ header: 'content-type', starts: 'application/json' }, { header: 'x-kong-proxy-latency' }],
      confidence: 0.6,
      says: 'An empty 502/503/504 with Kong\'s Via header (Kong\'s error answer to a HEAD request).',
      layer: 'reverse-proxy',
      blame: 'upstream-app',
      byStatus: {
        502: { failure: 'invalid-response' },
        504: { failure: 'timeout' },
      },
    },
    {
      id: 'unexpected-error',
      status: [500],
      all: [{ body: 'an unexpected error occurred' }, { header: 'x-kong-response-latency' }],
      confidence: 0.7,
      says: 'Kong\'s own 500 "An unexpected error occurred" (a Kong plugin or the gateway failed).',
      layer: 'reverse-proxy',
      blame: 'reverse-proxy',
      failure: 'unknown',
    },
  ],
  sources: [
    'Kong source kong/error_handlers.lua: BODIES 500 "An unexpected error occurred", 502 "An invalid response was received from the upstream server", 503 "The upstream server is currently unavailable", 504 "The upstream server is timing out" — github.com/Kong/kong',
    'Kong source kong/tools/utils.lua ERROR_TEMPLATES (HTML "<h1>Error</h1><p>%s.</p><p>request_id: %s</p>", JSON {"message":"%s","request_id":"%s"}) and kong/runloop/balancer ("failure to get a peer from the ring-balancer", "name resolution failed", 503)',
    'Kong runloop header_filter: proxied responses get X-Kong-Upstream-Latency, X-Kong-Proxy-Latency and Via; Kong-generated ones get Server and X-Kong-Response-Latency',
    'Kong docs (Kubernetes ingress controller, passive health checks): "HTTP/1.1 503 … X-Kong-Response-Latency: 0, Server: kong/<version>, {"message":"failure to get a peer from the ring-balancer"}"; upstream TLS verify guide showing {"message":"An invalid response was received from the upstream server","request_id":"…"}',
    'Kong plugins: key-auth handler ({ status = 401, message = "No API key found in request" } with WWW-Authenticate: Key realm="kong"), acl handler (kong.response.error(403, "You cannot consume this service"); kong.response.error(401) → "Unauthorized") — github.com/Kong/kong kong/plugins/key-auth/handler.lua, kong/plugins/acl/handler.lua',
    'Public notes and tests against live Kong gateways: 401 {"message":"No API key found in request"}, 403 {"message":"You cannot consume this service"} next to 404 {"message":"no Route matched with those values"}',
    'github.com/Kong/kong/issues/7165 and /6838 (502 and 504 messages), Kong rate-limiting plugin docs ("API rate limit exceeded")',
    'https://github.com/Kong/kong/issues/7059 (curl -I of a Kong 2.4.1 502: Server: openresty, Content-Type: application/json; charset=utf-8, Content-Length: 75, X-Kong-Upstream-Latency, X-Kong-Proxy-Latency, Via: kong/2.4.1)',
  ],
});
