// Generic JSON error bodies from any API. Many frameworks write them, so they are weak on their own
// (low confidence): any framework's or vendor's own page outranks them.
import type { PageRule } from '../../knowledge/fingerprint';
import { defineFrameworkRules } from './framework';

/** One JSON error body: any 5xx, the same weak verdict whatever key the body starts with. */
const jsonErrorBody = (id: string, opening: string, says: string): PageRule => ({
  id, status: [500, 502, 503, 504], all: [{ body: opening }], confidence: 0.4, says, blame: 'upstream-app',
});

export default defineFrameworkRules({
  pages: [
    jsonErrorBody('json-error-object', '{"error":', 'A JSON error body ({"error": …}) — an API answered with its own error.'),
    jsonErrorBody('json-errors-array', '{"errors":[', 'A JSON error body ({"errors": […]}, JSON:API style) — an API answered with its own error.'),
    jsonErrorBody('json-detail', '{"detail":', 'A JSON error body ({"detail": …}, FastAPI / Django REST framework style).'),
  ],
  sources: [
    'https://jsonapi.org/format/#error-objects (a top-level "errors" array of error objects)',
    'fastapi/fastapi fastapi/exception_handlers.py http_exception_handler ({"detail": exc.detail}); encode/django-rest-framework rest_framework/views.py exception_handler ({"detail": …})',
  ],
});
