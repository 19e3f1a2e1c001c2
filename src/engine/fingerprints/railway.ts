// Railway's edge ("Server: railway-edge", earlier "railway-hikari") stamps every response it proxies
// with "X-Railway-Edge: railway/<region>" and "X-Railway-Request-Id". Pages it writes itself:
// - "Application failed to respond" (502): the edge reached the service's network but the app did
//   not answer on its target port — crashed, still booting, bound to 127.0.0.1 or to a port other
//   than $PORT. The page adds "This error appears to be caused by the application.", links to the
//   deploy logs and "Fixing Common Errors" docs and prints "Request ID: …". The app failed.
// - "Not Found — The train has not arrived at the station." (404): the host name reaches Railway but
//   no deployed service claims it (domain not provisioned, service deleted, trial ended). Like
//   Heroku's "No such app", that is the platform's routing configuration: cdn-config / config.
// - older edge: "Application Error" + "Is your app correctly listening on $PORT?" — same meaning as
//   "Application failed to respond";
// - {"status":"error","code":404,"message":"Application not found","request_id":…} (404): the JSON
//   form of "no service here", also seen while a sleeping (serverless) service wakes up.
import { defineFingerprint } from '../knowledge/fingerprint';

export default defineFingerprint({
  generator: 'railway',
  name: 'Railway edge',
  layer: 'load-balancer',
  inPath: [
    { header: 'server', starts: 'railway' },
    { header: 'x-railway-edge' },
    { header: 'x-railway-request-id' },
  ],
  ownHeaders: [
    { header: 'server', starts: 'railway' },
    { header: 'x-railway-edge' },
    { header: 'x-railway-request-id' },
  ],
  requestIds: [
    { header: 'x-railway-request-id', label: 'x-railway-request-id' },
    { from: 'body', pattern: /request id: ?([\w-]{10,40})/, label: 'Railway request id' },
  ],
  pages: [
    {
      id: 'application-failed-to-respond',
      // The headline alone is how the page is most often quoted; the rest of it raises the confidence.
      all: [{ body: 'application failed to respond' }],
      any: [
        { body: 'this error appears to be caused by the application.' },
        { body: 'docs.railway.com' },
        { body: 'if you are a visitor, please contact the application owner' },
        { header: 'server', starts: 'railway' },
        { header: 'x-railway-edge' },
      ],
      confidence: 0.55,
      says: 'Railway\'s "Application failed to respond" page: the edge reached the service but the app did not answer (crashed, still starting, or not listening on $PORT / 0.0.0.0).',
      layer: 'load-balancer',
      blame: 'upstream-app',
      failure: 'unknown',
    },
    {
      id: 'legacy-application-error',
      all: [{ body: 'is your app correctly listening on $port?' }],
      any: [{ body: 'application error' }, { header: 'server', starts: 'railway' }, { header: 'x-railway-edge' }],
      confidence: 0.85,
      says: 'Railway\'s older "Application Error — Is your app correctly listening on $PORT?" page: the edge got no answer from the app on its port.',
      layer: 'load-balancer',
      blame: 'upstream-app',
      failure: 'unknown',
    },
    {
      id: 'train-not-arrived',
      status: [404],
      all: [{ body: 'the train has not arrived at the station' }],
      any: [
        { body: 'please check your network settings to confirm that your domain has provisioned' },
        { header: 'server', starts: 'railway' },
        { header: 'x-railway-edge' },
      ],
      confidence: 0.9,
      says: 'Railway\'s "Not Found — The train has not arrived at the station" page: the host name reaches Railway but no deployed service claims it (domain not provisioned, service removed or stopped).',
      layer: 'load-balancer',
      blame: 'cdn-config',
      failure: 'config',
    },
    {
      id: 'application-not-found-json',
      status: [404],
      all: [{ body: '"message":"application not found"' }, { body: '"request_id":"' }],
      any: [{ body: '{"status":"error","code":404' }, { header: 'server', starts: 'railway' }, { header: 'x-railway-edge' }],
      confidence: 0.6,
      says: 'Railway\'s JSON "Application not found" answer: no running service claims this host (deleted, or a sleeping serverless service still waking — retry once).',
      layer: 'load-balancer',
      blame: 'cdn-config',
      failure: 'config',
    },
  ],
  sources: [
    '"Application failed to respond" page text (heading, "This error appears to be caused by the application.", deploy-logs / Fixing Common Errors / Help Station links, "Request ID:", "Go to Railway") from accessibility snapshots and copies in public repositories (Playwright error-context files; Railway troubleshooting notes); 502 status: github.com/OpenCodeIntel/opencodeintel pull 319 ("502 Application failed to respond")',
    'Older page "Application Error — Is your app correctly listening on $PORT?": title of a highly voted Stack Overflow question on Railway deployments, collected in a public repository',
    'Causes (wrong $PORT, 127.0.0.1 binding, crash): https://docs.railway.com/guides/fixing-common-errors ; github.com/n4ze3m/dialoqbase/issues/287',
    '"Not Found / The train has not arrived at the station. / Please check your network settings to confirm that your domain has provisioned." quoted in public deployment notes (domain not attached, trial expired)',
    'JSON 404 {"status":"error","code":404,"message":"Application not found","request_id":…}: https://recipes.wisechef.ai/skills/railway-serverless-diagnose',
    'Headers "Server: railway-edge", "X-Railway-Edge: railway/us-west2", "X-Railway-Request-Id" (and earlier "Server: railway-hikari") in curl dumps in public repositories',
  ],
});
