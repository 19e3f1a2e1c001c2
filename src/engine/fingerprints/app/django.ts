// Django: the stock 500 page (DEBUG off) and the DEBUG traceback page.
import { defineFrameworkRules } from './framework';

export default defineFrameworkRules({
  pages: [
    {
      id: 'django-500',
      status: [500],
      all: [{ body: '<h1>server error (500)</h1><p></p>' }],
      any: [{ title: 'server error (500)' }],
      confidence: 0.85,
      says: 'Django\'s built-in 500 page ("Server Error (500)", django/views/defaults.py) — the Django view raised an exception.',
      blame: 'upstream-app',
    },
    {
      id: 'django-debug-500',
      status: [500],
      all: [{ body: "you're seeing this error because you have <code>debug = true</code>" }],
      any: [{ body: '<th>django version:</th>' }, { body: '<div id="traceback">' }],
      confidence: 0.95,
      says: 'Django\'s DEBUG traceback page (technical_500.html) — the view raised an exception, and DEBUG = True is on in production.',
      blame: 'upstream-app',
    },
  ],
  sources: [
    'django/django django/views/defaults.py (ERROR_PAGE_TEMPLATE, server_error: "Server Error (500)")',
    'django/django django/views/templates/technical_500.html (DEBUG page: "You\'re seeing this error because you have DEBUG = True")',
  ],
});
