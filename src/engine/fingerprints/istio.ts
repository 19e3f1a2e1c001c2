// Istio's ingress gateway and sidecars are Envoy, configured with server_name "istio-envoy": every
// response that leaves an Istio gateway carries "server: istio-envoy" (the Server header is
// overwritten), sidecar-routed responses carry "x-envoy-decorator-operation" and, when an upstream
// hop answered, "x-envoy-upstream-service-time". The bodies are Envoy's local replies; a route
// miss at the gateway (response flag NR) is a bare 404 with "content-length: 0". An
// AuthorizationPolicy that denies a request is enforced by Envoy's RBAC filter, which answers 403 with
// the plain text "RBAC: access denied" (19 bytes): a policy decision, blame none. A sidecar's local
// replies may keep the Server header of the app they pass through, so Istio's decorator header
// (".svc.cluster.local:" in its value) names Istio there as well.
import { defineFingerprint, type Signal } from '../knowledge/fingerprint';

// x-envoy-decorator-operation alone is not Istio's (Gloo/kgateway, Higress and others set it too);
// Istio's value is "<service>.<namespace>.svc.cluster.local:<port>/*".
const ISTIO_HEADERS: Signal[] = [
  { header: 'server', is: 'istio-envoy' },
  { header: 'x-envoy-decorator-operation', has: '.svc.cluster.local:' },
];

export default defineFingerprint({
  generator: 'istio',
  name: 'Istio (Envoy)',
  layer: 'reverse-proxy',
  inPath: ISTIO_HEADERS,
  requestIds: [{ header: 'x-request-id', label: 'X-Request-Id' }],
  pages: [
    {
      id: 'rbac-access-denied',
      status: [403],
      all: [{ body: 'rbac: access denied' }, { header: 'server', is: 'istio-envoy' }],
      any: [{ header: 'content-length', is: '19' }, { header: 'content-type', is: 'text/plain' }],
      confidence: 0.9,
      says: 'Envoy\'s "RBAC: access denied" from an Istio proxy: an Istio AuthorizationPolicy denied the request.',
      layer: 'reverse-proxy',
      blame: 'none',
      failure: 'blocked',
    },
    {
      id: 'rbac-access-denied-sidecar',
      status: [403],
      all: [{ body: 'rbac: access denied' }, ISTIO_HEADERS[1]!],
      any: [{ header: 'content-length', is: '19' }, { header: 'content-type', is: 'text/plain' }],
      confidence: 0.85,
      says: 'Envoy\'s "RBAC: access denied" from an Istio sidecar (x-envoy-decorator-operation names a cluster service): an AuthorizationPolicy denied the request.',
      layer: 'reverse-proxy',
      blame: 'none',
      failure: 'blocked',
    },
    {
      id: 'sidecar-upstream-connect-error',
      all: [{ body: 'upstream connect error or disconnect/reset before headers' }, ISTIO_HEADERS[1]!],
      not: [{ header: 'server', is: 'istio-envoy' }],
      confidence: 0.85,
      says: 'Envoy\'s "upstream connect error or disconnect/reset before headers" from an Istio sidecar (x-envoy-decorator-operation names a cluster service).',
      layer: 'reverse-proxy',
      blame: 'upstream-app',
      failure: 'unknown',
      refine: [
        { when: [{ body: 'reset reason: overflow' }], failure: 'overloaded', says: 'An Istio/Envoy circuit breaker (DestinationRule connectionPool) overflowed.' },
        { when: [{ body: 'tls_error' }], failure: 'tls', says: 'The mTLS/TLS handshake to the upstream failed (transport failure reason: TLS_error).' },
        { when: [{ body: 'reason: connection failure' }], failure: 'refused', says: 'The sidecar or gateway could not connect to the upstream pod (reset reason: connection failure).' },
        { when: [{ body: 'reason: connection termination' }], failure: 'empty-response', says: 'The upstream closed the connection before sending headers (connection termination).' },
      ],
    },
    {
      id: 'sidecar-no-healthy-upstream',
      status: [503],
      all: [{ body: 'no healthy upstream' }, ISTIO_HEADERS[1]!],
      not: [{ header: 'server', is: 'istio-envoy' }],
      confidence: 0.85,
      says: 'Envoy\'s "no healthy upstream" from an Istio sidecar: the destination service has no healthy endpoint.',
      layer: 'reverse-proxy',
      blame: 'upstream-app',
      failure: 'no-healthy-upstream',
    },
    {
      id: 'upstream-connect-error',
      all: [{ body: 'upstream connect error or disconnect/reset before headers' }, { header: 'server', is: 'istio-envoy' }],
      any: [{ header: 'x-envoy-upstream-service-time' }, { header: 'x-envoy-decorator-operation' }],
      confidence: 0.9,
      says: 'Envoy\'s "upstream connect error or disconnect/reset before headers" sent through an Istio gateway ("server: istio-envoy").',
      layer: 'reverse-proxy',
      blame: 'upstream-app',
      failure: 'unknown',
      refine: [
        {
          when: [{ body: 'reset reason: overflow' }],
          failure: 'overloaded',
          says: 'An Istio/Envoy circuit breaker (DestinationRule connectionPool) overflowed.',
        },
        {
          when: [{ body: 'tls_error' }],
          failure: 'tls',
          says: 'The mTLS/TLS handshake to the upstream failed (transport failure reason: TLS_error).',
        },
        {
          when: [{ body: 'connect error: 111' }],
          failure: 'refused',
          says: 'The upstream pod refused the connection (delayed connect error: 111).',
        },
        {
          when: [{ body: 'reason: connection failure' }],
          failure: 'refused',
          says: 'The sidecar or gateway could not connect to the upstream pod (reset reason: connection failure).',
        },
        {
          when: [{ body: 'reason: remote connection failure' }],
          failure: 'refused',
          says: 'The gateway could not connect to the upstream pod (reset reason: remote connection failure).',
        },
        {
          when: [{ body: 'reason: connection termination' }],
          failure: 'empty-response',
          says: 'The upstream closed the connection before sending headers (connection termination).',
        },
      ],
    },
    {
      id: 'no-healthy-upstream',
      status: [503],
      all: [{ body: 'no healthy upstream' }, { header: 'server', is: 'istio-envoy' }],
      // The decorator names the destination service; shown as evidence when it came.
      any: [{ header: 'x-envoy-decorator-operation' }],
      confidence: 0.9,
      says: 'Envoy\'s "no healthy upstream" from an Istio gateway: the destination service has no healthy endpoint.',
      layer: 'reverse-proxy',
      blame: 'upstream-app',
      failure: 'no-healthy-upstream',
    },
    {
      id: 'upstream-request-timeout',
      status: [504],
      all: [{ body: 'upstream request timeout' }, { header: 'server', is: 'istio-envoy' }],
      any: [{ header: 'x-envoy-decorator-operation' }],
      confidence: 0.9,
      says: 'Envoy\'s "upstream request timeout" from an Istio gateway: a timeout set on the route (VirtualService "timeout") expired; Istio sets none by default.',
      layer: 'reverse-proxy',
      blame: 'upstream-app',
      failure: 'timeout',
    },
    {
      id: 'no-route-404',
      status: [404],
      all: [{ bodyEmpty: true }, { header: 'server', is: 'istio-envoy' }],
      confidence: 0.75,
      says: 'An empty 404 from an Istio gateway: no Gateway/VirtualService matched the host and path (flag NR).',
      layer: 'reverse-proxy',
      blame: 'reverse-proxy',
      failure: 'config',
    },
  ],
  sources: [
    'https://github.com/envoyproxy/envoy/issues/12873 (Envoy maintainer: when the RBAC filter denies a request "the HTTP response body will also have `RBAC: access denied`", status 403); https://github.com/istio/istio/issues/31452 ("when … denied by policies, e.g. AuthorizationPolicy, Istio returns 403 - RBAC: access denied"); https://github.com/envoyproxy/envoy/issues/23830 (403 "RBAC: access denied" in the browser)',
    'Pasted responses: github.com/istio/istio/issues/35334 (503, server: istio-envoy, x-envoy-upstream-service-time: 57, "upstream connect error or disconnect/reset before headers. reset reason: connection failure"), github.com/istio/istio/issues/26562 (404 NR: server: istio-envoy, content-length: 0), github.com/istio/istio/issues/17140 (404 NR = no VirtualService matched)',
    'Envoy source source/common/router/router.cc local reply texts (see envoy fingerprint)',
    'Istio request timeouts: "By default, the request timeout is disabled" (a VirtualService sets one): https://istio.io/latest/docs/tasks/traffic-management/request-timeouts/',
    'Istio deployment notes quoting "retried and the latest reset reason: remote connection failure, transport failure reason: TLS_error:…CERTIFICATE_VERIFY_FAILED" after an istio-ingressgateway change',
  ],
});
