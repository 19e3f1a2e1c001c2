// Spring Boot: the Whitelabel Error Page and the default JSON error body.
import { defineFrameworkRules } from './framework';

export default defineFrameworkRules({
  requestIds: [
    { from: 'body', pattern: /"requestid":"([0-9a-z-]{4,40})"/, label: 'Spring requestId' },
  ],
  pages: [
    {
      id: 'spring-whitelabel',
      all: [{ body: '<h1>whitelabel error page</h1>' }],
      confidence: 0.95,
      says: 'Spring Boot\'s "Whitelabel Error Page" — the Spring application failed and has no error view.',
      blame: 'upstream-app',
    },
    {
      id: 'spring-json-error',
      status: [500, 502, 503, 504],
      all: [
        { body: '{"timestamp":"' },
        { body: ',"status":' },
        { body: ',"error":"' },
        { body: ',"path":"' },
      ],
      confidence: 0.7,
      says: 'Spring Boot\'s default JSON error body ({"timestamp","status","error","path"}).',
      blame: 'upstream-app',
    },
  ],
  sources: [
    'spring-projects/spring-boot ErrorMvcAutoConfiguration StaticView ("Whitelabel Error Page") and DefaultErrorAttributes (timestamp, status, error, path)',
  ],
});
