// Laravel: its stock error views, and the laravel_session cookie its web routes set.
import { defineFrameworkRules } from './framework';

export default defineFrameworkRules({
  inPath: [
    { header: 'set-cookie', has: 'laravel_session=' },
  ],
  pages: [
    {
      id: 'laravel-minimal',
      status: [429, 500, 503],
      all: [{ body: 'text-gray-500 border-r border-gray-400 tracking-wider' }],
      any: [{ header: 'set-cookie', has: 'laravel_session=' }, { header: 'x-powered-by', starts: 'php/' }],
      confidence: 0.8,
      says: 'Laravel\'s stock error view (errors::minimal: code | message).',
      blame: 'upstream-app',
      byStatus: {
        429: { blame: 'none', failure: 'rate-limited' },
        503: { blame: 'none', failure: 'maintenance' },
      },
    },
    {
      id: 'laravel-illustrated-500',
      status: [500],
      all: [{ body: 'whoops, something went wrong on our servers.' }],
      confidence: 0.8,
      says: 'Laravel 5.x illustrated 500 view ("Whoops, something went wrong on our servers.").',
      blame: 'upstream-app',
    },
  ],
  headerHints: [
    {
      id: 'laravel-session-5xx',
      status: [500, 503],
      all: [{ header: 'set-cookie', has: 'laravel_session=' }],
      confidence: 0.4,
      says: 'A 5xx written by a Laravel app (laravel_session cookie).',
      blame: 'upstream-app',
    },
  ],
  sources: [
    'laravel/framework src/Illuminate/Foundation/Exceptions/views/minimal.blade.php, 500.blade.php, 503.blade.php',
  ],
});
