// Render's router sits behind Cloudflare ("Server: cloudflare", CF-Ray) and stamps what it proxies
// with "rndr-id" (Render's request id) and, when the app set one, "x-render-origin-server" (the app's
// own Server header). When the router answers by itself it says why in "x-render-routing":
// - "no-server" / "no-render-subdomain" (404, plain "Not Found"): no live service is bound to this
//   host name (wrong URL, deleted service, route still propagating) — routing configuration;
// - "no-deploy" (502): the service has no successfully deployed instance to send the request to;
// - "hibernate-wake-error" (503, empty body): a free instance spun down after idling and did not
//   wake in time;
// - "suspend…" (503, <title>Service Suspended</title> + "This service has been suspended by its
//   owner."): the service was suspended (owner action or free hours used up) — the platform refuses
//   on purpose, so config rather than an app fault.
// No rule keys on Cloudflare's headers: they only say Cloudflare is in front (see cloudflare.ts).
import { defineFingerprint } from '../knowledge/fingerprint';

export default defineFingerprint({
  generator: 'render',
  name: 'Render',
  layer: 'load-balancer',
  inPath: [{ header: 'rndr-id' }, { header: 'x-render-routing' }, { header: 'x-render-origin-server' }],
  ownHeaders: [{ header: 'rndr-id' }, { header: 'x-render-routing' }, { header: 'x-render-origin-server' }],
  requestIds: [{ header: 'rndr-id', label: 'rndr-id' }],
  pages: [
    {
      id: 'routing-no-server',
      status: [404],
      all: [{ header: 'x-render-routing', starts: 'no-' }],
      not: [{ header: 'x-render-routing', is: 'no-deploy' }],
      any: [{ body: 'not found' }, { header: 'server', is: 'cloudflare' }],
      confidence: 0.85,
      says: 'Render\'s router answered 404 with "x-render-routing: no-server" (or no-render-subdomain): no live Render service is bound to this host name.',
      layer: 'load-balancer',
      blame: 'cdn-config',
      failure: 'config',
    },
    {
      id: 'routing-no-deploy',
      status: [502, 503],
      all: [{ header: 'x-render-routing', is: 'no-deploy' }],
      confidence: 0.85,
      says: 'Render\'s router answered with "x-render-routing: no-deploy": the service has no successfully deployed instance to route to (every deploy failed or none finished).',
      layer: 'load-balancer',
      blame: 'upstream-app',
      failure: 'no-healthy-upstream',
    },
    {
      id: 'hibernate-wake-error',
      status: [502, 503, 504],
      all: [{ header: 'x-render-routing', has: 'hibernate' }],
      any: [{ bodyEmpty: true }],
      confidence: 0.85,
      says: 'Render\'s router answered with "x-render-routing: hibernate-wake-error": the idle (free) instance was spun down and did not wake up in time.',
      layer: 'load-balancer',
      blame: 'upstream-app',
      failure: 'timeout',
    },
    {
      id: 'service-suspended',
      status: [503],
      all: [{ body: 'this service has been suspended by its owner.' }],
      any: [{ title: 'service suspended' }, { header: 'x-render-routing', has: 'suspend' }, { header: 'rndr-id' }],
      confidence: 0.88,
      says: 'Render\'s "Service Suspended" page ("This service has been suspended by its owner."): the service is switched off — suspended by its owner or out of free instance hours.',
      layer: 'load-balancer',
      blame: 'cdn-config',
      failure: 'config',
    },
    {
      id: 'service-suspended-header',
      status: [503],
      all: [{ header: 'x-render-routing', has: 'suspend' }],
      not: [{ body: 'this service has been suspended by its owner.' }],
      confidence: 0.8,
      says: 'Render\'s router answered with "x-render-routing: suspend…": the service is switched off — suspended by its owner or out of free instance hours.',
      layer: 'load-balancer',
      blame: 'cdn-config',
      failure: 'config',
    },
  ],
  sources: [
    'x-render-routing: no-server with 404 "Not Found" (service missing or route still propagating; no rndr-id on those answers) and no-render-subdomain: troubleshooting notes and probes in public repositories',
    'x-render-routing: no-deploy with 502 ("Render has no successfully deployed instance to route to"): deployment notes in a public repository',
    'HTTP/1.1 503, Content-Length: 0, rndr-id, x-render-routing: hibernate-wake-error, Server: cloudflare: probe pasted in a public repository; free instances spin down after 15 idle minutes: https://render.com/docs/free',
    'Free-tier "Service Suspended" 503 with x-render-routing containing "suspend": uptime-checker source in a public repository; the page (<title>Service Suspended</title>, "This service has been suspended by its owner.") as captured from a live service in a public repository\'s test, and reported with 503 in public incident notes',
    'rndr-id request id ("also exposed as Rndr-Id" in Render request logs), x-render-origin-server, Server: cloudflare, CF-RAY on Render responses: curl dumps in public repositories; https://render.com/docs/logging',
  ],
});
