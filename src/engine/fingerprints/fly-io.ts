// Fly Proxy (Fly.io's edge) adds "Server: Fly/<build> (<date>)", "Via: 1.1 fly.io" / "2 fly.io" and
// "Fly-Request-Id: <ulid>-<region>" to every response unless the app opts out ("pristine"). Its own
// errors are status-only answers; the reason (PC01 connection refused, PC05 timeout, PR01 no healthy
// machines…) only appears in the app's log stream, never in the body. Fly's troubleshooting guide:
// 502 = the proxy reached the Machine but the app did not answer correctly (crashed mid-request,
// wrong port, not ready after deploy, OOM-killed); 503 = no healthy Machine (all stopped, failing
// health checks, or far over the hard concurrency limit). Both blame the app's Machines.
// Only empty bodies are claimed: an app's own error page passes through Fly with the same headers.
import { defineFingerprint } from '../knowledge/fingerprint';

export default defineFingerprint({
  generator: 'fly-io',
  name: 'Fly.io proxy',
  layer: 'load-balancer',
  inPath: [{ header: 'fly-request-id' }, { header: 'server', starts: 'fly/' }, { header: 'via', has: 'fly.io' }],
  ownHeaders: [{ header: 'fly-request-id' }, { header: 'server', starts: 'fly/' }],
  requestIds: [{ header: 'fly-request-id', label: 'fly-request-id' }],
  pages: [
    {
      id: 'empty-proxy-error',
      status: [502, 503, 504],
      all: [{ bodyEmpty: true }, { header: 'fly-request-id' }],
      any: [{ header: 'server', starts: 'fly/' }, { header: 'via', has: 'fly.io' }],
      confidence: 0.7,
      says: 'An empty error answered by Fly Proxy (Fly-Request-Id, Server: Fly/…): it got no usable answer from the app\'s Machines; the PC/PR error code is in "fly logs".',
      layer: 'load-balancer',
      blame: 'upstream-app',
      failure: 'unknown',
      byStatus: {
        503: { failure: 'no-healthy-upstream' },
        504: { failure: 'timeout' },
      },
    },
  ],
  sources: [
    'superfly/docs getting-started/troubleshooting.html.md ("502 Bad Gateway — app didn\'t respond to the proxy", "503 Service Unavailable — no healthy Machines") — github.com/superfly/docs',
    'superfly/docs monitoring/error-codes.html.md (proxy error codes PU/PC/PT/PM/PR/PL are logged to the app\'s log stream)',
    'superfly/docs reference/configuration.html.markerb (http_options.response.pristine: Server, Via, Fly-Request-Id, Fly-Cache-Status are added by Fly Proxy); reference/load-balancing.html.md (503 above hard_limit)',
    'curl -I dumps in public repositories: "HTTP/2 502 / server: Fly/67f5b9b0 (2025-10-27) / via: 2 fly.io / fly-request-id: 01K8…-iad"',
  ],
});
