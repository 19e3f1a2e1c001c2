// The client went away before the answer came: nginx 499, ALB 460, Heroku H27 (status 499), Akamai
// ERR_CLIENT_ABORT. Seen in logs and HAR files rather than as a page.
import { defineCause } from '../knowledge/cause';

export default defineCause({
  id: 'client-closed-request',
  title: 'The browser or client closed the connection before the answer arrived',
  why:
    'When a visitor navigates away, a tab is closed, a client-side timeout fires or a mobile connection drops, the ' +
    'proxy records the request as aborted by the client: nginx logs 499, ALB 460, Heroku H27 "Client Request ' +
    'Interrupted", Akamai ERR_CLIENT_ABORT. Occasional ones are normal; many of them on one endpoint mean it is so ' +
    'slow that clients give up.',
  fixedBy: 'visitor',
  layer: 'none',
  when: [
    { id: 'status-499-460', status: [499, 460], weight: 8, because: 'The status means the client closed the connection before the response.' },
    { id: 'status-0-after-30s', status: [0], elapsedMs: { min: 30000 }, weight: 2, because: 'No response after a long wait: the client may have given up.' },
    { id: 'not-status-5xx', status: [500, 502, 503, 504, 520, 521, 522, 523, 524, 525, 526, 530], weight: -5, because: 'A server answered with an error, so the client did not abort.' },
  ],
  steps: [
    {
      id: 'reload',
      title: 'Reload and wait for the page to finish',
      detail: 'If the page is slow, let it load; check the connection if it happens everywhere.',
      audience: 'visitor',
    },
    {
      id: 'slow-endpoints',
      title: 'Find endpoints where clients give up',
      detail: 'Many 499s on one URL mean it is slower than clients (or an upstream proxy\'s timeout) will wait.',
      audience: 'owner',
      command: "awk '$9 == 499 {print $7}' /var/log/nginx/access.log | sort | uniq -c | sort -rn | head",
    },
  ],
  sources: [
    'https://help.heroku.com/VX2J01DE/why-do-h27-errors-happen',
    'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-troubleshooting.html (HTTP 460)',
  ],
});
