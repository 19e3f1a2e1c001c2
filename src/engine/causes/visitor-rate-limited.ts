// The visitor exceeded a rate-limiting rule at the edge. Cloudflare 1015 (429), generic 429 pages.
import { defineCause } from '../knowledge/cause';

export default defineCause({
  id: 'visitor-rate-limited',
  title: 'The visitor sent more requests than the site\'s rate limit allows',
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
    { id: 'not-blame-elsewhere', blame: ['origin', 'upstream-app', 'reverse-proxy'], weight: -4, because: 'A server behind the proxy failed; this is not a visitor limit.' },
  ],
  steps: [
    {
      id: 'wait',
      title: 'Wait, then try again slowly',
      detail: 'Stop reloading for a few minutes: retrying quickly can extend the block. Close extra tabs and pause scripts or extensions that poll the site.',
      audience: 'visitor',
    },
    {
      id: 'contact-site',
      title: 'Contact the site if it persists',
      detail: 'Only the site owner controls the limit. Send the support summary (it includes the request id).',
      audience: 'visitor',
    },
    {
      id: 'review-rule',
      title: 'Review the rate-limiting rule',
      detail: 'Find the event by Ray ID / client IP in Security > Events, and check the threshold and period; a very short period (1 s) throttles normal browsing — Cloudflare suggests 10 s or more. Consider shared IPs (NAT, carriers) when setting per-IP limits.',
      audience: 'owner',
    },
  ],
  sources: ['https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-1xxx-errors/error-1015/'],
});
