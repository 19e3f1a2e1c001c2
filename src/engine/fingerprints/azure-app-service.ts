// Azure App Service's front ends (ARR, the IIS Application Request Routing tier in front of every
// web app and Functions app) stamp what they proxy with the ARRAffinity / ARRAffinitySameSite
// session cookies (unless affinity is off) and write these pages themselves:
// - "Error 403 - This web app is stopped." + "The web app you have attempted to reach is currently
//   stopped and does not accept any requests." (403): the app was stopped in the portal, hit its
//   Free/Shared quota or billing limit — the platform refuses on purpose: configuration, not a crash;
// - ":( Application Error" + "If you are the application administrator, you can access the diagnostic
//   resources." (Linux / container apps): the front end could not get an answer from the container
//   (it exited, never started, or does not listen on the expected port);
// - "404 Web Site not found." (older "Error 404 - Web app not found."): the host name reaches App
//   Service but no app has it bound as a custom domain — routing configuration;
// - Functions apps: the Functions host answers 503 "Function host is not running." (plain text)
//   while its runtime cannot start (bad app settings, runtime / worker version mismatch).
// The IIS-styled "502 - Web server received an invalid response…" page of the Windows front end is
// claimed by iis.ts. No ownHeaders: App Service apps are routinely fronted by Front Door or a CDN.
import { defineFingerprint } from '../knowledge/fingerprint';

export default defineFingerprint({
  generator: 'azure-app-service',
  name: 'Azure App Service',
  layer: 'load-balancer',
  inPath: [{ header: 'set-cookie', starts: 'arraffinity=' }, { header: 'set-cookie', starts: 'arraffinitysamesite=' }],
  requestIds: [{ header: 'x-ms-request-id', label: 'x-ms-request-id' }],
  pages: [
    {
      id: 'web-app-stopped',
      status: [403],
      all: [{ body: 'error 403 - this web app is stopped.' }],
      any: [
        { title: 'web app - unavailable' },
        { body: '<h1 id="unavailable">' },
        { body: 'is currently stopped and does not accept any requests' },
        { body: 'go.microsoft.com/fwlink/?linkid=2095007' },
        { header: 'server', starts: 'microsoft-iis' },
      ],
      confidence: 0.92,
      says: 'Azure App Service\'s "Error 403 - This web app is stopped." page: the app is stopped (in the portal, or by a Free/Shared quota or billing limit).',
      layer: 'load-balancer',
      blame: 'cdn-config',
      failure: 'config',
    },
    {
      id: 'linux-application-error',
      // The sad-face headline alone is how the page is most often quoted; the rest raises the confidence.
      all: [{ body: ':( application error' }],
      any: [{ body: 'if you are the application administrator, you can access the' }, { body: 'diagnostic resources' }, { header: 'set-cookie', starts: 'arraffinity=' }],
      confidence: 0.7,
      says: 'Azure App Service\'s ":( Application Error" page: the front end got no answer from the app\'s container (it exited, never started, or does not listen on the expected port).',
      layer: 'load-balancer',
      blame: 'upstream-app',
      failure: 'unknown',
    },
    {
      id: 'web-site-not-found',
      status: [404],
      all: [{ body: '404 web site not found.' }],
      any: [
        { body: 'custom domain has not been configured inside azure' },
        { body: 'client cache is still pointing the domain to old ip address' },
      ],
      confidence: 0.9,
      says: 'Azure App Service\'s "404 Web Site not found." page: the host name reaches App Service but no web app has it bound as a custom domain (or DNS still points at an old app).',
      layer: 'load-balancer',
      blame: 'cdn-config',
      failure: 'config',
    },
    {
      id: 'web-app-not-found',
      status: [404],
      all: [{ body: 'error 404 - web app not found.' }],
      confidence: 0.8,
      says: 'Azure App Service\'s "Error 404 - Web app not found." page: no web app is bound to this host name (missing CNAME / A+TXT record or custom-domain binding).',
      layer: 'load-balancer',
      blame: 'cdn-config',
      failure: 'config',
    },
    {
      id: 'functions-host-not-running',
      status: [503],
      all: [{ body: 'function host is not running.' }],
      confidence: 0.8,
      says: 'Azure Functions answered "Function host is not running.": the Functions runtime of this app could not start (app settings, runtime or worker version, storage access).',
      layer: 'load-balancer',
      blame: 'upstream-app',
      failure: 'unknown',
    },
  ],
  sources: [
    '"Error 403 - This web app is stopped." page text (heading, "The web app you have attempted to reach is currently stopped and does not accept any requests…", link go.microsoft.com/fwlink/?linkid=2095007): accessibility snapshot in a public repository; causes in the App Service FAQ (billing limit, stopped in the portal, Free/Shared quota) — MicrosoftDocs/azure-docs app-service-web-availability-performance-application-issues-faq',
    '":( Application Error / If you are the application administrator, you can access the diagnostic resources." quoted in public troubleshooting notes (container exits, wrong port, "Failed to forward request … Connection refused" in the log stream)',
    '"404 Web Site not found." markup (body bgcolor #00abec, #feature / #content, "Custom domain has not been configured inside Azure…", "Client cache is still pointing the domain to old IP address…", fwlink 2194614 / 2194451): comment in an Azure SDK for Java test (waitForWebApp) and copies in public repositories; "Error 404 - Web app not found." for a custom domain missing its CNAME / A record: MicrosoftDocs/azure-docs articles/app-service/troubleshoot-domain-ssl-certificates.md',
    'Stopped-site page markup (<title>Web App - Unavailable</title>, older <h1 id="unavailable">, <p id="tryAgain">, <p id="toAdmin">): stubs and copies in public repositories',
    'Azure/azure-functions-host middleware: 503 + "Function host is not running." while the host is not ready (source copy in a public repository); the same answer reported for runtime / worker mismatches in public troubleshooting notes',
    'ARRAffinity / ARRAffinitySameSite cookies: https://learn.microsoft.com/azure/app-service/configure-common (ARR affinity setting)',
  ],
});
