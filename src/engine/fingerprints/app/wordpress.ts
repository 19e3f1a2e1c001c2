// WordPress: its fatal-error handler, its database-connection error and its maintenance mode.
import { defineFrameworkRules } from './framework';

export default defineFrameworkRules({
  pages: [
    {
      id: 'wordpress-critical-error',
      status: [500],
      all: [{ body: 'there has been a critical error on this website' }],
      any: [{ body: 'class="wp-die-message"' }, { body: '<body id="error-page">' }],
      confidence: 0.9,
      says: 'WordPress\' fatal-error handler ("There has been a critical error on this website.") — a plugin or theme crashed PHP.',
      blame: 'upstream-app',
    },
    {
      id: 'wordpress-database-error',
      status: [500, 503],
      all: [{ body: 'error establishing a database connection' }],
      any: [{ body: '<body id="error-page">' }, { body: 'class="wp-die-message"' }],
      confidence: 0.85,
      says: 'WordPress could not reach its database ("Error establishing a database connection", dead_db()).',
      blame: 'upstream-app',
    },
    {
      id: 'wordpress-maintenance',
      status: [503],
      all: [{ body: 'briefly unavailable for scheduled maintenance. check back in a minute.' }],
      any: [{ header: 'retry-after', is: '600' }, { body: '<body id="error-page">' }],
      confidence: 0.9,
      says: 'WordPress maintenance mode during an update (.maintenance file; 503 + Retry-After: 600).',
      blame: 'none',
      failure: 'maintenance',
    },
  ],
  sources: [
    'WordPress wp-includes/load.php wp_maintenance() (Retry-After: 600, wp_die(…, "Maintenance", 503)); WP_Fatal_Error_Handler; dead_db(); wp_die default handler (<body id="error-page">, <div class="wp-die-message">)',
  ],
});
