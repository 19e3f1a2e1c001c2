// Symfony: the Debug component's exception page (also what Laravel 5 shows).
import { defineFrameworkRules } from './framework';

export default defineFrameworkRules({
  pages: [
    {
      id: 'symfony-debug-exception',
      status: [500],
      all: [{ body: 'whoops, looks like something went wrong.' }],
      confidence: 0.7,
      says: 'Symfony Debug ExceptionHandler page ("Whoops, looks like something went wrong."), used by Symfony and Laravel 5.',
      blame: 'upstream-app',
    },
  ],
  sources: [
    'Symfony Debug ExceptionHandler::getContent ("Whoops, looks like something went wrong.")',
  ],
});
