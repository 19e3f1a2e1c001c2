// Express / Connect (Node.js): finalhandler's default error page, and a 500 with Express's header.
import { defineFrameworkRules } from './framework';

export default defineFrameworkRules({
  inPath: [
    { header: 'x-powered-by', is: 'express' },
  ],
  pages: [
    {
      id: 'express-finalhandler',
      status: [500, 502, 503, 504],
      all: [{ body: '<title>error</title></head><body><pre>' }],
      any: [
        { header: 'x-powered-by', is: 'express' },
        { header: 'content-security-policy', is: "default-src 'none'" },
      ],
      confidence: 0.8,
      says: 'Express / Connect default error handler (finalhandler: "<pre>Internal Server Error</pre>").',
      blame: 'upstream-app',
    },
    {
      id: 'express-plain-500',
      status: [500],
      all: [{ header: 'x-powered-by', is: 'express' }],
      any: [{ body: 'internal server error' }],
      confidence: 0.45,
      says: 'A 500 written by an Express app (X-Powered-By: Express).',
      blame: 'upstream-app',
    },
  ],
  sources: [
    'pillarjs/finalhandler index.js createHtmlDocument / send (<title>Error</title> … <pre>…</pre>, CSP default-src \'none\')',
  ],
});
