// Eclipse Jetty: its stock error page.
import { defineFrameworkRules } from './framework';

export default defineFrameworkRules({
  pages: [
    {
      id: 'jetty-error',
      all: [{ body: 'powered by jetty://' }],
      any: [{ header: 'server', starts: 'jetty' }],
      confidence: 0.9,
      says: 'Eclipse Jetty\'s stock error page ("Powered by Jetty://").',
      blame: 'upstream-app',
    },
  ],
  sources: [
    'Eclipse Jetty ErrorHandler output (Powered by Jetty:// 9.4.x) as quoted in public repositories',
  ],
});
