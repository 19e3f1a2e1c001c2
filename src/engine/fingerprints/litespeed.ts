// LiteSpeed Web Server / OpenLiteSpeed build their stock error pages in src/http/httpstatuscode.cpp:
// a centred 150px <h1> with the code, an <h2> with the reason, a <p> with a stock sentence ("The server
// is temporarily busy, try again later!" for 503), then a grey footer "Proudly powered by LiteSpeed Web
// Server" and "Please be advised that LiteSpeed Technologies Inc. is not a web hosting company…".
// The footer is the marker: the stock sentences alone are copied by many apps (and web shells copy the
// whole 404 page as camouflage, served with 200). LiteSpeed is an origin server, often behind a CDN
// that rewrites Server, so no ownHeaders.
import { defineFingerprint } from '../knowledge/fingerprint';

export default defineFingerprint({
  generator: 'litespeed',
  name: 'LiteSpeed Web Server',
  layer: 'reverse-proxy',
  inPath: [
    { header: 'server', starts: 'litespeed' },
    { header: 'server', is: 'openlitespeed' },
    { header: 'x-litespeed-cache' },
    { header: 'x-turbo-charged-by', starts: 'litespeed' },
  ],
  pages: [
    {
      id: 'stock-error-page',
      all: [{ body: 'please be advised that litespeed technologies inc. is not a web hosting company' }],
      any: [
        { body: 'litespeedtech.com/error-page' },
        { header: 'server', starts: 'litespeed' },
        { body: 'font-size:150px; line-height:150px; font-weight:bold;' },
      ],
      confidence: 0.85,
      says: 'LiteSpeed\'s stock error page footer: "Proudly powered by LiteSpeed Web Server … LiteSpeed Technologies Inc. is not a web hosting company".',
      layer: 'reverse-proxy',
      blame: 'reverse-proxy',
      failure: 'unknown',
      byStatus: {
        400: { blame: 'client', failure: 'invalid-response' },
        403: { blame: 'none', failure: 'blocked' },
        404: { blame: 'none' },
        405: { blame: 'client', failure: 'invalid-response' },
        413: { blame: 'client', failure: 'config' },
        414: { blame: 'client', failure: 'config' },
        500: { blame: 'upstream-app', failure: 'unknown' },
        503: { blame: 'upstream-app', failure: 'overloaded' },
      },
      refine: [
        {
          when: [{ body: 'the server is temporarily busy, try again later!' }],
          blame: 'upstream-app',
          failure: 'overloaded',
          says: 'LiteSpeed\'s 503 "The server is temporarily busy, try again later!": it could not get a PHP (lsphp) worker or the external app is down or at its process limit.',
        },
        {
          when: [{ body: 'an internal server error has occured.' }],
          blame: 'upstream-app',
          failure: 'unknown',
          says: 'LiteSpeed\'s 500 "An internal server error has occured.": the application behind it (usually lsphp) failed, or an .htaccess rule is invalid.',
        },
        {
          when: [{ body: 'access to this resource on the server is denied!' }],
          blame: 'none',
          failure: 'blocked',
          says: 'LiteSpeed\'s 403 "Access to this resource on the server is denied!": a server access rule (or its ModSecurity/WAF rules) refused the request.',
        },
      ],
    },
  ],
  sources: [
    'litespeedtech/openlitespeed src/http/httpstatuscode.cpp (HttpStatusCode table and StatusCode page template)',
    'wafw00f LiteSpeed plugin: "Proudly powered by LiteSpeed Web Server", "www.litespeedtech.com/error-page"',
    'Public reports of "503 Service Unavailable — The server is temporarily busy, try again later!" on LiteSpeed shared hosting when lsphp workers / entry processes are exhausted',
  ],
});
