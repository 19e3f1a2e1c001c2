// The visitor's own address (or its ISP) is blocked by the cloud provider's security layer, or the
// provider's address is intercepted by the visitor's ISP. Seed: Alibaba SLB cause 2.
import { defineCause } from '../knowledge/cause';

export default defineCause({
  id: 'client-ip-blocked-by-provider',
  title: "The visitor's IP address or network is blocked by the provider's security layer",
  why:
    'Cloud security layers (Alibaba Cloud Security, anti-DDoS scrubbing, a CDN\'s reputation lists) block ' +
    'addresses that took part in attacks or abnormal activity, and some ISPs intercept certain provider ' +
    'addresses. Only visitors on the affected address or network fail; everyone else, and the same visitor on ' +
    'another network, gets the site.',
  fixedBy: 'provider',
  layer: 'unknown',
  when: [
    { id: 'alibaba-blocked', generator: ['alibaba-slb', 'alibaba-waf', 'alibaba-cdn'], failure: ['blocked'], weight: 7, because: 'An Alibaba Cloud layer blocked this request: the client address being blocked by Alibaba Cloud Security is a listed cause.' },
    { id: 'alibaba-slb-or-alibaba-waf-500-502-504', generator: ['alibaba-slb', 'alibaba-waf'], status: [500, 502, 504], weight: 2, because: 'Alibaba Cloud lists a client IP blocked by Alibaba Cloud Security as one cause of 5xx behind SLB.' },
    { id: 'anti-ddos-waf-blocked-blame-none', layer: ['anti-ddos', 'waf'], failure: ['blocked'], blame: ['none'], weight: 4, because: 'A security layer blocked this visitor rather than the site failing.' },
    { id: 'cloudflare-code-1005-to-1009', generator: ['cloudflare'], code: ['1005', '1006', '1007', '1008', '1009'], weight: 8, because: 'A Cloudflare 1005-1009 page: the visitor\'s IP, network (ASN) or country is banned.' },
    { id: 'blocked-blame-none-edge', failure: ['blocked'], blame: ['none', 'edge'], weight: 2, because: 'The request was blocked, not failed.' },
    { id: 'not-blame-elsewhere', blame: ['origin', 'upstream-app', 'reverse-proxy'], weight: -3, because: 'The origin side failed, which does not depend on who the visitor is.' },
  ],
  steps: [
    {
      id: 'try-other-network',
      title: 'Try another network',
      detail: 'Open the site over mobile data or another ISP. If it works there, your address or network is blocked; send the support summary (with your public IP, shown at https://ifconfig.me) to the site owner.',
      audience: 'visitor',
    },
    {
      id: 'compare-clients',
      title: 'Check whether all clients fail or only some',
      detail: 'Test from a few networks / regions. If only some clients fail, ask the provider (Alibaba Cloud: open a ticket; they confirm blocking by packet capture) whether the client address is blocked, and the ISP whether the service address is intercepted.',
      audience: 'owner',
      command: 'mtr -rwzc 50 {host}',
    },
    {
      id: 'check-security-events',
      title: 'Search the security events for the visitor address',
      detail: 'In the WAF / anti-DDoS console search the events for the visitor IP and the request id from the support summary, then allow it if the block is wrong.',
      audience: 'owner',
    },
  ],
  sources: [
    'https://www.alibabacloud.com/help/doc-detail/55207.htm (Alibaba Cloud SLB FAQ, cause 2 and troubleshooting step 3)',
    'https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-1xxx-errors/error-1006/',
  ],
});
