// Edge code exceeded its CPU / memory limits or the platform's concurrency limits. Cloudflare 1102,
// CloudFront 503 "Lambda limit exceeded". Each vendor's limits and tools differ, so each gets its
// own steps.
import { defineCause } from '../knowledge/cause';

export default defineCause({
  id: 'edge-function-resource-limit',
  title: 'A function running at the edge exceeded its CPU, memory or concurrency limit',
  summary: "The site's code running on its CDN used more CPU time, memory or parallel runs than the CDN allows, so the CDN stopped it.",
  why:
    'Edge functions run under strict limits: Cloudflare Workers have a CPU-time limit per request and 128 MB of ' +
    'memory per isolate (error 1102 "Worker exceeded resource limits"); Lambda@Edge has concurrency and ' +
    'execution quotas (CloudFront 503 "Lambda limit exceeded"). Heavy loops, large JSON parsing or buffering ' +
    'large bodies push a request over, and the CDN answers with its own error.',
  fixedBy: 'site-owner',
  layer: 'cdn',
  when: [
    { id: 'code-1102', code: ['1102'], weight: 10, because: 'Cloudflare error 1102: the Worker exceeded its CPU time or memory limit.' },
    { id: 'aws-cloudfront-503-blame-cdn-config', generator: ['aws-cloudfront'], status: [503], blame: ['cdn-config'], weight: 3, because: 'CloudFront 503 from a function: a Lambda@Edge limit may have been exceeded.' },
    { id: 'overloaded-blame-cdn-config', blame: ['cdn-config'], failure: ['overloaded'], weight: 5, because: 'The edge function ran out of its resources.' },
    { id: 'not-code-1101', code: ['1101'], weight: -3, because: 'Error 1101 is an exception thrown by the code, not a resource limit.' },
  ],
  steps: [
    {
      id: 'retry-later',
      title: 'Retry in a little while',
      detail: "The site's code on its CDN hit a limit, often under load. Retry shortly; if it keeps failing, send the support summary to the site owner.",
      audience: 'visitor',
      intent: 'retry',
    },
    {
      id: 'cpu-time',
      title: 'Find the Worker requests that use the most CPU',
      detail: 'Workers logs show the CPU time of each invocation; profile the Worker locally with DevTools to find the expensive code.',
      audience: 'owner',
      kind: 'check',
      command: 'npx wrangler tail WORKER_NAME --format json',
      appliesTo: { present: ['cloudflare'] },
    },
    {
      id: 'stream-not-buffer',
      title: 'Stream bodies through the Worker instead of buffering them',
      detail: 'Pass bodies through with streams (TransformStream) rather than reading them whole, and avoid large globals. On the Workers Paid plan the CPU limit per request can be raised.',
      audience: 'owner',
      kind: 'fix',
      appliesTo: { present: ['cloudflare'] },
    },
    {
      id: 'lambda-quotas',
      title: 'Check the Lambda@Edge throttles and quotas',
      detail: 'Look at throttles and concurrent executions in CloudWatch for the function, and request a quota increase if the load is legitimate.',
      audience: 'owner',
      kind: 'check',
      appliesTo: { present: ['aws-cloudfront'] },
    },
    {
      id: 'platform-usage',
      title: 'Compare the function\'s usage with the platform\'s limits',
      detail: "The platform's usage or metrics view shows CPU time, memory and concurrent runs per function; compare them with the plan's limits at the time of the error.",
      audience: 'owner',
      kind: 'check',
      appliesTo: { absent: ['cloudflare', 'aws-cloudfront'] },
    },
  ],
  sources: [
    'https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-1xxx-errors/error-1102/',
    'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/http-503-service-unavailable.html (Lambda@Edge limit exceeded)',
  ],
});
