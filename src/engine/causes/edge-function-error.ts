// Code running at the edge threw or returned something invalid. Cloudflare 1101 (Worker exception),
// CloudFront 502 (Lambda@Edge / CloudFront Functions validation error) and 503 (execution error).
import { defineCause } from '../knowledge/cause';

export default defineCause({
  id: 'edge-function-error',
  title: 'A function running at the edge failed (Cloudflare Worker, Lambda@Edge, CloudFront Function)',
  why:
    'Sites can run code on the CDN for every request. If that code throws an exception, returns a response the ' +
    'CDN cannot accept (wrong shape, forbidden header, body too large) or lacks permissions, the CDN answers with ' +
    'its own error before or instead of asking the origin: Cloudflare 500 with error 1101 "Worker threw exception", ' +
    'CloudFront 502 "Lambda validation error" or 503 "function execution error".',
  fixedBy: 'site-owner',
  layer: 'cdn',
  when: [
    { id: 'code-1101', code: ['1101'], weight: 10, because: 'Cloudflare error 1101: a Worker threw a JavaScript exception.' },
    { id: 'blame-cdn-config', blame: ['cdn-config'], weight: 5, because: 'The edge\'s own configuration or function failed.' },
    { id: 'aws-cloudfront-502-503-blame-cdn-config', generator: ['aws-cloudfront'], blame: ['cdn-config'], status: [502, 503], weight: 4, because: 'CloudFront 502/503 from a Lambda@Edge or CloudFront Function validation or execution error.' },
    { id: 'vercel-or-netlify-500-502-504-blame-cdn-config-upstream-app', generator: ['vercel', 'netlify'], status: [500, 502, 504], blame: ['cdn-config', 'upstream-app'], weight: 3, because: 'A serverless function on the platform\'s edge failed.' },
    { id: 'not-code-1102', code: ['1102'], weight: -3, because: 'Error 1102 is a resource limit, not an exception.' },
    { id: 'not-blame-elsewhere', blame: ['origin', 'client', 'none'], weight: -4, because: 'The failing hop is not edge code.' },
  ],
  steps: [
    {
      id: 'worker-logs',
      title: 'Read the function\'s logs',
      detail: 'Cloudflare: Workers & Pages > your Worker > Logs, or stream them live. CloudFront: Lambda@Edge logs go to CloudWatch in the region nearest the edge that ran them (log group /aws/lambda/us-east-1.FUNCTION_NAME).',
      audience: 'owner',
      command: 'npx wrangler tail WORKER_NAME',
    },
    {
      id: 'reproduce-locally',
      title: 'Reproduce with the same request',
      detail: 'Replay the failing URL and headers against the function locally (wrangler dev, sam local invoke) to see the exception.',
      audience: 'owner',
      command: 'npx wrangler dev',
    },
    {
      id: 'rollback',
      title: 'Roll back the last deployment',
      detail: 'If the failures began with a deploy, roll back first and debug after.',
      audience: 'owner',
      command: 'npx wrangler rollback',
    },
    {
      id: 'tell-owner',
      title: 'Tell the site owner',
      detail: 'The site\'s own edge code failed. Send the support summary (with the Ray ID / request id) to the site owner.',
      audience: 'visitor',
    },
  ],
  sources: [
    'https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-1xxx-errors/error-1101/',
    'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/http-502-bad-gateway.html (Lambda validation error)',
    'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/http-503-service-unavailable.html (function execution error)',
  ],
});
