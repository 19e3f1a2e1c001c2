// Cloudflare error 1033: the host is served through a Cloudflare Tunnel and no cloudflared connector
// is connected.
import { defineCause } from '../knowledge/cause';

export default defineCause({
  id: 'cloudflare-tunnel-down',
  title: 'The Cloudflare Tunnel (cloudflared) for this host is not connected',
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
      id: 'cloudflared-status',
      title: 'Check that cloudflared runs',
      detail: 'On the machine (or container) that runs the connector.',
      audience: 'owner',
      command: "systemctl status cloudflared --no-pager; journalctl -u cloudflared --since '1 hour ago' --no-pager | tail -n 50",
    },
    {
      id: 'tunnel-info',
      title: 'List the tunnel\'s active connections',
      detail: 'No connections means the connector is down or cannot reach Cloudflare (outbound port 7844 must be open).',
      audience: 'owner',
      command: 'cloudflared tunnel list; cloudflared tunnel info TUNNEL_NAME',
    },
    {
      id: 'redundancy',
      title: 'Run a second connector',
      detail: 'Run cloudflared on another host for the same tunnel (or put the tunnel behind a Cloudflare load balancer) so one failure does not take the site down.',
      audience: 'owner',
    },
    {
      id: 'retry-later',
      title: 'Retry in a few minutes',
      detail: 'The site\'s connection to Cloudflare is down. Retry later; send the support summary to the site owner if it persists.',
      audience: 'visitor',
    },
  ],
  sources: ['https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-1xxx-errors/error-1033/'],
});
