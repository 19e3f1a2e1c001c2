// The CDN / proxy failed by itself (its own plain 5xx, a data-centre traffic shift). Seed: Cloudflare
// 502/504 FAQ (plain page with "cloudflare" at the bottom: traceroute + /cdn-cgi/trace + ticket).
import { defineCause } from '../knowledge/cause';

export default defineCause({
  id: 'edge-internal-error',
  title: 'The CDN or proxy itself failed',
  summary: "The CDN or proxy in front of the site failed on its own side before it could reach the site's server.",
  why:
    'Sometimes the edge fails before it even contacts the origin: an internal error, an overloaded data centre ' +
    'whose traffic is being moved elsewhere, a platform incident. The page is the provider\'s own plain error ' +
    '(Cloudflare: a bare page with "cloudflare" at the bottom, not the branded Browser / Cloudflare / Host diagram). ' +
    'Only the provider can fix it; usually it passes within minutes.',
  fixedBy: 'provider',
  layer: 'cdn',
  when: [
    { id: 'blame-edge', blame: ['edge'], weight: 6, because: 'The page says the edge itself failed, not the origin.' },
    { id: 'cloudflare-5xx-blame-edge', generator: ['cloudflare'], blame: ['edge'], status: [500, 502, 503, 504], weight: 4, because: 'A plain Cloudflare 5xx page (with "cloudflare" at the bottom) comes from Cloudflare itself.' },
    { id: 'aws-cloudfront-503-blame-edge', generator: ['aws-cloudfront'], status: [503], blame: ['edge'], weight: 3, because: 'CloudFront 503 can mean resource constraints at the edge location.' },
    { id: 'cdn-500-blame-edge-unknown', layer: ['cdn'], status: [500], blame: ['edge', 'unknown'], weight: 2, because: 'A CDN answered 500 by itself.' },
    { id: 'not-blame-elsewhere', blame: ['origin', 'upstream-app', 'reverse-proxy', 'client', 'none', 'cdn-config'], weight: -5, because: 'The page names another hop, the request or the site\'s own edge settings as the cause; the edge relayed or applied it rather than failing itself.' },
  ],
  steps: [
    {
      id: 'retry-later',
      title: 'Retry in a few minutes',
      detail: 'Edge incidents and traffic shifts usually clear quickly.',
      audience: 'visitor',
      intent: 'retry',
    },
    {
      id: 'trace',
      title: 'Send the edge trace to the site owner',
      detail: 'Open https://{host}/cdn-cgi/trace and send its output with the support summary: it shows the Cloudflare data centre (colo) that served you, which Cloudflare support asks for.',
      audience: 'visitor',
      intent: 'tell-owner',
      command: 'curl -s https://{host}/cdn-cgi/trace',
      appliesTo: { present: ['cloudflare'] },
    },
    {
      id: 'cloudflare-status',
      title: 'Check the Cloudflare status page for the data centre',
      detail: 'https://www.cloudflarestatus.com lists incidents and maintenance per data centre; compare with the colo in the /cdn-cgi/trace output.',
      audience: 'owner',
      kind: 'check',
      appliesTo: { present: ['cloudflare'] },
    },
    {
      id: 'aws-health',
      title: 'Check the AWS Health Dashboard for CloudFront',
      detail: 'https://health.aws.amazon.com shows CloudFront incidents; the account\'s own Health view also lists events that affect its distributions.',
      audience: 'owner',
      kind: 'check',
      appliesTo: { present: ['aws-cloudfront'] },
    },
    {
      id: 'provider-status',
      title: 'Check the provider\'s status page',
      detail: 'Look for an incident or maintenance at the provider at the time of the error, in the region the visitor was served from.',
      audience: 'owner',
      kind: 'check',
      appliesTo: { absent: ['cloudflare', 'aws-cloudfront'] },
    },
    {
      id: 'traceroute',
      title: 'Get a traceroute from an affected machine',
      detail: 'Provider support asks for a traceroute from a machine that sees the error, with the time: it shows which edge location the visitor reaches. On Windows: tracert {host}.',
      audience: 'owner',
      kind: 'check',
      command: 'mtr -rwzc 50 {host}',
    },
    {
      id: 'open-ticket',
      title: 'Open a ticket with the provider',
      detail: 'Include the time in UTC, the URL, the request ID from the support summary, the traceroute and a HAR file of the failing request.',
      audience: 'owner',
      kind: 'fix',
    },
  ],
  sources: [
    'https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-502-504/ (Cloudflare 502/504 FAQ: plain page, traceroute and /cdn-cgi/trace for support)',
    'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/http-503-service-unavailable.html',
  ],
});
