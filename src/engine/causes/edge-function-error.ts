// Code the site runs on its CDN or platform threw or returned something invalid: Cloudflare 1101
// (Worker exception), CloudFront 502 (Lambda@Edge / CloudFront Functions validation error) and 503
// (execution error), Vercel's function and middleware failure codes, Netlify's function crash page.
// Each vendor gets its own log and rollback steps; a function that ran out of time is
// platform-function-timeout, one that ran out of CPU or memory edge-function-resource-limit.
import { defineCause } from '../knowledge/cause';

/** The vendors that have their own log and rollback steps below. */
const VENDORS_WITH_OWN_STEPS = ['cloudflare', 'aws-cloudfront', 'vercel', 'netlify'] as const;

export default defineCause({
  id: 'edge-function-error',
  title: 'A function the site runs on its CDN or platform failed',
  summary: "The site's own code running on its CDN or hosting platform crashed or returned an answer the platform could not use.",
  why:
    'Sites can run code on the CDN or platform for every request. If that code throws an exception, returns a ' +
    'response the platform cannot accept (wrong shape, forbidden header, body too large) or lacks permissions, ' +
    'the platform answers with its own error instead of the page: Cloudflare 500 with error 1101 "Worker threw ' +
    'exception", CloudFront 502 "Lambda validation error" or 503 "function execution error", Vercel ' +
    'FUNCTION_INVOCATION_FAILED or MIDDLEWARE_INVOCATION_FAILED, Netlify\'s function error page.',
  fixedBy: 'site-owner',
  layer: 'cdn',
  when: [
    { id: 'code-1101', code: ['1101'], weight: 10, because: 'Cloudflare error 1101: a Worker threw a JavaScript exception.' },
    { id: 'vercel-function-failed-codes', code: ['FUNCTION_INVOCATION_FAILED', 'EDGE_FUNCTION_INVOCATION_FAILED', 'MIDDLEWARE_INVOCATION_FAILED', 'NO_RESPONSE_FROM_FUNCTION', 'NO_STATUS_CODE_FROM_FUNCTION', 'BODY_NOT_A_STRING_FROM_FUNCTION'], weight: 8, because: "Vercel's error code says the site's function crashed or returned an answer Vercel could not use." },
    { id: 'blame-cdn-config-unknown', blame: ['cdn-config'], failure: ['unknown'], weight: 5, because: "The edge's own code failed, not the origin." },
    { id: 'aws-cloudfront-502-503-blame-cdn-config', generator: ['aws-cloudfront'], blame: ['cdn-config'], status: [502, 503], weight: 4, because: 'CloudFront 502/503 from a Lambda@Edge or CloudFront Function validation or execution error.' },
    { id: 'netlify-function-crash', generator: ['netlify'], blame: ['upstream-app'], failure: ['unknown', 'config', 'invalid-response'], status: [500, 502], weight: 6, because: "Netlify passed on a function's crash or load error." },
    { id: 'not-timeout', failure: ['timeout'], weight: -6, because: 'The function was stopped at a time limit; nothing says its code threw.' },
    { id: 'not-blame-elsewhere', blame: ['origin', 'client', 'none'], weight: -4, because: 'The page blames the origin, the request or nothing, not code running at the edge.' },
  ],
  steps: [
    {
      id: 'tell-owner',
      title: 'Tell the site owner',
      detail: "The site's own code failed on its CDN or platform. Send the support summary, with the error or request ID shown on the page, to the site owner.",
      audience: 'visitor',
      intent: 'tell-owner',
    },
    {
      id: 'worker-logs',
      title: 'Stream the Worker\'s logs',
      detail: 'Workers & Pages > your Worker > Logs, or stream them live while you replay the failing request: the exception and its stack show there.',
      audience: 'owner',
      kind: 'check',
      command: 'npx wrangler tail WORKER_NAME',
      appliesTo: { present: ['cloudflare'] },
    },
    {
      id: 'reproduce-locally',
      title: 'Reproduce the exception with wrangler dev',
      detail: 'Replay the failing URL and headers against the Worker run locally to see the exception with its stack.',
      audience: 'owner',
      kind: 'check',
      command: 'npx wrangler dev',
      appliesTo: { present: ['cloudflare'] },
    },
    {
      id: 'rollback',
      title: 'Roll the Worker back to its last good version',
      detail: 'If the failures began with a deploy, roll back first and debug after.',
      audience: 'owner',
      kind: 'fix',
      command: 'npx wrangler rollback',
      appliesTo: { present: ['cloudflare'] },
    },
    {
      id: 'lambda-edge-logs',
      title: 'Read the function\'s logs in CloudWatch',
      detail: 'Lambda@Edge writes its logs in the region of the edge that ran it, in a log group named /aws/lambda/us-east-1.FUNCTION_NAME; CloudFront Functions log to /aws/cloudfront/function/FUNCTION_NAME in us-east-1.',
      audience: 'owner',
      kind: 'check',
      appliesTo: { present: ['aws-cloudfront'] },
    },
    {
      id: 'lambda-edge-previous-version',
      title: 'Associate the previous function version with the cache behavior',
      detail: 'Lambda@Edge runs a numbered version: point the distribution\'s cache behavior back at the last version that worked (for a CloudFront Function, publish its previous code) and redeploy.',
      audience: 'owner',
      kind: 'fix',
      appliesTo: { present: ['aws-cloudfront'] },
    },
    {
      id: 'vercel-runtime-logs',
      title: 'Find the failed invocation in the Vercel logs',
      detail: 'Open the project\'s Logs and search the error ID shown on the page: the entry shows the function, its error and its stack.',
      audience: 'owner',
      kind: 'check',
      appliesTo: { present: ['vercel'] },
    },
    {
      id: 'vercel-rollback',
      title: 'Roll back to the previous Vercel deployment',
      detail: 'If the failures began with a deploy, an instant rollback puts the last good deployment back on the domain while you debug.',
      audience: 'owner',
      kind: 'fix',
      command: 'npx vercel rollback',
      appliesTo: { present: ['vercel'] },
    },
    {
      id: 'netlify-function-logs',
      title: 'Read the function\'s log in Netlify',
      detail: 'Under Logs > Functions, open the function for this path: the error message and type (for example Runtime.ImportModuleError for a module missing from the bundle) show there.',
      audience: 'owner',
      kind: 'check',
      appliesTo: { present: ['netlify'] },
    },
    {
      id: 'netlify-publish-previous-deploy',
      title: 'Publish the previous Netlify deploy',
      detail: 'If the failures began with a deploy, open Deploys, pick the last deploy that worked and publish it while you debug.',
      audience: 'owner',
      kind: 'fix',
      appliesTo: { present: ['netlify'] },
    },
    {
      id: 'function-logs',
      title: 'Read the logs of the function that serves this path',
      detail: 'In the CDN or platform console, open the logs of the function that runs for this URL and find the exception at the time of the error.',
      audience: 'owner',
      kind: 'check',
      appliesTo: { absent: [...VENDORS_WITH_OWN_STEPS] },
    },
    {
      id: 'roll-back-function',
      title: 'Roll back the function\'s last deployment',
      detail: 'If the failures began with a deploy, put the previous version back first and debug after.',
      audience: 'owner',
      kind: 'fix',
      appliesTo: { absent: [...VENDORS_WITH_OWN_STEPS] },
    },
  ],
  sources: [
    'https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-1xxx-errors/error-1101/',
    'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/http-502-bad-gateway.html (Lambda validation error)',
    'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/http-503-service-unavailable.html (function execution error)',
    'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/edge-functions-logs.html (Lambda@Edge and CloudFront Functions log groups)',
    'https://vercel.com/docs/errors (FUNCTION_INVOCATION_FAILED, MIDDLEWARE_INVOCATION_FAILED, NO_RESPONSE_FROM_FUNCTION)',
    'https://vercel.com/docs/cli/rollback (vercel rollback)',
    'https://docs.netlify.com/site-deploys/manage-deploys/ (publish a previous deploy to roll back)',
  ],
});
