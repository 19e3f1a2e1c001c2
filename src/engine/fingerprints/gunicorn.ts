// Gunicorn (Python WSGI server). Normal responses carry "Server: gunicorn" (gunicorn/19.x added the
// version; 20+ sends the bare name). When the application raises before sending headers, or the
// request cannot be parsed, the worker's handle_error() calls util.write_error(), which writes a raw
// HTTP response with only Connection: close, Content-Type: text/html and Content-Length (no Server
// header) and this body: <html><head><title>REASON</title></head><body><h1><p>REASON</p></h1>MESSAGE
// </body></html>. The "<h1><p>" nesting is Gunicorn's own. Reasons: "Internal Server Error" (500, empty
// message: the app raised), "Bad Request" (400 with "Invalid HTTP request line…", "Invalid HTTP
// Version…", "Invalid HTTP Header…"), "Request Header Fields Too Large" (431), "Forbidden" (403: a
// PROXY-protocol or forwarded request from an address not in forwarded_allow_ips / proxy_allow_ips),
// and 400 "Contradictory scheme headers" (front proxy sends conflicting X-Forwarded-Proto headers).
// With --reload, an app that fails to import with a SyntaxError is replaced by a text/plain 500 that
// shows the traceback through gunicorn's load_wsgi. A worker killed on timeout writes nothing: the
// proxy in front reports it (nginx's 502), so no rule here claims it.
// Flask/Werkzeug's own 500 page served by gunicorn stays the app's (app/flask.ts).
import { defineFingerprint } from '../knowledge/fingerprint';

export default defineFingerprint({
  generator: 'gunicorn',
  name: 'Gunicorn',
  layer: 'app',
  inPath: [{ header: 'server', starts: 'gunicorn' }],
  pages: [
    {
      id: 'worker-internal-error',
      status: [500],
      all: [{ body: '<h1><p>internal server error</p></h1>' }],
      any: [{ title: 'internal server error' }, { body: '<html><head><title>internal server error</title></head>' }],
      confidence: 0.8,
      says: 'Gunicorn\'s own "Internal Server Error" page (<h1><p>…</p></h1>): the Python application raised an exception before it sent a response.',
      layer: 'app',
      blame: 'upstream-app',
      failure: 'unknown',
    },
    {
      id: 'request-rejected',
      status: [400, 403, 417, 431, 501],
      all: [{ body: '</p></h1>' }, { body: '<html><head><title>' }],
      any: [
        { body: '<h1><p>bad request</p></h1>' },
        { body: '<h1><p>request header fields too large</p></h1>' },
        { body: '<h1><p>forbidden</p></h1>' },
        { body: 'invalid http' },
      ],
      not: [{ body: '<h1><p>internal server error</p></h1>' }],
      confidence: 0.55,
      says: 'Gunicorn refused the request itself (its "<h1><p>Bad Request</p></h1>" style page): the request line or headers could not be parsed.',
      layer: 'app',
      blame: 'client',
      failure: 'invalid-response',
      byStatus: {
        431: { blame: 'client', failure: 'config' },
      },
      refine: [
        {
          when: [{ body: 'contradictory scheme headers' }],
          blame: 'reverse-proxy',
          failure: 'config',
          says: '"Contradictory scheme headers": the proxy in front sends conflicting X-Forwarded-Proto / X-Forwarded-Ssl headers (secure_scheme_headers).',
        },
        {
          when: [{ body: 'request forbidden' }],
          blame: 'reverse-proxy',
          failure: 'config',
          says: '"Request forbidden": the forwarded request came from an address gunicorn does not trust (forwarded_allow_ips / proxy_allow_ips).',
        },
        {
          when: [{ body: 'proxy request from' }],
          blame: 'reverse-proxy',
          failure: 'config',
          says: 'A PROXY-protocol request from an address not in proxy_allow_ips.',
        },
      ],
    },
    {
      id: 'reload-syntax-error',
      status: [500],
      all: [{ header: 'server', starts: 'gunicorn' }, { body: 'in load_wsgi' }, { body: 'syntaxerror' }],
      confidence: 0.8,
      says: 'Gunicorn (with --reload) could not import the application: a SyntaxError, shown as a traceback through load_wsgi.',
      layer: 'app',
      blame: 'upstream-app',
      failure: 'config',
    },
  ],
  sources: [
    'benoitc/gunicorn gunicorn/util.py write_error() (raw response: Connection: close, Content-Type: text/html, Content-Length; body "<title>%(reason)s</title> … <h1><p>%(reason)s</p></h1> %(mesg)s"), make_fail_app() (text/plain 500)',
    'benoitc/gunicorn gunicorn/workers/base.py handle_error() (400 Bad Request / 403 Forbidden / 417 / 431 / 501 / 500 "Internal Server Error" with empty message), load_wsgi() (SyntaxError under reload); gunicorn/http/errors.py messages; gunicorn/http/wsgi.py Response.version = SERVER ("gunicorn")',
    'HackTheBox write-up quoting "HTTP/1.1 500 Internal Server Error / Connection: close / Content-Type: text/html / Content-Length: 141" with the <h1><p>Internal Server Error</p></h1> body; the same 141-byte body in public app issue reports and client test fixtures',
    'https://github.com/benoitc/gunicorn/pull/714 (the 500 page carries no message beyond "Internal Server Error")',
  ],
});
