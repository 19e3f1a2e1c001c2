// The OpenShift router (HAProxy) answers requests it cannot route with its own errorfiles
// (openshift/router images/router/haproxy/conf/): error-page-503.http, "<h1>Application is not
// available</h1>" + "The application is currently not serving requests at this endpoint. It may not
// have been started or is still starting." + "Possible reasons you are seeing this page:" (host does
// not exist, no matching path, all pods down). The template sends every request that matches no
// route to the openshift_default backend, which has no servers, so this 503 covers both an unknown
// host and a route whose pods are all down; the page's own headline (not started / still starting)
// is taken as the verdict. With ROUTER_ERRORFILE_404 set, unknown hosts get error-page-404.http
// instead: "<h1>Application or Document Not Found</h1>" + "No application was found at the provided
// URL." (a routing miss: config). The errorfiles carry no identifying header, only
// "Cache-Control: private, max-age=0, no-cache, no-store".
import { defineFingerprint } from '../knowledge/fingerprint';

export default defineFingerprint({
  generator: 'openshift',
  name: 'OpenShift router',
  layer: 'load-balancer',
  inPath: [],
  pages: [
    {
      id: 'application-not-available',
      status: [503],
      all: [{ body: '<h1>application is not available</h1>' }],
      any: [
        { body: 'the application is currently not serving requests at this endpoint' },
        { body: 'possible reasons you are seeing this page:' },
        { body: 'route and path matches, but all pods are down.' },
      ],
      confidence: 0.9,
      says: 'The OpenShift router\'s "Application is not available" page: no ready pod serves this route (pods down or still starting) — or no route matches the host name.',
      layer: 'load-balancer',
      blame: 'upstream-app',
      failure: 'no-healthy-upstream',
    },
    {
      id: 'application-not-found',
      status: [404],
      all: [{ body: '<h1>application or document not found</h1>' }],
      any: [{ body: 'no application was found at the provided url.' }, { body: 'possible reasons you are seeing this page:' }],
      confidence: 0.9,
      says: 'The OpenShift router\'s "Application or Document Not Found" page: no route matches this host name and path.',
      layer: 'load-balancer',
      blame: 'cdn-config',
      failure: 'config',
    },
  ],
  sources: [
    'openshift/router images/router/haproxy/conf/error-page-503.http and error-page-404.http (headers and markup) — github.com/openshift/router',
    'openshift/router images/router/haproxy/conf/haproxy-config.template (errorfile 503/404, default_backend openshift_default, "http-request deny deny_status 404" only when ROUTER_ERRORFILE_404 is set)',
  ],
});
