// Fault on the link between the public network and the origin (routing, intermediate equipment).
// Seeds: Tencent Anti-DDoS cause 2.5 (measure 5); Cloudflare 523 (no route to the origin).
import { defineCause } from '../knowledge/cause';

export default defineCause({
  id: 'origin-network-path-fault',
  title: 'The network path between the proxy and the origin is broken',
  summary: 'A router, route or device between the proxy and the origin loses the traffic, so the origin cannot be reached.',
  why:
    'Between the proxy\'s forwarding addresses and the origin sit routers, firewalls and NAT gateways of the ' +
    'hosting provider and its upstreams. A missing or wrong route (for example an over-broad VPC route that ' +
    'captures Cloudflare\'s 172.64.0.0/13), a failing link or a misbehaving device in between makes the origin ' +
    'unreachable or lossy from the proxy, though it may be fine from elsewhere: 502 / 504 / 522 / 523.',
  fixedBy: 'site-owner',
  layer: 'unknown',
  when: [
    { id: 'cloudflare-523', generator: ['cloudflare'], status: [523], weight: 7, because: 'Cloudflare 523: a network device between Cloudflare and the origin has no route to the origin\'s address.' },
    { id: 'unreachable-blame-origin', blame: ['origin'], failure: ['unreachable'], weight: 5, because: 'The origin is unreachable from the proxy at the network level.' },
    { id: 'timeout-blame-origin', blame: ['origin'], failure: ['timeout'], weight: 2, because: 'Connections from the proxy to the origin time out, as on a lossy or broken path.' },
    { id: 'cloudflare-522', generator: ['cloudflare'], status: [522], weight: 2, because: 'Cloudflare 522: packets dropped on the way to the origin are a listed cause.' },
    { id: 'edge-providers-502-504', generator: ['tencent-anti-ddos', 'tencent-waf', 'huawei-waf', 'alibaba-waf'], status: [502, 504], weight: 2, because: 'A protection service could not reach the origin; a faulty link between the public network and the origin is a listed reason.' },
    { id: 'caddy-504-at-dial-timeout', generator: ['caddy'], status: [504], elapsedMs: { min: 2700, max: 3600 }, weight: 7, because: 'Caddy answered 504 after about 3 s, its dial_timeout: its connection to the backend never opened, as when packets are lost or dropped on the way.' },
    { id: 'traefik-504-at-dial-timeout', generator: ['traefik'], status: [504], elapsedMs: { min: 27000, max: 33000 }, weight: 7, because: 'Traefik answered 504 after about 30 s, its dialTimeout: its connection to the backend never opened.' },
    { id: 'cdns-timeout-unreachable-blame-origin', generator: ['aws-cloudfront', 'akamai', 'fastly'], blame: ['origin'], failure: ['timeout', 'unreachable'], weight: 2, because: 'The CDN could not reach the origin over the network.' },
    { id: 'not-refused-etc', failure: ['refused', 'tls', 'dns'], weight: -3, because: 'The origin refused the connection or got as far as TLS, so packets do reach it (or the name never resolved, before any packet left).' },
    { id: 'not-blame-elsewhere', blame: ['edge', 'client', 'cdn-config', 'none'], weight: -4, because: 'The failing hop is the edge or the request itself, not the path to the origin.' },
  ],
  steps: [
    {
      id: 'cloudflare-mtr',
      appliesTo: { present: ['cloudflare'], notStack: ['managed-platform', 'windows'] },
      title: 'Cloudflare: trace from the origin to a Cloudflare address',
      detail: 'Cloudflare support asks for an MTR from the origin to a Cloudflare address that used to connect (take one from the access log). Loss that starts at one hop and continues to the end is the fault.',
      audience: 'owner',
      kind: 'check',
      command: 'mtr -rwzc 50 CLOUDFLARE_IP',
    },
    {
      id: 'mtr-from-origin',
      appliesTo: { notStack: ['managed-platform', 'windows'] },
      title: 'Trace from the origin toward the proxy',
      detail: 'Take an address the proxy connects from (the access log shows them). Loss that starts at one hop and continues to the end is the fault.',
      audience: 'owner',
      kind: 'check',
      command: 'mtr -rwzc 50 PROXY_IP',
    },
    {
      id: 'mtr-to-origin',
      title: 'Trace from outside toward the origin',
      detail: 'Compare with a trace from a machine near the proxy\'s region: a path that works from one and not the other narrows the fault to a network in between.',
      audience: 'owner',
      kind: 'check',
      command: 'mtr -rwzc 50 ORIGIN_IP',
    },
    {
      id: 'check-routes',
      appliesTo: { notStack: ['managed-platform', 'windows'] },
      title: "Check the origin's routing table",
      detail: 'The reply to the proxy must leave through the interface and gateway it came in on.',
      audience: 'owner',
      kind: 'check',
      command: 'ip route get PROXY_IP; ip route show',
    },
    {
      id: 'cloudflare-vpc-route',
      appliesTo: { present: ['cloudflare'] },
      title: 'Cloudflare: look for routes that capture its ranges',
      detail: 'A cloud route table entry that sends 172.64.0.0/13 (or another Cloudflare range) to a private target makes the origin answer Cloudflare on the wrong path; add a more specific route to the internet gateway.',
      audience: 'owner',
      kind: 'fix',
    },
    {
      id: 'isp-ticket',
      title: 'Ask the hosting provider or network operator to check the link',
      detail: 'Send both traces with their times. Moving the origin to another line or region, if you have one, confirms that the link is the fault.',
      audience: 'owner',
      kind: 'fix',
    },
  ],
  sources: [
    'https://github.com/caddyserver/caddy/pull/4436 (reverse_proxy dial_timeout 3 s)',
    'https://doc.traefik.io/traefik/master/reference/routing-configuration/http/load-balancing/serverstransport (dialTimeout 30 s)',
    'https://www.tencentcloud.com/document/product/1213/56657 (Tencent Cloud Anti-DDoS Advanced 502 FAQ, cause 2.5, measure 5)',
    'https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-523/',
    'https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-522/',
  ],
});
