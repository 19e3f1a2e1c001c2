// uWSGI. Up to 1.4, internal_server_error() wrote "HTTP/1.1 500 Internal Server Error" with
// Content-type: text/html and the body "<h1>uWSGI Error</h1>" followed by the reason, most often
// "Python application not found" (also "wsgi application not found" in 0.9, "Perl/Ruby application not
// found" for PSGI/Rack): uWSGI started but could not load the app (wrong module/callable, import
// error), so every request fails until the app is fixed and uWSGI reloaded. uWSGI 1.9+ writes a plain
// "Internal Server Error" (text/plain, 21 bytes, no Server header) and logs "--- no python application
// found, check your startup logs for errors ---" only on the server: that body is every server's word,
// so it is left unattributed. uWSGI sets no Server header of its own; behind nginx (uwsgi_pass) the
// page carries nginx's. When a uWSGI worker dies or is killed (harakiri), nginx writes the 502, and
// that page is nginx's, not uWSGI's.
import { defineFingerprint } from '../knowledge/fingerprint';

export default defineFingerprint({
  generator: 'uwsgi',
  name: 'uWSGI',
  layer: 'app',
  inPath: [],
  pages: [
    {
      id: 'uwsgi-error-app-not-found',
      status: [500],
      all: [{ body: '<h1>uwsgi error</h1>' }],
      any: [
        { body: 'application not found' },
        { body: 'python application not found' },
      ],
      confidence: 0.85,
      says: 'uWSGI\'s own "uWSGI Error" page: uWSGI is running but has no application loaded for this request.',
      layer: 'app',
      blame: 'upstream-app',
      failure: 'config',
      refine: [
        {
          when: [{ body: 'application not found' }],
          says: '"… application not found": the app module or callable failed to load at start-up (import error, wrong module= / callable= / chdir); the cause is in uWSGI\'s start-up log.',
        },
      ],
    },
  ],
  sources: [
    'unbit/uwsgi tags 0.9.9 – 1.4 utils.c / core/utils.c internal_server_error(): "HTTP/1.1 500 Internal Server Error\\r\\nContent-type: text/html" + "<h1>uWSGI Error</h1>" + message; plugins/python/wsgi_handlers.c "Python application not found" (psgi "Perl application not found", rack "Ruby application not found")',
    'unbit/uwsgi HEAD core/errors.c uwsgi_500(): text/plain "Internal Server Error"; plugins/python/wsgi_handlers.c logs "--- no python application found, check your startup logs for errors ---"',
    'https://github.com/emmett-framework/emmett/issues/27 ("uWSGI Error / Python application not found" on screen), https://github.com/bottlepy/bottle/issues/180 ("uWSGI Error / wsgi application not found" behind nginx 1.0), https://github.com/pandaproject/panda/issues/454',
    'https://github.com/muccg/rdrf/issues/997 and https://github.com/yfauser/planespotter/issues/7 (uWSGI 2.0 log: "no python application found" then "generated 21 bytes … (HTTP/1.1 500) 2 headers")',
  ],
});
