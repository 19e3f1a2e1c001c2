// Traefik writes almost nothing of its own. When forwarding fails, its ErrorHandler
// (pkg/proxy/httputil/proxy.go) calls w.WriteHeader(code) and writes http.StatusText(code) with no
// trailing newline and no Content-Type, so Go sniffs "text/plain; charset=utf-8" and the body is
// exactly "Bad Gateway" (Content-Length 11) or "Gateway Timeout" (15). A service whose servers are
// all unhealthy answers http.Error(w, "no available server", 503) (wrr.go). Traefik sends no
// Server header by default. None of this is branded: any Go reverse proxy copying the same pattern
// looks identical, so every rule here is low confidence.
import { defineFingerprint } from '../knowledge/fingerprint';

// A Server header means some other product wrote or relayed the answer.
const NOT_OTHERS = [{ header: 'server' }, { header: 'x-content-type-options' }];

export default defineFingerprint({
  generator: 'traefik',
  name: 'Traefik',
  layer: 'reverse-proxy',
  // Traefik stamps no response header of its own by default.
  inPath: [],
  pages: [
    {
      id: 'statustext-bad-gateway',
      status: [502],
      all: [
        { body: 'bad gateway' },
        { header: 'content-length', is: '11' },
        { header: 'content-type', is: 'text/plain; charset=utf-8' },
      ],
      not: NOT_OTHERS,
      confidence: 0.4,
      says: 'A bare "Bad Gateway" (11 bytes, text/plain; charset=utf-8, no Server header): Traefik\'s proxy error handler (weak signal, unbranded).',
      layer: 'reverse-proxy',
      blame: 'upstream-app',
      failure: 'invalid-response',
    },
    {
      id: 'statustext-gateway-timeout',
      status: [504],
      all: [
        { body: 'gateway timeout' },
        { header: 'content-length', is: '15' },
        { header: 'content-type', is: 'text/plain; charset=utf-8' },
      ],
      not: NOT_OTHERS,
      confidence: 0.4,
      // serversTransport's responseHeaderTimeout is 0 (no limit) by default, so with default settings
      // the only timer that ends in this 504 is dialTimeout (30 s): the server could not be reached.
      says: 'A bare "Gateway Timeout" (15 bytes, text/plain; charset=utf-8, no Server header): Traefik\'s proxy error handler on a network timeout; with Traefik\'s defaults that is a connection to the server that did not open within dialTimeout (30 s) (weak signal).',
      layer: 'reverse-proxy',
      blame: 'upstream-app',
      failure: 'timeout',
    },
    {
      id: 'no-available-server',
      status: [503],
      all: [{ body: 'no available server' }, { header: 'content-type', is: 'text/plain; charset=utf-8' }],
      not: [{ header: 'server' }],
      confidence: 0.55,
      says: 'Traefik\'s load balancer answer "no available server": every server of the service failed its health check.',
      layer: 'reverse-proxy',
      blame: 'upstream-app',
      failure: 'no-healthy-upstream',
    },
  ],
  sources: [
    'Traefik source pkg/proxy/httputil/proxy.go: ErrorHandlerWithContext writes w.WriteHeader(statusCode) + statusText(statusCode); ComputeStatusCode maps io.EOF / net errors to 502, timeouts to 504 — github.com/traefik/traefik',
    'Traefik source pkg/server/service/loadbalancer/wrr/wrr.go: errNoAvailableServer = "no available server", http.Error(w, …, http.StatusServiceUnavailable)',
    'Traefik debug log "Round trip: …, code: 502, Length: 11" in github.com/traefik/traefik/issues/3237; client seeing data "Bad Gateway" in github.com/root-gg/plik/issues/306',
    'Go net/http: http.Error sets "X-Content-Type-Options: nosniff" and appends a newline; a body written without Content-Type is sniffed as "text/plain; charset=utf-8"',
    'serversTransport forwardingTimeouts: dialTimeout 30s, responseHeaderTimeout 0s (none) by default: https://doc.traefik.io/traefik/master/reference/routing-configuration/http/load-balancing/serverstransport/',
  ],
});
