// Caddy 2 sets "Server: Caddy" on every response (modules/caddyhttp/server.go). When a handler such
// as reverse_proxy returns an error and no handle_errors routes exist, Caddy answers with the status
// code only: w.WriteHeader(errStatus), no body. reverse_proxy maps a failed dial or round trip to
// 502, a network timeout to 504 (statusError in reverseproxy.go) and "no upstreams available" to
// 503. The cause ("dial tcp 127.0.0.1:8080: connect: connection refused") appears only in Caddy's log.
// reverse_proxy waits for response headers without limit by default, so a default Caddy's 504 is a
// dial that ran out of dial_timeout (3 s): the timer table (knowledge/timers.ts) names it.
import { defineFingerprint } from '../knowledge/fingerprint';

export default defineFingerprint({
  generator: 'caddy',
  name: 'Caddy',
  layer: 'reverse-proxy',
  inPath: [{ header: 'server', is: 'caddy' }],
  pages: [
    {
      id: 'empty-handler-error',
      status: [500, 502, 503, 504],
      all: [{ bodyEmpty: true }, { header: 'server', is: 'caddy' }],
      confidence: 0.75,
      says: 'An empty error answered with "Server: Caddy": Caddy\'s default handler-error response (no handle_errors).',
      layer: 'reverse-proxy',
      blame: 'upstream-app',
      failure: 'unknown',
      byStatus: {
        500: { blame: 'reverse-proxy', failure: 'config' },
        502: { failure: 'invalid-response' },
        503: { failure: 'no-healthy-upstream' },
        504: { failure: 'timeout' },
      },
    },
  ],
  sources: [
    'Caddy source modules/caddyhttp/server.go ServeHTTP: Server: Caddy header; without error routes "w.WriteHeader(errStatus)" and nothing else — github.com/caddyserver/caddy',
    'Caddy source modules/caddyhttp/reverseproxy/reverseproxy.go statusError(): 502 for proxy errors, 504 when err is a net.Error timeout; errNoUpstream "no upstreams available"',
    'Caddy docs caddyserver.com/docs/caddyfile/directives/handle_errors; logs "dial tcp 127.0.0.1:4040: connect: connection refused" with status 502 in github.com/searx/searx/issues/3205; "server: Caddy" response headers in github.com/klzgrad/naiveproxy/issues/9',
  ],
});
