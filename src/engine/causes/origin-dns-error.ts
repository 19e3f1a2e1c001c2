// The edge cannot resolve the origin host name. Cloudflare 530 + 1016, CloudFront 502
// NonS3OriginDnsError, Akamai ERR_DNS_FAIL.
import { defineCause } from '../knowledge/cause';

export default defineCause({
  id: 'origin-dns-error',
  title: "The proxy cannot resolve the origin's host name",
  summary: 'The CDN in front of the site looks up the name of the site\'s server and finds no address, so it has nowhere to send requests.',
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
    { id: 'not-code-1033', code: ['1033'], weight: -6, because: 'Error 1033 is a Cloudflare Tunnel that is not connected: the origin is reached through the tunnel, not through a DNS record.' },
    { id: 'not-blame-elsewhere', blame: ['client', 'none', 'upstream-app'], weight: -4, because: 'The page puts the fault in the request, in the application behind the origin, or nowhere: name resolution at the edge worked.' },
  ],
  steps: [
    {
      id: 'resolve-origin',
      title: 'Resolve the origin name the proxy uses',
      detail: 'Replace ORIGIN_HOSTNAME with the CNAME target or origin host configured on the proxy. NXDOMAIN or an empty answer is the fault.',
      audience: 'owner',
      kind: 'check',
      command: 'dig +short ORIGIN_HOSTNAME; dig ORIGIN_HOSTNAME @1.1.1.1 +noall +answer +comments',
    },
    {
      id: 'check-records',
      title: 'Cloudflare: check the records the origin depends on',
      detail: 'The DNS app must have an A/AAAA record with a valid IP, or a CNAME to a resolvable name; Load Balancer pools and SaaS fallback origins must resolve too.',
      audience: 'owner',
      kind: 'check',
      appliesTo: { present: ['cloudflare'] },
    },
    {
      id: 'public-view',
      title: 'Compare with public DNS',
      detail: 'What visitors resolve for the site itself.',
      audience: 'owner',
      kind: 'check',
      command: 'dig +short {host}',
    },
    {
      id: 'fix-origin-record',
      title: 'Point the origin at a name that resolves',
      detail: 'Create the missing A/AAAA record, or change the CNAME target or origin host on the proxy to a name that resolves to the server; a record deleted or renamed at the DNS provider leaves the name empty.',
      audience: 'owner',
      kind: 'fix',
    },
    {
      id: 'tell-owner',
      title: 'Tell the site owner',
      detail: 'The site\'s DNS setup is broken on the provider side. Send the support summary to the site owner.',
      audience: 'visitor',
      intent: 'tell-owner',
    },
  ],
  sources: [
    'https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-530/',
    'https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-1xxx-errors/error-1016/',
    'https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-1xxx-errors/error-1033/ (1033: Cloudflare Tunnel not connected)',
    'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/http-502-bad-gateway.html (NonS3OriginDnsError)',
  ],
});
