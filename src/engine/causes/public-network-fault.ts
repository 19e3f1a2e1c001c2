// Jitter or a faulty link on the public internet, between visitor and proxy or proxy and origin.
// Seed: Tencent Anti-DDoS cause 3; Cloudflare FAQ (traceroute from the visitor's machine).
import { defineCause } from '../knowledge/cause';

const TENCENT = ['tencent-anti-ddos', 'tencent-waf', 'tencent-edgeone'] as const;

export default defineCause({
  id: 'public-network-fault',
  title: 'Packet loss or jitter on the public internet',
  summary: 'Packets are lost or delayed on the internet between the visitor, the proxy and the server, so requests fail now and then.',
  why:
    'Poor public network quality — congestion, a flapping link, a bad peering point between ISPs — drops or ' +
    'delays packets. Requests then fail intermittently with 502 / 504, or with browser network errors, and the ' +
    'failures come and go with the route rather than with the server\'s load.',
  fixedBy: 'provider',
  layer: 'none',
  when: [
    { id: 'tencent-502-504', generator: [...TENCENT], status: [502, 504], weight: 2, because: 'Tencent Cloud lists network jitter and faulty public links as a cause of 502.' },
    { id: 'unreachable-timeout-blame-origin-unknown', blame: ['origin', 'unknown'], failure: ['unreachable', 'timeout'], weight: 1, because: 'A timeout or unreachable hop can come from the network rather than a server.' },
    { id: 'status-0', status: [0], weight: 3, because: 'No HTTP response arrived at all: the connection failed on the network.' },
    { id: 'not-refused-etc', failure: ['refused', 'invalid-response', 'tls', 'dns', 'no-healthy-upstream', 'blocked', 'challenge', 'maintenance'], weight: -3, because: 'A specific answer from a server came back, so the network carried it.' },
    { id: 'not-blame-elsewhere', blame: ['client', 'cdn-config', 'none', 'upstream-app', 'reverse-proxy'], weight: -3, because: 'The page names the hop that failed, and it is not the network.' },
  ],
  steps: [
    {
      id: 'visitor-other-network',
      title: 'Try another network and retry',
      detail: 'Switch between Wi-Fi and mobile data, or retry a bit later. If it only fails on one network, tell that ISP.',
      audience: 'visitor',
      intent: 'other-network',
    },
    {
      id: 'visitor-trace',
      title: 'Run a trace to the site and send it with the support summary',
      detail: 'A trace shows where on the way packets are lost. On Windows use tracert {host}.',
      audience: 'visitor',
      intent: 'tell-owner',
      command: 'mtr -rwzc 50 {host}',
    },
    {
      id: 'tencent-cat-probe',
      title: 'Probe both legs with Tencent Cloud\'s monitoring',
      detail: 'Tencent suggests its CAT dial-testing platform: probe the protected address and the origin address from several regions and carriers to see on which leg the loss sits.',
      audience: 'owner',
      kind: 'check',
      appliesTo: { present: [...TENCENT] },
    },
    {
      id: 'monitor-paths',
      title: 'Monitor both legs from several regions',
      detail: 'Probe the proxy address and the origin address from several networks with a multi-region monitor; loss on one leg only tells you whose network to look at.',
      audience: 'owner',
      kind: 'check',
      command: 'mtr -rwzc 100 {host}; mtr -rwzc 100 ORIGIN_IP',
      appliesTo: { absent: [...TENCENT] },
    },
    {
      id: 'report-loss',
      title: 'Hand the loss reports to the ISP or hosting provider',
      detail: 'Send the traces with times and the affected regions to the network whose hops show the loss; ask the hosting provider to reroute if the loss sits at its edge.',
      audience: 'owner',
      kind: 'fix',
    },
  ],
  sources: [
    'https://www.tencentcloud.com/document/product/1213/56657 (Tencent Cloud Anti-DDoS Advanced 502 FAQ, cause 3: network jitter, CAT monitoring)',
    'https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-502-504/ (Cloudflare 502/504 FAQ: traceroute from the affected machine)',
  ],
});
