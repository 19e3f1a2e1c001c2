// The CDN / proxy failed by itself (its own plain 5xx, a data-centre traffic shift). Seed: Cloudflare
// 502/504 FAQ (plain page with "cloudflare" at the bottom: traceroute + /cdn-cgi/trace + ticket).
import { defineCause } from '../knowledge/cause';

export default defineCause({
  id: 'edge-internal-error',
  title: 'The CDN or proxy itself failed',
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
    { id: 'not-blame-elsewhere', blame: ['origin', 'upstream-app', 'reverse-proxy', 'client', 'none', 'cdn-config'], weight: -5, because: 'Another hop is blamed, not the edge.' },
  ],
  steps: [
    {
      id: 'trace',
      title: 'Collect the edge trace',
      detail: 'Open https://{host}/cdn-cgi/trace (Cloudflare) and keep its output: it shows the data centre (colo) that served you.',
      audience: 'visitor',
      command: 'curl -s https://{host}/cdn-cgi/trace',
    },
    {
      id: 'traceroute',
      title: 'Run a traceroute to the site',
      detail: 'Cloudflare asks for a traceroute from the affected machine together with the trace output. On Windows: tracert {host}.',
      audience: 'visitor',
      command: 'mtr -rwzc 50 {host}',
    },
    {
      id: 'retry-later',
      title: 'Retry in a few minutes',
      detail: 'Edge incidents and traffic shifts usually clear quickly.',
      audience: 'visitor',
    },
    {
      id: 'provider-status',
      title: 'Check the provider\'s status page',
      detail: 'Cloudflare: https://www.cloudflarestatus.com; AWS: https://health.aws.amazon.com; Akamai, Fastly and others have their own.',
      audience: 'owner',
    },
    {
      id: 'open-ticket',
      title: 'Open a ticket with the provider',
      detail: 'Include the time in UTC, the URL, the request id (cf-ray, x-amz-cf-id, Reference #), the /cdn-cgi/trace output, the traceroute and a HAR file.',
      audience: 'owner',
    },
  ],
  sources: [
    'https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-502-504/ (Cloudflare 502/504 FAQ)',
    'https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-502-504/',
    'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/http-503-service-unavailable.html',
  ],
});
