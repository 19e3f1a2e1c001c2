// A serverless platform ended the request at its own time limit: Vercel FUNCTION_INVOCATION_TIMEOUT
// (maxDuration), Netlify's synchronous-function limit and edge inactivity timeout, API Gateway's
// integration timeout, Heroku's 30 s router timeout (H12), App Service's 230 s request limit. The
// owner has no server to tune here: the fix is the platform's setting or moving the work elsewhere.
import { defineCause } from '../knowledge/cause';

export default defineCause({
  id: 'platform-function-timeout',
  title: 'The hosting platform stopped the request at its time limit',
  summary: "The site's code ran longer than its hosting platform lets one request run, so the platform ended it.",
  why:
    'Serverless and managed platforms give each request a fixed time. Vercel ends a function at its maximum ' +
    'duration (maxDuration, 300 s by default) with FUNCTION_INVOCATION_TIMEOUT; Netlify stops synchronous ' +
    'functions after 60 s; API Gateway gives its integration 29 s (REST) or 30 s (HTTP APIs); Heroku\'s router ' +
    'answers H12 when the app sends nothing within 30 s; App Service drops a request that has sent nothing for ' +
    '230 s. The code itself may still be running, but the visitor gets the platform\'s timeout page. Slow ' +
    'queries, calls to slow third-party APIs and large jobs done inside the request are the usual reasons.',
  needs: { stack: ['managed-platform'] },
  fixedBy: 'site-owner',
  layer: 'app',
  when: [
    { id: 'vercel-timeout-code', code: ['FUNCTION_INVOCATION_TIMEOUT', 'EDGE_FUNCTION_INVOCATION_TIMEOUT', 'MIDDLEWARE_INVOCATION_TIMEOUT'], weight: 10, because: 'Vercel names the error: the function ran past its maximum duration and Vercel ended it.' },
    { id: 'vercel-timeout', generator: ['vercel'], failure: ['timeout'], weight: 9, because: 'Vercel answered with a timeout for a function it runs: the function ran past its time limit.' },
    { id: 'netlify-timeout', generator: ['netlify'], failure: ['timeout'], weight: 9, because: 'Netlify ended a request that ran past its time limit for functions.' },
    { id: 'api-gateway-timeout', generator: ['aws-api-gateway'], failure: ['timeout'], weight: 8, because: 'API Gateway answered with its integration timeout: the backend did not answer within 29 s (REST) or 30 s (HTTP API).' },
    { id: 'heroku-timeout-30s', generator: ['heroku'], failure: ['timeout'], elapsedMs: { min: 29_000 }, weight: 8, because: "Heroku's router gave up after about 30 s: its request timeout (H12) ended the request." },
    { id: 'azure-app-service-230s', generator: ['azure-app-service'], status: [500, 502, 504], elapsedMs: { min: 229_000, max: 240_000 }, weight: 7, because: "The error came after about 230 s, App Service's limit for a request that has sent nothing back." },
  ],
  steps: [
    {
      id: 'retry',
      title: 'Try again in a moment',
      detail: 'The site took too long to answer this request. It may go through when the site is less busy; if it keeps failing, the site has to fix it.',
      audience: 'visitor',
      intent: 'retry',
    },
    {
      id: 'tell-owner',
      title: 'Tell the site owner',
      detail: 'Send the support summary with the time and the error ID shown on the page: the owner finds the slow request in the platform\'s logs with it.',
      audience: 'visitor',
      intent: 'tell-owner',
    },
    {
      id: 'vercel-function-logs',
      title: 'Find the timed-out invocation in the Vercel logs',
      detail: 'Open the project\'s Logs and search the error ID shown on the page (or filter by the route): the entry shows the function, its duration and the limit it reached.',
      audience: 'owner',
      kind: 'check',
      appliesTo: { present: ['vercel'] },
    },
    {
      id: 'vercel-max-duration',
      title: 'Raise the function\'s maxDuration, or do the slow work elsewhere',
      detail: 'Set maxDuration for the route (export const maxDuration in the function, or "functions" in vercel.json). The default is 300 s; Hobby allows up to 300 s, Pro and Enterprise up to 800 s. Longer work belongs in a queue or background job; streaming the answer keeps the visitor informed.',
      audience: 'owner',
      kind: 'fix',
      appliesTo: { present: ['vercel'] },
    },
    {
      id: 'netlify-function-logs',
      title: 'Read the function\'s log in Netlify',
      detail: 'Under Logs > Functions, open the function for this path: each invocation shows its duration, and a timeout shows as "Task timed out after … seconds".',
      audience: 'owner',
      kind: 'check',
      appliesTo: { present: ['netlify'] },
    },
    {
      id: 'netlify-background-function',
      title: 'Move long work to a background function, or stream the answer',
      detail: 'A synchronous Netlify function stops after 60 s and the limit cannot be raised. A background function (file name ending in -background) answers 202 at once and runs up to 15 minutes; a streamed answer starts sending before the work is done.',
      audience: 'owner',
      kind: 'fix',
      appliesTo: { present: ['netlify'] },
    },
    {
      id: 'api-gateway-integration-latency',
      title: 'Compare the integration latency with the timeout',
      detail: 'In CloudWatch, IntegrationLatency for the API stage close to the timeout (29 000 ms by default), together with the backend\'s own duration (Lambda Duration metric), shows the backend is slower than the gateway lets it be.',
      audience: 'owner',
      kind: 'check',
      appliesTo: { present: ['aws-api-gateway'] },
    },
    {
      id: 'api-gateway-raise-timeout',
      title: 'Raise the integration timeout (Regional and private REST APIs) or answer asynchronously',
      detail: 'Since June 2024, Regional and private REST APIs can have an integration timeout above 29 s, traded against the account\'s throttle quota; edge-optimized REST APIs keep 29 s and HTTP APIs 30 s. Otherwise answer 202 at once and let the client fetch the result later.',
      audience: 'owner',
      kind: 'fix',
      appliesTo: { present: ['aws-api-gateway'] },
    },
    {
      id: 'heroku-router-h12',
      title: 'Find the H12 lines in the Heroku router log',
      detail: 'Each H12 line names the path and shows service=30000ms; the app\'s own log lines around it show where the time went.',
      audience: 'owner',
      kind: 'check',
      command: "heroku logs --tail --app APP_NAME | grep 'code=H12'",
      appliesTo: { present: ['heroku'] },
    },
    {
      id: 'heroku-worker-dyno',
      title: 'Hand slow work to a worker dyno',
      detail: 'Heroku\'s 30 s limit for the first byte cannot be raised. Answer quickly and queue the job for a worker dyno, or start sending the answer early: after the first byte, each byte sent restarts a 55 s window.',
      audience: 'owner',
      kind: 'fix',
      appliesTo: { present: ['heroku'] },
    },
    {
      id: 'azure-async-pattern',
      title: 'Keep each HTTP request on App Service under 230 s',
      detail: 'The 230 s limit holds whatever timeout the app or function sets. Return 202 with a status URL and do the work in the background (Durable Functions, a queue-triggered function or WebJob).',
      audience: 'owner',
      kind: 'fix',
      appliesTo: { present: ['azure-app-service'] },
    },
  ],
  sources: [
    'https://vercel.com/docs/functions/configuring-functions/duration (maxDuration; Vercel ends a function that runs past it)',
    'https://vercel.com/docs/functions/limitations (maximum duration: 300 s default; Hobby up to 300 s, Pro and Enterprise up to 800 s)',
    'https://vercel.com/docs/errors (FUNCTION_INVOCATION_TIMEOUT 504)',
    'https://docs.netlify.com/build/functions/configuration (synchronous functions: 60 s, not configurable; background functions: 15 minutes)',
    'https://aws.amazon.com/about-aws/whats-new/2024/06/amazon-api-gateway-integration-timeout-limit-29-seconds/ (integration timeout above 29 s for Regional and private REST APIs)',
    'https://docs.aws.amazon.com/apigateway/latest/developerguide/limits.html (29 s REST, 30 s HTTP API integration timeout)',
    'https://devcenter.heroku.com/articles/request-timeout (30 s for the first byte, then a rolling 55 s window; H12; cannot be raised)',
    'https://learn.microsoft.com/azure/azure-functions/functions-scale#timeout (230 s is the longest an HTTP-triggered function can take to answer)',
    'https://learn.microsoft.com/en-us/answers/questions/1465927/soap-api-request-timeout-in-production-environment (App Service: 230 s idle request timeout)',
  ],
});
