// Apache Tomcat: the ErrorReportValve page.
import { defineFrameworkRules } from './framework';

export default defineFrameworkRules({
  pages: [
    {
      id: 'tomcat-error-report',
      all: [{ body: 'background-color:#525d76' }],
      any: [{ body: '<h3>apache tomcat/' }, { title: 'http status ' }],
      confidence: 0.8,
      says: 'Apache Tomcat\'s ErrorReportValve page ("HTTP Status 500 – Internal Server Error").',
      blame: 'upstream-app',
      refine: [
        {
          when: [{ body: '<b>type</b> exception report' }],
          says: 'Tomcat reports an uncaught exception from the web application.',
        },
      ],
    },
  ],
  sources: [
    'Apache Tomcat ErrorReportValve output as pasted in public issues/blogs (HTTP Status 500 – Internal Server Error, #525D76, <h3>Apache Tomcat/9.0.x</h3>)',
  ],
});
