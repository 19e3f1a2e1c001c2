// HAProxy writes its own error pages from the built-in table http_err_msgs[] in src/http.c: a bare
// "<html><body><h1>NNN Reason</h1>\nOne stock sentence.\n</body></html>\n" with no Server header and
// no identifying header at all (HAProxy adds none by default). The 503 "No server is available to
// handle this request." means every server of the backend is down or in maintenance; 502 means the
// server answered something HAProxy could not parse (or closed early); 504 is "timeout server".
import { defineFingerprint } from '../knowledge/fingerprint';

export default defineFingerprint({
  generator: 'haproxy',
  name: 'HAProxy',
  layer: 'load-balancer',
  // HAProxy sets no header of its own by default; nothing puts it in the path from headers alone.
  inPath: [],
  requestIds: [{ header: 'x-request-id', label: 'X-Request-Id' }],
  pages: [
    {
      id: 'builtin-503-no-server',
      status: [503],
      all: [{ body: '<html><body><h1>503 service unavailable</h1> no server is available to handle this request.' }],
      confidence: 0.9,
      says: 'HAProxy\'s built-in 503 page: "No server is available to handle this request."',
      layer: 'load-balancer',
      blame: 'upstream-app',
      failure: 'no-healthy-upstream',
    },
    {
      id: 'builtin-502-invalid-response',
      status: [502],
      all: [{ body: '<html><body><h1>502 bad gateway</h1> the server returned an invalid or incomplete response.' }],
      confidence: 0.9,
      says: 'HAProxy\'s built-in 502 page: "The server returned an invalid or incomplete response."',
      layer: 'load-balancer',
      blame: 'upstream-app',
      failure: 'invalid-response',
    },
    {
      id: 'builtin-504-timeout',
      status: [504],
      all: [{ body: '<html><body><h1>504 gateway time-out</h1> the server didn\'t respond in time.' }],
      confidence: 0.9,
      says: 'HAProxy\'s built-in 504 page: "The server didn\'t respond in time." (timeout server expired).',
      layer: 'load-balancer',
      blame: 'upstream-app',
      failure: 'timeout',
    },
    {
      id: 'builtin-500',
      status: [500],
      // "occured" in HAProxy 1.x-2.0, "occurred" since; the common prefix covers both.
      all: [{ body: '<html><body><h1>500 internal server error</h1> an internal server error occ' }],
      confidence: 0.75,
      says: 'HAProxy\'s built-in 500 page: "An internal server error occurred." (HAProxy itself failed, e.g. a rule or Lua error).',
      layer: 'load-balancer',
      blame: 'edge',
      failure: 'config',
    },
    {
      id: 'builtin-429',
      status: [429],
      all: [{ body: '<html><body><h1>429 too many requests</h1> you have sent too many requests in a given amount of time.' }],
      confidence: 0.85,
      says: 'HAProxy\'s built-in 429 page (an "http-request deny deny_status 429" or rate-limit rule).',
      layer: 'load-balancer',
      blame: 'none',
      failure: 'rate-limited',
    },
    {
      id: 'builtin-403',
      status: [403],
      all: [{ body: '<html><body><h1>403 forbidden</h1> request forbidden by administrative rules.' }],
      confidence: 0.85,
      says: 'HAProxy\'s built-in 403 page: "Request forbidden by administrative rules." (an http-request deny rule).',
      layer: 'load-balancer',
      blame: 'none',
      failure: 'blocked',
    },
    {
      id: 'builtin-408',
      status: [408],
      all: [{ body: '<html><body><h1>408 request time-out</h1> your browser didn\'t send a complete request in time.' }],
      confidence: 0.85,
      says: 'HAProxy\'s built-in 408 page: the client did not send a complete request before "timeout http-request".',
      layer: 'load-balancer',
      blame: 'client',
      failure: 'timeout',
    },
    {
      id: 'builtin-400',
      status: [400],
      all: [{ body: '<html><body><h1>400 bad request</h1> your browser sent an invalid request.' }],
      confidence: 0.85,
      says: 'HAProxy\'s built-in 400 page: "Your browser sent an invalid request." (the request could not be parsed).',
      layer: 'load-balancer',
      blame: 'client',
      failure: 'invalid-response',
    },
  ],
  sources: [
    'haproxy/haproxy src/http.c: http_err_msgs[] (built-in error pages for 400, 401, 403, 404, 405, 407, 408, 410, 413, 414, 421, 422, 425, 429, 431, 500, 501, 502, 503, 504)',
    'HAProxy configuration manual: "errorfile" and "timeout server" / "timeout http-request"',
    'https://github.com/sintaxi/surge/issues/483 (the 503 page as users see it)',
  ],
});
