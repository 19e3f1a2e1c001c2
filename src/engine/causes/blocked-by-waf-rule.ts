// A firewall / WAF rule of the site blocked the request. Cloudflare 1020 (Access denied), generic WAF
// block pages (Huawei, Tencent, Alibaba, Imperva, Sucuri, F5 ASM, AWS WAF 403 on ALB / CloudFront).
import { defineCause } from '../knowledge/cause';

export default defineCause({
  id: 'blocked-by-waf-rule',
  title: 'A firewall rule of the site blocked the request',
  why:
    'The site\'s WAF matched the request against a rule — a custom firewall rule (country, IP, user agent, path), ' +
    'a managed attack signature, a bot rule — and blocked it with its own page. The site is up; this request ' +
    'was refused on purpose, sometimes by mistake (a false positive on a form field, a VPN address, an unusual ' +
    'browser extension).',
  fixedBy: 'site-owner',
  layer: 'waf',
  when: [
    { id: 'code-1020', code: ['1020'], weight: 10, because: 'Cloudflare error 1020: access denied by a firewall rule of the site.' },
    { id: 'blocked-blame-none', failure: ['blocked'], blame: ['none'], weight: 7, because: 'The page is a block page: a security rule refused the request.' },
    { id: 'waf-403-406-418', layer: ['waf'], status: [403, 406, 418], weight: 4, because: 'A WAF answered with a refusal status.' },
    { id: 'aws-alb-or-aws-cloudfront-403', generator: ['aws-alb', 'aws-cloudfront'], status: [403], weight: 2, because: 'ALB / CloudFront 403: an AWS WAF web ACL blocked the request.' },
    { id: 'status-403-blame-none', status: [403], blame: ['none'], weight: 2, because: 'The request was refused, not failed.' },
    { id: 'not-blame-elsewhere', blame: ['origin', 'upstream-app', 'reverse-proxy', 'edge'], weight: -4, because: 'A hop failed; a block is intentional.' },
  ],
  steps: [
    {
      id: 'send-block-id',
      title: 'Send the block details to the site',
      detail: 'Include the time, the request / event id shown on the page (Ray ID, incident id, support id) and your IP address. The owner can find the exact rule with them.',
      audience: 'visitor',
    },
    {
      id: 'try-without-vpn',
      title: 'Try without VPN or privacy extensions',
      detail: 'Shared VPN addresses and unusual headers often trip rules. Another network or browser may get through.',
      audience: 'visitor',
    },
    {
      id: 'find-event',
      title: 'Find the matching security event',
      detail: 'Search the WAF event log (Cloudflare: Security > Events) for the request id or client IP at that time; adjust the rule or add an exception (IP Access Rules / allowlist) if it is a false positive.',
      audience: 'owner',
    },
  ],
  sources: [
    'https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-1xxx-errors/error-1020/',
    'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-troubleshooting.html (HTTP 403: AWS WAF)',
  ],
});
