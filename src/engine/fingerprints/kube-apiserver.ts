// The Kubernetes API server. Every error it writes is a metav1.Status object in JSON:
// {"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"…","reason":"…",
// "details":{…},"code":NNN}, with Audit-Id and the API Priority and Fairness headers
// X-Kubernetes-Pf-Flowschema-Uid / X-Kubernetes-Pf-Prioritylevel-Uid, Cache-Control: no-cache, private.
// Browsers meet it through the service / pod proxy (kubectl proxy, …/services/<name>/proxy/, dashboards):
// when the backend cannot be reached it answers 503 reason ServiceUnavailable "error trying to reach
// service: dial tcp <ip>:<port>: connect: connection refused" (or "i/o timeout", "no route to host"; a
// timeout may come as 500 with no reason), "no endpoints available for service \"<name>\"" when no pod
// is ready, "error dialing backend" through Konnectivity on managed control planes, and "the server is
// currently unable to handle the request" when an aggregated API is down. Those blame the workload
// behind the proxy (upstream-app). Its own decisions are not failures: Forbidden / Unauthorized (RBAC,
// authentication) are blame none + blocked, TooManyRequests (429, APF) is rate-limited, NotFound a
// missing object.
import { defineFingerprint } from '../knowledge/fingerprint';

export default defineFingerprint({
  generator: 'kube-apiserver',
  name: 'Kubernetes API server',
  layer: 'reverse-proxy',
  inPath: [
    { header: 'x-kubernetes-pf-flowschema-uid' },
    { header: 'x-kubernetes-pf-prioritylevel-uid' },
    { header: 'audit-id' },
  ],
  requestIds: [{ header: 'audit-id', label: 'Audit-Id' }],
  pages: [
    {
      id: 'status-failure',
      all: [{ body: '"kind":"status"' }, { body: '"status":"failure"' }],
      any: [
        { body: '"apiversion":"v1"' },
        { header: 'x-kubernetes-pf-flowschema-uid' },
        { header: 'audit-id' },
      ],
      confidence: 0.75,
      says: 'A Kubernetes API server Status object ({"kind":"Status","status":"Failure",…}).',
      code: { from: 'body', pattern: /"reason":"([a-z]{3,40})"/ },
      layer: 'reverse-proxy',
      blame: 'upstream-app',
      failure: 'unknown',
      byStatus: {
        401: { layer: 'app', blame: 'none', failure: 'blocked' },
        403: { layer: 'app', blame: 'none', failure: 'blocked' },
        404: { layer: 'app', blame: 'none', failure: 'unknown' },
        429: { layer: 'app', blame: 'none', failure: 'rate-limited' },
        503: { blame: 'upstream-app', failure: 'unknown' },
      },
      byCode: {
        unauthorized: { layer: 'app', blame: 'none', failure: 'blocked' },
        forbidden: { layer: 'app', blame: 'none', failure: 'blocked' },
        notfound: { layer: 'app', blame: 'none', failure: 'unknown' },
        toomanyrequests: { layer: 'app', blame: 'none', failure: 'rate-limited' },
        badrequest: { layer: 'app', blame: 'client', failure: 'invalid-response' },
        internalerror: { layer: 'app', blame: 'reverse-proxy', failure: 'unknown' },
        timeout: { blame: 'upstream-app', failure: 'timeout' },
      },
      refine: [
        {
          when: [{ body: 'no endpoints available for service' }],
          layer: 'reverse-proxy',
          blame: 'upstream-app',
          failure: 'no-healthy-upstream',
          says: '"no endpoints available for service": the Service has no ready pod behind it (pods down, not ready, or a selector that matches nothing).',
        },
        {
          when: [{ body: 'error trying to reach service' }, { body: 'connection refused' }],
          layer: 'reverse-proxy',
          blame: 'upstream-app',
          failure: 'refused',
          says: '"error trying to reach service … connection refused": the pod behind the service proxy refused the connection (nothing listening on that port).',
        },
        {
          when: [{ body: 'error trying to reach service' }, { body: 'timeout' }],
          layer: 'reverse-proxy',
          blame: 'upstream-app',
          failure: 'timeout',
          says: '"error trying to reach service … i/o timeout": the API server could not connect to the pod in time (network policy, node network or overlay problem).',
        },
        {
          when: [{ body: 'error trying to reach service' }, { body: 'timed out' }],
          layer: 'reverse-proxy',
          blame: 'upstream-app',
          failure: 'timeout',
          says: '"error trying to reach service … connection timed out": the API server could not connect to the pod in time.',
        },
        {
          when: [{ body: 'no route to host' }],
          layer: 'reverse-proxy',
          blame: 'upstream-app',
          failure: 'unreachable',
          says: '"no route to host": the pod\'s address cannot be reached from the API server.',
        },
        {
          when: [{ body: 'error dialing backend' }],
          layer: 'reverse-proxy',
          blame: 'upstream-app',
          failure: 'unreachable',
          says: '"error dialing backend": the control plane\'s tunnel to the nodes (Konnectivity) could not reach the backend.',
        },
        {
          when: [{ body: 'the server is currently unable to handle the request' }],
          layer: 'reverse-proxy',
          blame: 'upstream-app',
          failure: 'unknown',
          says: '"the server is currently unable to handle the request": an aggregated API (APIService, e.g. metrics-server) behind the API server is not available.',
        },
      ],
    },
  ],
  sources: [
    'Kubernetes API conventions (metav1.Status: kind Status, status Failure, message, reason, details, code): https://github.com/kubernetes/community/blob/master/contributors/devel/sig-architecture/api-conventions.md ; https://kubernetes.io/docs/concepts/cluster-administration/flow-control/ (X-Kubernetes-PF-FlowSchema-UID / X-Kubernetes-PF-PriorityLevel-UID on every response, 429 on rejection)',
    'Public captures of a 403: "HTTP/1.0 403 Forbidden / Audit-Id: … / Cache-Control: no-cache, private / Content-Type: application/json / X-Content-Type-Options: nosniff / X-Kubernetes-Pf-Flowschema-Uid … / {"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"forbidden: User \\"system:anonymous\\" cannot get path …","reason":"Forbidden","details":{},"code":403}"',
    'kubectl proxy / dashboard notes quoting {"kind":"Status",…,"message":"error trying to reach service: dial tcp 172.17.0.3:8443: connect: connection refused","reason":"ServiceUnavailable","code":503}, "…: i/o timeout" with "code": 500, "…: no route to host"; kubernetes/dashboard issue 5542',
    'kubeless docs quoting {"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"no endpoints available for service \\"hello:http-function-port\\"","reason":"ServiceUnavailable","code":503}',
  ],
});
