// FastAPI / Starlette: the plain-text 500 of Starlette's ServerErrorMiddleware.
import { defineFrameworkRules } from './framework';

export default defineFrameworkRules({
  pages: [
    {
      id: 'starlette-plain-500',
      status: [500],
      all: [{ header: 'server', is: 'uvicorn' }, { body: 'internal server error' }],
      confidence: 0.6,
      says: 'Starlette / FastAPI default "Internal Server Error" (plain text from uvicorn) — the endpoint raised.',
      blame: 'upstream-app',
    },
  ],
  sources: [
    'Starlette ServerErrorMiddleware default PlainTextResponse("Internal Server Error", 500)',
  ],
});
