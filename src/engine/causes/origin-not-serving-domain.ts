// The server at the origin IP does not serve this host name (no virtual host, wrong default site,
// stale DNS after a move). Seed: Cloudflare 502/504 FAQ reason 1.
import { defineCause } from '../knowledge/cause';

export default defineCause({
  id: 'origin-not-serving-domain',
  title: 'The origin server is not configured for this domain name',
  why:
    'A proxy forwards with the visitor\'s Host header (and TLS SNI). If the server at the target address has no ' +
    'virtual host for that name — the site moved, DNS changed and old records are still cached (TTL), a server block ' +
    'was removed, a shared host no longer carries the domain — it answers with a default site, 404, 421 or a ' +
    'gateway error of its own, which the proxy passes on as 502 / 504.',
  fixedBy: 'site-owner',
  layer: 'reverse-proxy',
  when: [
    { id: 'behind-cloudflare-502-504-blame-many', inPath: ['cloudflare'], status: [502, 504], blame: ['origin', 'upstream-app', 'reverse-proxy'], weight: 4, because: 'Cloudflare passed on a 502/504 from the origin; Cloudflare\'s first suspect is an origin not configured for the requested domain.' },
    { id: 'status-421', status: [421], weight: 7, because: '421 Misdirected Request: the server reached does not serve this host name.' },
    { id: 'behind-edge-providers-502-504-blame-origin-reverse-proxy', inPath: ['aws-cloudfront', 'akamai', 'fastly', 'azure-front-door', 'huawei-waf', 'tencent-anti-ddos', 'alibaba-waf'], status: [502, 504], blame: ['origin', 'reverse-proxy'], weight: 2, because: 'A proxy relayed a gateway error from the origin; a host name the origin does not serve is one reason.' },
    { id: 'not-cloudflare-code-1016-530', generator: ['cloudflare'], status: [530], code: ['1016'], weight: -3, because: 'This is a DNS failure at the edge, before any origin server is asked.' },
    { id: 'not-blame-elsewhere', blame: ['edge', 'client', 'cdn-config', 'none'], weight: -4, because: 'The failing hop is not the origin\'s site configuration.' },
  ],
  steps: [
    {
      id: 'request-with-host',
      title: 'Ask the origin for this host name directly',
      detail: 'A default page, 404, 421 or a different site means the origin has no virtual host for the name.',
      audience: 'owner',
      command: 'curl -sv --resolve {host}:443:ORIGIN_IP https://{host}/ -o /dev/null',
    },
    {
      id: 'list-vhosts',
      title: 'List the names the web server serves',
      detail: 'nginx -T prints the full configuration; Apache: apachectl -S.',
      audience: 'owner',
      command: "nginx -T 2>/dev/null | grep -E '^\\s*server_name'",
    },
    {
      id: 'dns-ttl',
      title: 'Check for stale DNS after a move',
      detail: 'Compare the origin record on the proxy and in public DNS with the new server; old answers live for the record\'s TTL.',
      audience: 'owner',
      command: 'dig {host} +noall +answer',
    },
    {
      id: 'tell-owner',
      title: 'Tell the site owner',
      detail: 'The site\'s server is not set up for this address. Send the support summary to the site owner or their hosting provider.',
      audience: 'visitor',
    },
  ],
  sources: [
    'https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-502-504/ (Cloudflare 502/504 FAQ, reason 1)',
    'https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-502-504/',
  ],
});
