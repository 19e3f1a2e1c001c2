// The visitor exceeded a rate-limiting rule at the edge. Cloudflare 1015 (429), API Gateway
// throttling, generic 429 pages. A 429 that carries a browser check is browser-challenge.
import { defineCause } from '../knowledge/cause';

export default defineCause({
  id: 'visitor-rate-limited',
  title: 'The visitor sent more requests than the site\'s rate limit allows',
  summary: 'Too many requests came from this visitor or their shared address in a short time, so the site refuses more for a while.',
  why:
    'The site owner set a rate-limiting rule at the edge (Cloudflare rate limiting rules, a WAF rate rule, API ' +
    'Gateway throttling). This visitor — or everyone behind the same IP address, as in offices, mobile carriers ' +
    'and VPNs — exceeded it, so the edge answers 429 (Cloudflare: error 1015) for a while. Nothing is broken.',
  fixedBy: 'visitor',
  layer: 'waf',
  when: [
    { id: 'code-1015', code: ['1015'], weight: 10, because: 'Cloudflare error 1015: you are being rate limited.' },
    { id: 'rate-limited-blame-many', failure: ['rate-limited'], blame: ['none', 'client', 'edge'], weight: 7, because: 'The page says the request was rate limited by a rule.' },
    { id: 'status-429', status: [429], weight: 4, because: '429 Too Many Requests.' },
    { id: 'not-challenge', failure: ['challenge'], weight: -6, because: 'The answer is a browser check, not a rate limit: a browser that passes the check gets through.' },
    { id: 'not-blame-elsewhere', blame: ['origin', 'upstream-app', 'reverse-proxy'], weight: -4, because: 'The page reports a server behind the proxy that failed, not a limit on the visitor.' },
  ],
  steps: [
    {
      id: 'wait',
      title: 'Wait, then try again slowly',
      detail: 'Stop reloading for a few minutes: retrying quickly can extend the block. Close extra tabs and pause scripts or extensions that poll the site.',
      audience: 'visitor',
      intent: 'retry',
    },
    {
      id: 'contact-site',
      title: 'Contact the site if it persists',
      detail: 'Only the site owner controls the limit. Send the support summary (it includes the request ID).',
      audience: 'visitor',
      intent: 'tell-owner',
    },
    {
      id: 'review-rule',
      title: 'Find the rate-limiting event in Cloudflare Security Events',
      detail: 'Search Security > Events for the Ray ID or the client IP: the event names the rate limiting rule, its threshold and its period.',
      audience: 'owner',
      kind: 'check',
      appliesTo: { present: ['cloudflare'] },
    },
    {
      id: 'cloudflare-lengthen-period',
      title: 'Lengthen the rule\'s period rather than tightening it',
      detail: 'A very short period (1 s) throttles normal browsing, which loads many assets at once; Cloudflare suggests a period of 10 s or more with a matching threshold.',
      audience: 'owner',
      kind: 'fix',
      appliesTo: { present: ['cloudflare'] },
    },
    {
      id: 'api-gateway-throttling',
      title: 'Compare the API Gateway throttling limits with the traffic',
      detail: 'API Gateway answers 429 when the account, stage, method or usage plan\'s rate or burst limit is exceeded; compare those limits with the request count in CloudWatch at the time.',
      audience: 'owner',
      kind: 'check',
      appliesTo: { present: ['aws-api-gateway'] },
    },
    {
      id: 'find-rate-rule',
      title: 'Find the rule that answered 429',
      detail: 'Search the firewall\'s or gateway\'s log for the request ID or the client IP at that time, and read the threshold and period of the rule that matched.',
      audience: 'owner',
      kind: 'check',
      appliesTo: { absent: ['cloudflare', 'aws-api-gateway'] },
    },
    {
      id: 'allow-for-shared-addresses',
      title: 'Set per-address limits with shared addresses in mind',
      detail: 'Offices, mobile carriers and VPNs put many visitors behind one address: raise per-IP thresholds, or count by session or API key where the rule allows it.',
      audience: 'owner',
      kind: 'fix',
    },
  ],
  sources: [
    'https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-1xxx-errors/error-1015/ (1015; period of 10 s or more)',
    'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-request-throttling.html (account, stage, method and usage-plan throttling; 429)',
  ],
});
