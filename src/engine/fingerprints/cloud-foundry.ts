// Cloud Foundry's gorouter writes its own errors as one plain-text line, "<code> <status text>:
// <message>" (errorwriter/error_writer.go, Content-Type text/plain, X-Content-Type-Options nosniff),
// and says why in the "X-Cf-Routererror" header (handlers/lookup.go, proxy/round_tripper):
// - unknown_route, 404 "Requested route ('<host>') does not exist.": no app is mapped to the route —
//   platform routing configuration, like Heroku's "No such app";
// - no_endpoints, 503 "Requested route ('<host>') has no available endpoints.": the route exists but
//   no app instance is registered (stopped, crashed, scaling);
// - "Connection Limit Reached", 503: every backend hit its connection limit;
// - "endpoint_failure (<go error>)", 502 "Registered endpoint failed to handle the request.", or
//   525/526 when TLS to the backend fails: the app instance refused, reset or timed out;
// - empty_host (400), max-request-size-exceeded (431): the request itself;
// - route-service signature errors: route-service configuration.
// Requests carry X-Vcap-Request-Id end to end.
import { defineFingerprint } from '../knowledge/fingerprint';

export default defineFingerprint({
  generator: 'cloud-foundry',
  name: 'Cloud Foundry gorouter',
  layer: 'load-balancer',
  inPath: [{ header: 'x-cf-routererror' }, { header: 'x-vcap-request-id' }, { header: 'set-cookie', starts: '__vcap_id__=' }],
  ownHeaders: [{ header: 'x-cf-routererror' }, { header: 'x-vcap-request-id' }],
  requestIds: [{ header: 'x-vcap-request-id', label: 'x-vcap-request-id' }],
  pages: [
    {
      id: 'unknown-route',
      status: [404],
      all: [{ body: 'requested route (\'' }, { body: '\') does not exist.' }],
      any: [{ body: '404 not found: requested route' }, { header: 'x-cf-routererror', is: 'unknown_route' }],
      confidence: 0.9,
      says: 'gorouter\'s "404 Not Found: Requested route (\'…\') does not exist.": no Cloud Foundry app is mapped to this host and path.',
      layer: 'load-balancer',
      blame: 'cdn-config',
      failure: 'config',
    },
    {
      id: 'no-available-endpoints',
      status: [503],
      all: [{ body: 'requested route (\'' }, { body: '\') has no available endpoints.' }],
      any: [{ header: 'x-cf-routererror', is: 'no_endpoints' }],
      confidence: 0.9,
      says: 'gorouter\'s "Requested route (\'…\') has no available endpoints.": the route exists but no app instance is registered behind it (stopped, crashed or not yet started).',
      layer: 'load-balancer',
      blame: 'upstream-app',
      failure: 'no-healthy-upstream',
    },
    {
      id: 'endpoint-failure',
      status: [502],
      all: [{ body: '502 bad gateway: registered endpoint failed to handle the request.' }],
      any: [{ header: 'x-cf-routererror', starts: 'endpoint_failure' }],
      confidence: 0.9,
      says: 'gorouter\'s "502 Bad Gateway: Registered endpoint failed to handle the request.": the app instance refused, reset or did not answer the proxied request.',
      layer: 'load-balancer',
      blame: 'upstream-app',
      failure: 'unknown',
      refine: [
        {
          when: [{ header: 'x-cf-routererror', has: 'connection refused' }],
          failure: 'refused',
          says: 'X-Cf-Routererror names the cause: the instance refused the connection.',
        },
        {
          when: [{ header: 'x-cf-routererror', has: 'timeout' }],
          failure: 'timeout',
          says: 'X-Cf-Routererror names the cause: the instance timed out.',
        },
        {
          when: [{ header: 'x-cf-routererror', has: 'reset by peer' }],
          failure: 'empty-response',
          says: 'X-Cf-Routererror names the cause: the instance reset the connection.',
        },
      ],
    },
    {
      // Any gorouter answer that names its reason in the header, whatever the body (operators can
      // replace the plain-text line with an HTML template).
      id: 'router-error-header',
      all: [{ header: 'x-cf-routererror' }],
      confidence: 0.8,
      says: 'Cloud Foundry\'s gorouter answered by itself (X-Cf-Routererror header).',
      layer: 'load-balancer',
      blame: 'upstream-app',
      failure: 'unknown',
      byStatus: {
        400: { blame: 'client', failure: 'invalid-response' },
        431: { blame: 'client', failure: 'invalid-response' },
        525: { blame: 'upstream-app', failure: 'tls' },
        526: { blame: 'upstream-app', failure: 'tls' },
      },
      refine: [
        { when: [{ header: 'x-cf-routererror', is: 'unknown_route' }], blame: 'cdn-config', failure: 'config', says: 'X-Cf-Routererror: unknown_route — no app is mapped to this route.' },
        { when: [{ header: 'x-cf-routererror', is: 'no_endpoints' }], blame: 'upstream-app', failure: 'no-healthy-upstream', says: 'X-Cf-Routererror: no_endpoints — no app instance is registered for the route.' },
        { when: [{ header: 'x-cf-routererror', is: 'connection limit reached' }], blame: 'upstream-app', failure: 'overloaded', says: 'X-Cf-Routererror: Connection Limit Reached — every instance is at its connection limit.' },
        { when: [{ header: 'x-cf-routererror', has: 'connection refused' }], blame: 'upstream-app', failure: 'refused', says: 'X-Cf-Routererror: endpoint_failure — the instance refused the connection.' },
        { when: [{ header: 'x-cf-routererror', has: 'timeout' }], blame: 'upstream-app', failure: 'timeout', says: 'X-Cf-Routererror: endpoint_failure — the instance timed out.' },
        { when: [{ header: 'x-cf-routererror', is: 'empty_host' }], blame: 'client', failure: 'invalid-response', says: 'X-Cf-Routererror: empty_host — the request had no Host header.' },
        { when: [{ header: 'x-cf-routererror', is: 'max-request-size-exceeded' }], blame: 'client', failure: 'invalid-response', says: 'X-Cf-Routererror: max-request-size-exceeded — the request headers are too large.' },
        { when: [{ header: 'x-cf-routererror', has: 'route_service' }], blame: 'cdn-config', failure: 'config', says: 'X-Cf-Routererror names a route-service problem (signature or unsupported route service).' },
        { when: [{ header: 'x-cf-routererror', is: 'unknown_failure' }], blame: 'edge', failure: 'unknown', says: 'X-Cf-Routererror: unknown_failure — gorouter itself failed while handling the request.' },
      ],
    },
  ],
  sources: [
    'cloudfoundry/gorouter errorwriter/error_writer.go (body "%d %s: %s" + newline, text/plain; charset=utf-8, X-Content-Type-Options: nosniff) — github.com/cloudfoundry/gorouter',
    'cloudfoundry/gorouter handlers/lookup.go (unknown_route 404 "Requested route (\'%s\') does not exist.", no_endpoints 503 "has no available endpoints.", "Connection Limit Reached" 503, empty_host 400)',
    'cloudfoundry/gorouter proxy/round_tripper/error_handler.go + proxy_round_tripper.go ("endpoint_failure (<err>)", 502 "502 Bad Gateway: Registered endpoint failed to handle the request.", 525/526/496/499 TLS and cancel specs)',
    'cloudfoundry/gorouter common/http/headers.go (X-Cf-RouterError, X-Vcap-Router, X-Vcap-Backend), handlers/request_id.go (X-Vcap-Request-Id), proxy_round_tripper.go (__VCAP_ID__ cookie), handlers/max_request_size.go, handlers/routeservice.go, handlers/paniccheck.go',
  ],
});
