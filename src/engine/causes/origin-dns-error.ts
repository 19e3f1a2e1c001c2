// The edge cannot resolve the origin host name. Cloudflare 530 + 1016, CloudFront 502
// NonS3OriginDnsError, Akamai ERR_DNS_FAIL.
import { defineCause } from '../knowledge/cause';

export default defineCause({
  id: 'origin-dns-error',
  title: "The proxy cannot resolve the origin's host name",
  why:
    'When the origin is configured as a host name (a CNAME target, a load balancer name, an origin record), the ' +
    'edge must resolve it before connecting. A missing A record, a CNAME to a name that no longer exists, a ' +
    'broken DNS provider, or an unfinished custom-hostname setup leaves it nowhere to go: Cloudflare answers 530 ' +
    'with error 1016 "Origin DNS error", CloudFront 502 (NonS3OriginDnsError), Akamai ERR_DNS_FAIL.',
  fixedBy: 'site-owner',
  layer: 'unknown',
  when: [
    { id: 'code-1016', code: ['1016'], weight: 10, because: 'Cloudflare error 1016: origin DNS error.' },
    { id: 'cloudflare-530', generator: ['cloudflare'], status: [530], weight: 5, because: 'Cloudflare 530 carries a 1xxx error, most often 1016 (origin DNS error).' },
    { id: 'dns-blame-origin-cdn-config', failure: ['dns'], blame: ['origin', 'cdn-config'], weight: 7, because: 'The edge could not resolve the origin\'s name.' },
    { id: 'dns', failure: ['dns'], weight: 3, because: 'The failure is a DNS failure.' },
    { id: 'aws-cloudfront-502-dns', generator: ['aws-cloudfront'], status: [502], failure: ['dns'], weight: 3, because: 'CloudFront 502 with a DNS error: the origin domain does not resolve.' },
    { id: 'not-code-1033', code: ['1033'], weight: -6, because: 'Error 1033 is a Cloudflare Tunnel that is not connected, not a DNS record problem.' },
    { id: 'not-blame-elsewhere', blame: ['client', 'none', 'upstream-app'], weight: -4, because: 'The failing hop is not name resolution at the edge.' },
  ],
  steps: [
    {
      id: 'resolve-origin',
      title: 'Resolve the origin name the proxy uses',
      detail: 'Replace ORIGIN_HOSTNAME with the CNAME target or origin host configured on the proxy. NXDOMAIN or an empty answer is the fault.',
      audience: 'owner',
      command: 'dig +short ORIGIN_HOSTNAME; dig ORIGIN_HOSTNAME @1.1.1.1 +noall +answer +comments',
    },
    {
      id: 'check-records',
      title: 'Check the records on the proxy',
      detail: 'Cloudflare: the DNS app must have an A/AAAA record with a valid IP, or a CNAME to a resolvable name; Load Balancer pools and SaaS fallback origins must resolve too.',
      audience: 'owner',
    },
    {
      id: 'public-view',
      title: 'Compare with public DNS',
      detail: 'What visitors resolve for the site itself.',
      audience: 'owner',
      command: 'dig +short {host}',
    },
    {
      id: 'tell-owner',
      title: 'Tell the site owner',
      detail: 'The site\'s DNS setup is broken on the provider side. Send the support summary to the site owner.',
      audience: 'visitor',
    },
  ],
  sources: [
    'https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-530/',
    'https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-1xxx-errors/error-1016/',
    'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/http-502-bad-gateway.html (NonS3OriginDnsError)',
  ],
});
