// Cloudflare error 1033: the host is served through a Cloudflare Tunnel and no cloudflared connector
// is connected.
import { defineCause } from '../knowledge/cause';

export default defineCause({
  id: 'cloudflare-tunnel-down',
  title: 'The Cloudflare Tunnel (cloudflared) for this host is not connected',
  summary: "The cloudflared connector that links the site's server to Cloudflare is not running or not connected.",
  why:
    'With Cloudflare Tunnel, the origin has no public address: a cloudflared process on the origin side keeps ' +
    'outbound connections to Cloudflare, and requests travel back through them. If cloudflared is stopped, ' +
    'cannot reach Cloudflare, or the tunnel was deleted, Cloudflare cannot route the request and answers 530 ' +
    'with error 1033.',
  fixedBy: 'site-owner',
  layer: 'cdn',
  when: [
    { id: 'code-1033', code: ['1033'], weight: 10, because: 'Cloudflare error 1033: the tunnel for this host cannot be resolved.' },
    { id: 'cloudflare-530', generator: ['cloudflare'], status: [530], weight: 2, because: 'Cloudflare 530 carries a 1xxx error; 1033 (tunnel down) is one of the common ones.' },
    { id: 'not-code-1016', code: ['1016'], weight: -6, because: 'Error 1016 is an origin DNS record problem, not a tunnel.' },
  ],
  steps: [
    {
      id: 'retry-later',
      title: 'Retry in a few minutes',
      detail: 'The link between the site\'s server and its CDN is down. Retry later; send the support summary to the site owner if it persists.',
      audience: 'visitor',
      intent: 'retry',
    },
    {
      id: 'tunnel-info',
      title: 'List the tunnel\'s active connections',
      detail: 'No connections means the connector is down or cannot reach Cloudflare (outbound port 7844 must be open).',
      audience: 'owner',
      kind: 'check',
      command: 'cloudflared tunnel list; cloudflared tunnel info TUNNEL_NAME',
      appliesTo: { present: ['cloudflare'] },
    },
    {
      id: 'cloudflared-status',
      title: 'Check that the cloudflared service runs',
      detail: 'On the Linux host that runs the connector as a service; in a container, read the container\'s logs instead.',
      audience: 'owner',
      kind: 'check',
      command: "systemctl status cloudflared --no-pager; journalctl -u cloudflared --since '1 hour ago' --no-pager | tail -n 50",
      appliesTo: { present: ['cloudflare'], notStack: ['managed-platform', 'windows'] },
    },
    {
      id: 'restart-connector',
      title: 'Start the connector again',
      detail: 'Start cloudflared where it runs (service, container or pod) and check that its log reports registered tunnel connections; if the tunnel was deleted, create it again and route the host name to it.',
      audience: 'owner',
      kind: 'fix',
      appliesTo: { present: ['cloudflare'] },
    },
    {
      id: 'redundancy',
      title: 'Run a second connector',
      detail: 'Run cloudflared on another host for the same tunnel (or put the tunnel behind a Cloudflare load balancer) so one failure does not take the site down.',
      audience: 'owner',
      kind: 'fix',
      appliesTo: { present: ['cloudflare'] },
    },
  ],
  sources: ['https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-1xxx-errors/error-1033/'],
});
