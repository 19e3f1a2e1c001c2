// Flask / Werkzeug: Werkzeug's InternalServerError page and its interactive debugger.
import { defineFrameworkRules } from './framework';

export default defineFrameworkRules({
  inPath: [
    { header: 'server', starts: 'werkzeug/' },
  ],
  pages: [
    {
      id: 'werkzeug-500',
      status: [500],
      all: [
        {
          body: 'the server encountered an internal error and was unable to complete your request. either the server is overloaded or there is an error in the application.',
        },
      ],
      any: [
        { body: '<html lang="en"><title>500 internal server error</title>' },
        { header: 'server', starts: 'werkzeug/' },
        { header: 'server', starts: 'gunicorn' },
      ],
      confidence: 0.85,
      says: 'Flask / Werkzeug InternalServerError page — the Flask view raised an exception.',
      blame: 'upstream-app',
    },
    {
      id: 'werkzeug-debugger',
      status: [500],
      all: [{ body: '// werkzeug debugger</title>' }],
      confidence: 0.95,
      says: 'The Werkzeug interactive debugger — a Flask app running with debug on raised an exception.',
      blame: 'upstream-app',
    },
  ],
  sources: [
    'pallets/werkzeug src/werkzeug/exceptions.py (HTTPException.get_body, InternalServerError.description)',
    'pallets/werkzeug src/werkzeug/debug/tbtools.py HEADER ("<title>%(title)s // Werkzeug Debugger</title>")',
  ],
});
