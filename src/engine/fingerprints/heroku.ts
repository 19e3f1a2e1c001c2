// The Heroku router answers its own errors with a tiny wrapper page whose only content is an iframe
// to herokucdn.com: error-pages/application-error.html ("Application Error", 503 — H10 app crashed,
// H12 request timeout at 30 s, H13/H18 connection closed, H14 no web dynos, H20 boot timeout…),
// error-pages/maintenance-mode.html ("Offline for Maintenance") and error-pages/no-such-app.html
// ("No such app", 404). The H-code itself only appears in the router log, never in the page.
// Headers: legacy router (vegur) "Server: Cowboy" + "Via: 1.1 vegur"; Router 2.0 "Server: Heroku" +
// "Via: 1.1 heroku-router" + Report-To/NEL group "heroku-nel".
import { defineFingerprint } from '../knowledge/fingerprint';

export default defineFingerprint({
  generator: 'heroku',
  name: 'Heroku router',
  layer: 'load-balancer',
  inPath: [
    { header: 'via', has: 'vegur' },
    { header: 'via', has: 'heroku-router' },
    { header: 'server', is: 'heroku' },
    { header: 'report-to', has: 'heroku-nel' },
    { header: 'nel', has: 'heroku-nel' },
  ],
  ownHeaders: [
    { header: 'via', has: 'vegur' },
    { header: 'via', has: 'heroku-router' },
    { header: 'server', is: 'heroku' },
    { header: 'server', is: 'cowboy' },
    { header: 'report-to', has: 'heroku-nel' },
  ],
  pages: [
    {
      id: 'application-error',
      all: [{ body: 'herokucdn.com/error-pages/application-error.html' }],
      any: [
        { title: 'application error' },
        { header: 'via', has: 'vegur' },
        { header: 'via', has: 'heroku-router' },
        { header: 'server', is: 'heroku' },
        { header: 'server', is: 'cowboy' },
      ],
      confidence: 0.95,
      says: 'Heroku\'s "Application Error" page (iframe to herokucdn.com/error-pages/application-error.html): the router got no usable answer from the app\'s dynos.',
      layer: 'load-balancer',
      // The router's error page means the dynos failed: crashed (H10), too slow (H12, 30 s),
      // closed the connection (H13/H18), none running (H14). Which one is only in `heroku logs`.
      blame: 'upstream-app',
      failure: 'unknown',
    },
    {
      // What the visitor sees (and copies): the text inside the herokucdn.com iframe.
      id: 'application-error-text',
      all: [{ body: 'an error occurred in the application and your page could not be served' }],
      not: [{ body: 'herokucdn.com/error-pages/application-error.html' }],
      any: [
        { body: 'heroku logs --tail' },
        { header: 'via', has: 'vegur' },
        { header: 'via', has: 'heroku-router' },
        { header: 'server', is: 'heroku' },
      ],
      confidence: 0.8,
      says: 'The text of Heroku\'s "Application error" page ("An error occurred in the application and your page could not be served"): the router got no usable answer from the app\'s dynos.',
      layer: 'load-balancer',
      blame: 'upstream-app',
      failure: 'unknown',
    },
    {
      id: 'maintenance-mode',
      all: [{ body: 'herokucdn.com/error-pages/maintenance-mode.html' }],
      any: [{ title: 'offline for maintenance' }],
      confidence: 0.95,
      says: 'Heroku\'s maintenance page (maintenance mode is on for this app).',
      layer: 'load-balancer',
      blame: 'none',
      failure: 'maintenance',
    },
    {
      id: 'no-such-app',
      all: [{ body: 'herokucdn.com/error-pages/no-such-app.html' }],
      any: [{ title: 'no such app' }],
      confidence: 0.95,
      says: 'Heroku\'s "No such app" page: the host name points at Heroku but no app claims it.',
      layer: 'load-balancer',
      blame: 'cdn-config',
      failure: 'config',
    },
  ],
  sources: [
    'Application error page text as visitors copy it ("An error occurred in the application and your page could not be served…", newer "heroku logs --tail" hint): https://github.com/RefugeRestrooms/refugerestrooms/issues/285 , https://github.com/toptal/haste-server/issues/269',
    'https://devcenter.heroku.com/articles/error-pages (application-error / maintenance-mode pages, ERROR_PAGE_URL / MAINTENANCE_PAGE_URL)',
    'https://devcenter.heroku.com/articles/error-codes (H10, H12 30 s request timeout, H13, H14, H18, H20 …; codes appear in router logs)',
    'https://github.com/heroku/vegur/issues/111 (router-generated 502 with Server: Cowboy, Cache-Control: no-cache, no-store)',
    'Pages pasted in public repositories: the "Application Error" wrapper with <iframe src="//www.herokucdn.com/error-pages/application-error.html"> (H18 503 example with router log line; Heroku API 503 in AkhileshNS/heroku-deploy#64); the "No such app" wrapper with no-such-app.html; maintenance wrapper titled "Offline for Maintenance" pointing at maintenance-mode.html',
    'Router 2.0 response headers pasted in public repositories: "Server: Heroku", "Via: 1.1 heroku-router", Report-To / Nel group "heroku-nel"; legacy router "Server: Cowboy", "Via: 1.1 vegur"',
  ],
});
