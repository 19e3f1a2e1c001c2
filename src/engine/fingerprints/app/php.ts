// PHP itself: errors printed into the page, the Whoops debug page many PHP frameworks use, and the
// empty 500 PHP answers with when display_errors is off.
import { defineFrameworkRules } from './framework';

export default defineFrameworkRules({
  inPath: [
    { header: 'x-powered-by', starts: 'php/' },
  ],
  pages: [
    {
      id: 'whoops-debug',
      status: [500],
      all: [{ body: '<div class="whoops container">' }],
      confidence: 0.9,
      says: 'The Whoops (filp/whoops) debug page — a PHP exception with debug mode on (Laravel ≤ 5 and others).',
      blame: 'upstream-app',
    },
    {
      id: 'php-fatal-error',
      all: [{ body: '<b>fatal error</b>:' }],
      any: [{ body: '</b> on line <b>' }, { header: 'x-powered-by', starts: 'php/' }],
      confidence: 0.75,
      says: 'A PHP fatal error printed into the page ("Fatal error: … in … on line …").',
      blame: 'upstream-app',
    },
    {
      id: 'php-parse-error',
      all: [{ body: '<b>parse error</b>:' }],
      any: [{ body: '</b> on line <b>' }, { header: 'x-powered-by', starts: 'php/' }],
      confidence: 0.75,
      says: 'A PHP parse error printed into the page ("Parse error: … on line …").',
      blame: 'upstream-app',
    },
  ],
  headerHints: [
    {
      id: 'php-500-header-only',
      status: [500],
      all: [{ header: 'x-powered-by', starts: 'php/' }],
      any: [{ bodyEmpty: true }],
      confidence: 0.4,
      says: 'A 500 from PHP itself (X-Powered-By: PHP/…): with display_errors off PHP answers a fatal error with an empty 500.',
      blame: 'upstream-app',
    },
  ],
  sources: [
    'filp/whoops src/Whoops/Resources/views/layout.html.php (<div class="Whoops container">)',
    'php/php-src main/main.c php_error_cb (HTML error format "<b>%s</b>:  %s in <b>%s</b> on line <b>%d</b>"; 500 only when display_errors is off)',
  ],
});
