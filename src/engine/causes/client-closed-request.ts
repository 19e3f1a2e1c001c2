// The client went away before the answer came: nginx 499, ALB 460, Heroku H27 (status 499), Akamai
// ERR_CLIENT_ABORT. Seen in logs and HAR files rather than as a page.
import { defineCause } from '../knowledge/cause';

export default defineCause({
  id: 'client-closed-request',
  title: 'The browser or client closed the connection before the answer arrived',
  summary: 'The browser or app gave up and closed the connection before the site finished its answer.',
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
    { id: 'not-status-5xx', status: [500, 502, 503, 504, 520, 521, 522, 523, 524, 525, 526, 530], weight: -5, because: 'A server answered with an error status, so the client was still there to receive it.' },
  ],
  steps: [
    {
      id: 'reload',
      title: 'Reload and wait for the page to finish',
      detail: 'If the page is slow, let it load without navigating away; check the connection if it happens on every site.',
      audience: 'visitor',
      intent: 'retry',
    },
    {
      id: 'nginx-499-endpoints',
      title: 'Find the endpoints where clients give up (nginx 499)',
      detail: 'Many 499s on one URL mean it is slower than clients, or a proxy in front with a shorter timeout, will wait.',
      audience: 'owner',
      kind: 'check',
      command: "awk '$9 == 499 {print $7}' /var/log/nginx/access.log | sort | uniq -c | sort -rn | head",
      appliesTo: { present: ['nginx', 'openresty', 'tengine'], notStack: ['managed-platform', 'windows'] },
    },
    {
      id: 'alb-460-endpoints',
      title: 'Find the ALB 460s in the access logs',
      detail: 'ALB writes elb_status_code 460 when the client closed the connection before the idle timeout; group the entries by request URL to find the slow endpoints.',
      audience: 'owner',
      kind: 'check',
      appliesTo: { present: ['aws-alb'] },
    },
    {
      id: 'heroku-h27',
      title: 'Find the H27 lines in the Heroku router log',
      detail: 'H27 "Client Request Interrupted" lines name the path; many on one path mean clients give up waiting for it.',
      audience: 'owner',
      kind: 'check',
      command: "heroku logs --tail --app APP_NAME | grep 'code=H27'",
      appliesTo: { present: ['heroku'] },
    },
    {
      id: 'slow-endpoints',
      title: 'Find the endpoints where clients give up',
      detail: 'Group the proxy\'s access log entries for aborted requests by URL: the endpoints with many of them are slower than clients will wait.',
      audience: 'owner',
      kind: 'check',
      appliesTo: { absent: ['nginx', 'openresty', 'tengine', 'aws-alb', 'heroku'] },
    },
    {
      id: 'speed-up-endpoint',
      title: 'Make the slow endpoint answer sooner',
      detail: 'Cache or precompute its result, page large results, or answer at once and finish the work in the background, so clients no longer time out waiting.',
      audience: 'owner',
      kind: 'fix',
    },
  ],
  sources: [
    'https://help.heroku.com/VX2J01DE/why-do-h27-errors-happen',
    'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-troubleshooting.html (HTTP 460)',
    'https://github.com/nginx/nginx/blob/master/src/http/ngx_http_request.h (NGX_HTTP_CLIENT_CLOSED_REQUEST 499: nginx logs it when the client closed the connection)',
  ],
});
