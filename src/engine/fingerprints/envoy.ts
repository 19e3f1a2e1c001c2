// Envoy's local replies (router filter, source/common/router/router.cc) are short text/plain bodies:
//   503 "no healthy upstream"                                  (response flag UH)
//   503 "upstream connect error or disconnect/reset before headers. [retried and the latest ]reset
//        reason: <reason>[, transport failure reason: <detail>]" (UF, URX, UO, UC…)
//   504 "upstream request timeout"                             (UT, route timeout default 15 s)
// sent with "server: envoy" (the default server_name, overwriting any upstream Server header) and
// "x-envoy-overloaded: true" when a circuit breaker overflowed. The response flags themselves only
// appear in access logs. The same texts come from Envoy-based products: Istio writes them with
// "server: istio-envoy" (its own fingerprint), Google Cloud load balancers with "via: 1.1 google",
// so those are ruled out here. "no healthy upstream" alone is also written by many small Go proxies,
// hence it needs Envoy's header. The RBAC filter denies a request with 403 "RBAC: access denied"
// (a policy decision: blame none, blocked).
import { defineFingerprint } from '../knowledge/fingerprint';

const NOT_OTHER_ENVOYS = [
  { header: 'server', is: 'istio-envoy' },
  { header: 'x-envoy-decorator-operation', has: '.svc.cluster.local:' },
  { header: 'via', has: '1.1 google' },
];

export default defineFingerprint({
  generator: 'envoy',
  name: 'Envoy',
  layer: 'reverse-proxy',
  inPath: [{ header: 'server', is: 'envoy' }],
  requestIds: [{ header: 'x-request-id', label: 'X-Request-Id' }],
  pages: [
    {
      id: 'upstream-connect-error',
      all: [{ body: 'upstream connect error or disconnect/reset before headers' }],
      any: [{ header: 'server', is: 'envoy' }, { header: 'content-type', is: 'text/plain' }],
      not: NOT_OTHER_ENVOYS,
      confidence: 0.85,
      says: 'Envoy\'s local reply "upstream connect error or disconnect/reset before headers".',
      layer: 'reverse-proxy',
      blame: 'upstream-app',
      failure: 'unknown',
      refine: [
        {
          when: [{ body: 'reset reason: overflow' }],
          failure: 'overloaded',
          says: 'An Envoy circuit breaker overflowed (too many pending or active requests to the cluster).',
        },
        {
          when: [{ header: 'x-envoy-overloaded', is: 'true' }],
          failure: 'overloaded',
          says: 'Envoy marked the reply "x-envoy-overloaded: true" (circuit breaking / overload).',
        },
        {
          when: [{ body: 'tls_error' }],
          failure: 'tls',
          says: 'Envoy\'s TLS handshake with the upstream failed (transport failure reason: TLS_error).',
        },
        {
          when: [{ body: 'tls error' }],
          failure: 'tls',
          says: 'Envoy\'s TLS handshake with the upstream failed.',
        },
        {
          when: [{ body: 'connect error: 111' }],
          failure: 'refused',
          says: 'The upstream refused the connection (delayed connect error: 111, ECONNREFUSED).',
        },
        {
          when: [{ body: 'connection refused' }],
          failure: 'refused',
          says: 'The upstream refused the connection.',
        },
        {
          when: [{ body: 'reset reason: connection timeout' }],
          failure: 'timeout',
          says: 'Envoy timed out connecting to the upstream.',
        },
        {
          when: [{ body: 'reason: connection failure' }],
          failure: 'refused',
          says: 'Envoy could not connect to the upstream (reset reason: connection failure).',
        },
        {
          when: [{ body: 'reason: remote connection failure' }],
          failure: 'refused',
          says: 'Envoy could not connect to the upstream (reset reason: remote connection failure).',
        },
        {
          when: [{ body: 'reason: connection termination' }],
          failure: 'empty-response',
          says: 'The upstream closed the connection before sending response headers (connection termination).',
        },
        {
          when: [{ body: 'reason: protocol error' }],
          failure: 'invalid-response',
          says: 'The upstream answered in a protocol Envoy could not parse (e.g. HTTP/1 to an h2 cluster).',
        },
      ],
    },
    {
      id: 'no-healthy-upstream',
      status: [503],
      all: [{ body: 'no healthy upstream' }, { header: 'server', is: 'envoy' }],
      not: NOT_OTHER_ENVOYS,
      confidence: 0.85,
      says: 'Envoy\'s local reply "no healthy upstream": the cluster has no healthy endpoint (flag UH).',
      layer: 'reverse-proxy',
      blame: 'upstream-app',
      failure: 'no-healthy-upstream',
    },
    {
      id: 'upstream-request-timeout',
      status: [504],
      all: [{ body: 'upstream request timeout' }],
      any: [{ header: 'server', is: 'envoy' }, { header: 'content-type', is: 'text/plain' }],
      not: NOT_OTHER_ENVOYS,
      confidence: 0.7,
      says: 'Envoy\'s local reply "upstream request timeout": the route timeout (15 s by default) expired (flag UT).',
      layer: 'reverse-proxy',
      blame: 'upstream-app',
      failure: 'timeout',
    },
    {
      id: 'rbac-access-denied',
      status: [403],
      all: [{ body: 'rbac: access denied' }, { header: 'server', is: 'envoy' }],
      any: [{ header: 'content-length', is: '19' }, { header: 'content-type', is: 'text/plain' }],
      not: NOT_OTHER_ENVOYS,
      confidence: 0.85,
      says: 'Envoy\'s RBAC filter answered "RBAC: access denied": an access policy denied the request.',
      layer: 'reverse-proxy',
      blame: 'none',
      failure: 'blocked',
    },
    {
      id: 'overloaded-header',
      status: [503],
      all: [{ header: 'x-envoy-overloaded', is: 'true' }],
      not: NOT_OTHER_ENVOYS,
      confidence: 0.75,
      says: 'Envoy set "x-envoy-overloaded: true": the request was shed by a circuit breaker or maintenance mode.',
      layer: 'reverse-proxy',
      blame: 'upstream-app',
      failure: 'overloaded',
    },
  ],
  sources: [
    'https://github.com/envoyproxy/envoy/issues/12873 (RBAC filter denial: 403 with body "RBAC: access denied") and /23830 (the same 403 text in a browser)',
    'Envoy source source/common/router/router.cc (local replies "no healthy upstream", "upstream request timeout", "upstream connect error or disconnect/reset before headers. reset reason: …") — github.com/envoyproxy/envoy',
    'Envoy docs, router filter: x-envoy-overloaded set on the downstream response when a request was dropped by circuit breaking or maintenance mode; Ambassador docs: "responses from a broken circuit contain the x-envoy-overloaded header"',
    'Pasted responses: github.com/envoyproxy/envoy/issues/37268 (503 content-type text/plain, server: envoy), github.com/istio/istio/issues/20475 ("server: envoy … reset reason: connection failure", content-length 91), github.com/HumanSecurity/restringer/issues/94 ("no healthy upstream", content-length 19, via: 1.1 google)',
    'Kuma docs ("retried and the latest reset reason: connection termination", server: envoy); kgateway docs ("remote connection failure, transport failure reason: delayed connect error: Connection refused")',
  ],
});
