// Ruby on Rails: the stock public/500.html, and the X-Runtime header Rails sets on every answer.
import { defineFrameworkRules } from './framework';

export default defineFrameworkRules({
  inPath: [
    { header: 'x-runtime' },
  ],
  pages: [
    {
      id: 'rails-public-500',
      status: [500],
      all: [{ body: "we're sorry, but something went wrong" }],
      any: [
        { body: '<!-- this file lives in public/500.html -->' },
        { header: 'x-runtime' },
        { header: 'x-request-id' },
      ],
      confidence: 0.85,
      says: 'Rails\' stock public/500.html ("We\'re sorry, but something went wrong.") — the Rails app raised an exception.',
      blame: 'upstream-app',
    },
  ],
  headerHints: [
    {
      id: 'rails-runtime-500',
      status: [500],
      all: [{ header: 'x-runtime' }],
      confidence: 0.4,
      says: 'A 500 that went through Rails (X-Runtime header).',
      blame: 'upstream-app',
    },
  ],
  sources: [
    'rails/rails railties/lib/rails/generators/rails/app/templates/public/500.html (classic and Rails 8 versions)',
  ],
});
