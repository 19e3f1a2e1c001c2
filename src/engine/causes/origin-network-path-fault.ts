// Fault on the link between the public network and the origin (routing, intermediate equipment).
// Seeds: Tencent Anti-DDoS cause 2.5 (measure 5); Cloudflare 523 (no route to the origin).
import { defineCause } from '../knowledge/cause';

export default defineCause({
  id: 'origin-network-path-fault',
  title: 'The network path between the proxy and the origin is broken',
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
    { id: 'edge-providers-502-504', generator: ['tencent-anti-ddos', 'tencent-waf', 'huawei-waf', 'alibaba-waf'], status: [502, 504], weight: 2, because: 'A protection service could not reach the origin; Tencent lists a faulty link between the public network and the origin.' },
    { id: 'cdns-timeout-unreachable-blame-origin', generator: ['aws-cloudfront', 'akamai', 'fastly'], blame: ['origin'], failure: ['timeout', 'unreachable'], weight: 2, because: 'The CDN could not reach the origin over the network.' },
    { id: 'not-refused-etc', failure: ['refused', 'invalid-response', 'tls', 'dns'], weight: -3, because: 'The origin answered at the network level, so the path works.' },
    { id: 'not-blame-elsewhere', blame: ['edge', 'client', 'cdn-config', 'none', 'upstream-app'], weight: -4, because: 'The failing hop is not the path to the origin.' },
  ],
  steps: [
    {
      id: 'mtr-from-origin',
      title: 'Trace from the origin toward the proxy',
      detail: 'Cloudflare asks for an MTR from the origin to a Cloudflare IP that used to connect (find one in the access log). Loss that starts at one hop and continues is the fault.',
      audience: 'owner',
      command: 'mtr -rwzc 50 PROXY_IP',
    },
    {
      id: 'mtr-to-origin',
      title: 'Trace from outside toward the origin',
      detail: 'Compare with a trace from a machine near the proxy region.',
      audience: 'owner',
      command: 'mtr -rwzc 50 ORIGIN_IP',
    },
    {
      id: 'check-routes',
      title: 'Check the origin\'s routing tables',
      detail: 'On AWS, make sure no VPC route sends 172.64.0.0/13 (Cloudflare) or other proxy ranges to a private target; add a more specific route to the Internet Gateway if needed.',
      audience: 'owner',
      command: 'ip route get PROXY_IP; ip route show',
    },
    {
      id: 'isp-ticket',
      title: 'Ask the hosting provider or ISP to check the link',
      detail: 'Send both traces and times; Tencent also suggests switching to another line to confirm.',
      audience: 'owner',
    },
  ],
  sources: [
    'https://www.tencentcloud.com/document/product/1213/56657 (Tencent Cloud Anti-DDoS Advanced 502 FAQ, cause 2.5, measure 5)',
    'https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-523/',
    'https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-522/',
  ],
});
