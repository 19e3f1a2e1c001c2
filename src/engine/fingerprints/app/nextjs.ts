// Next.js: the App Router error shell, the "Application error: a server-side exception" page, the
// Pages Router _error page, and the error digest that finds the failure in the server's log.
import { defineFrameworkRules } from './framework';

export default defineFrameworkRules({
  inPath: [
    { header: 'x-powered-by', is: 'next.js' },
  ],
  requestIds: [
    { from: 'body', pattern: /digest: ?([0-9a-z@]{4,40})/, label: 'Next.js error digest' },
  ],
  pages: [
    {
      id: 'nextjs-app-router-error',
      status: [500],
      all: [{ body: 'id="__next_error__"' }],
      any: [{ header: 'x-powered-by', is: 'next.js' }],
      confidence: 0.8,
      says: 'Next.js error shell (<html id="__next_error__">) — a server component threw while rendering.',
      blame: 'upstream-app',
    },
    {
      id: 'nextjs-application-error',
      all: [{ body: 'application error: a server-side exception has occurred' }],
      any: [{ header: 'x-powered-by', is: 'next.js' }],
      confidence: 0.85,
      says: 'Next.js "Application error: a server-side exception has occurred" — see the server logs for the digest.',
      blame: 'upstream-app',
    },
    {
      id: 'nextjs-pages-500',
      status: [500],
      all: [{ body: 'class="next-error-h1"' }],
      any: [{ header: 'x-powered-by', is: 'next.js' }, { body: 'internal server error' }],
      confidence: 0.85,
      says: 'Next.js default _error page (500 | Internal Server Error).',
      blame: 'upstream-app',
    },
  ],
  headerHints: [
    {
      id: 'nextjs-header-only-500',
      status: [500],
      all: [{ header: 'x-powered-by', is: 'next.js' }],
      confidence: 0.4,
      says: 'A 500 written by a Next.js server (X-Powered-By: Next.js).',
      blame: 'upstream-app',
    },
  ],
  sources: [
    'Next.js default global error ("Application error: a server-side exception has occurred … Digest"), <html id="__next_error__"> error shell, pages/_error (class="next-error-h1")',
  ],
});
