// The visitor's own address, network or country is blocked, and the page says so (Cloudflare
// 1005-1009: ASN, IP or country banned), or the provider lists an address block among the causes of
// its 5xx (Alibaba Cloud SLB FAQ, cause 2). A rule block that matched what the request contained
// (Sucuri XSS027, EdgeOne 566, Alibaba WAF 405) is blocked-by-waf-rule: changing the network does
// not help there, so nothing here fires on a block page that does not name the address.
import { defineCause } from '../knowledge/cause';

export default defineCause({
  id: 'client-ip-blocked-by-provider',
  title: "The visitor's IP address or network is blocked by the provider's security layer",
  summary: "The visitor's IP address, network or country is on a block list, so every request from it is refused.",
  why:
    'Security layers block by address as well as by content: a site owner bans an IP, a network (ASN) or a ' +
    'country, and cloud security services (Alibaba Cloud Security, anti-DDoS scrubbing, a CDN\'s reputation ' +
    'lists) block addresses that took part in attacks. Some ISPs also intercept certain provider addresses. ' +
    'Only visitors on the affected address or network fail; the same visitor on another network gets the site.',
  fixedBy: 'provider',
  layer: 'unknown',
  when: [
    { id: 'cloudflare-code-1005-to-1009', generator: ['cloudflare'], code: ['1005', '1006', '1007', '1008', '1009'], weight: 10, because: "A Cloudflare 1005-1009 page: the site bans the visitor's IP address, network (ASN) or country." },
    { id: 'behind-alibaba-500-502-504', inPath: ['alibaba-slb', 'alibaba-waf'], status: [500, 502, 504], weight: 2, because: 'Alibaba Cloud lists a client IP blocked by Alibaba Cloud Security as one cause of 5xx behind its load balancer and WAF.' },
  ],
  steps: [
    {
      id: 'try-other-network',
      title: 'Try another network',
      detail: 'Open the site over mobile data or another ISP, with any VPN off. If it works there, your address or network is blocked.',
      audience: 'visitor',
      intent: 'other-network',
    },
    {
      id: 'send-ip-to-owner',
      title: 'Send your public IP address to the site owner',
      detail: 'Only the owner (or the provider) can lift an address block. Send the support summary with your public IP address, shown at https://ifconfig.me, and the time.',
      audience: 'visitor',
      intent: 'tell-owner',
    },
    {
      id: 'cloudflare-ip-access-rules',
      title: 'Find the rule that bans the address in Cloudflare',
      detail: 'Errors 1005-1009 come from an IP Access rule, a country or ASN rule or a custom rule. Search Security > Events for the Ray ID on the page, then remove or narrow the rule that matched.',
      audience: 'owner',
      kind: 'check',
      appliesTo: { present: ['cloudflare'] },
    },
    {
      id: 'alibaba-compare-clients',
      title: 'Check whether only some clients fail, then ask Alibaba Cloud',
      detail: 'Test from clients of other ISPs. If only some fail, open a ticket: Alibaba Cloud confirms by packet capture whether Alibaba Cloud Security blocks the client address, and the ISP whether it intercepts the service address.',
      audience: 'owner',
      kind: 'check',
      appliesTo: { present: ['alibaba-slb', 'alibaba-waf'] },
    },
    {
      id: 'unblock-address',
      title: 'Lift or narrow the address block',
      detail: 'If the visitor is legitimate, remove the address, network or country from the block list, or allow the one address, and prefer challenges over hard blocks for whole networks.',
      audience: 'owner',
      kind: 'fix',
    },
  ],
  sources: [
    'https://www.alibabacloud.com/help/doc-detail/55207.htm (Alibaba Cloud SLB FAQ, cause 2 and troubleshooting step 3)',
    'https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-1xxx-errors/error-1006/ (1006-1008: IP banned by the site owner)',
    'https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-1xxx-errors/error-1005/ (1005: ASN banned)',
    'https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-1xxx-errors/error-1009/ (1009: country or region banned)',
  ],
});
