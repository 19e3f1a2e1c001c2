// The origin answered with nothing usable: empty reply, malformed status line or headers, connection
// closed mid-response. Cloudflare 520, ALB 502 (malformed response / RST with a request outstanding),
// HAProxy 502, nginx "upstream prematurely closed connection" / "upstream sent invalid header", Heroku
// H13 / H17 / H18, Akamai ERR_ZERO_SIZE_OBJECT / ERR_READ_ERROR.
import { defineCause } from '../knowledge/cause';

export default defineCause({
  id: 'origin-invalid-response',
  title: 'The origin returned an empty, malformed or cut-off response',
  why:
    'The proxy connected and sent the request, but what came back was not a valid HTTP response: the connection ' +
    'closed with no bytes, the status line or headers were malformed (bad HTTP/2, missing headers, Content-Length ' +
    'disagreeing with the body), or the application crashed mid-response. Cloudflare calls this 520 "Web server ' +
    'returned an unknown error"; ALB and HAProxy answer 502 ("The server returned an invalid or incomplete ' +
    'response"); nginx logs "upstream prematurely closed connection"; Heroku logs H13 / H17 / H18.',
  fixedBy: 'site-owner',
  layer: 'app',
  when: [
    { id: 'cloudflare-520', generator: ['cloudflare'], status: [520], weight: 9, because: 'Cloudflare 520: the origin returned an empty, unknown or unexpected response.' },
    { id: 'code-520', code: ['520'], weight: 2, because: 'Error code 520: web server returned an unknown error.' },
    { id: 'empty-response', failure: ['empty-response'], weight: 6, because: 'The backend closed the connection without an answer.' },
    { id: 'invalid-response-blame-origin-upstream-app', failure: ['invalid-response'], blame: ['origin', 'upstream-app'], weight: 2, because: 'The backend\'s answer was not valid HTTP.' },
    { id: 'haproxy-502', generator: ['haproxy'], status: [502], weight: 6, because: 'HAProxy 502: "The server returned an invalid or incomplete response".' },
    { id: 'aws-alb-502', generator: ['aws-alb'], status: [502], weight: 4, because: 'ALB 502: a malformed target response, invalid headers, or a target closing the connection with a request outstanding.' },
    { id: 'heroku-503-within-27s', generator: ['heroku'], status: [503], elapsedMs: { max: 27000 }, weight: 2, because: 'A quick Heroku 503 can be H13 (connection closed without response) or H18 (request interrupted).' },
    { id: 'google-frontend-502', generator: ['google-frontend'], status: [502], weight: 2, because: 'Google Cloud LB 502: backend_connection_closed_before_data_sent_to_client and invalid responses are common statusDetails.' },
    { id: 'envoy-502-503', generator: ['envoy', 'istio'], status: [502, 503], weight: 2, because: 'Envoy 502/503 follows an upstream reset or protocol error (UC / UPE).' },
    { id: 'cdns-502-503-blame-origin-upstream-app', generator: ['akamai', 'fastly', 'aws-cloudfront'], blame: ['origin', 'upstream-app'], status: [502, 503], weight: 2, because: 'The CDN could not read a valid response from the origin.' },
    { id: 'nginx-502', generator: ['nginx', 'openresty', 'tengine'], status: [502], weight: 1, because: 'nginx 502 also covers "upstream prematurely closed connection" and "upstream sent invalid header".' },
    { id: 'not-blame-elsewhere', blame: ['edge', 'client', 'cdn-config', 'none'], weight: -5, because: 'The failing hop is not the origin\'s response.' },
    { id: 'not-refused-etc', failure: ['refused', 'dns', 'timeout', 'no-healthy-upstream'], weight: -3, because: 'The proxy never got a response to judge.' },
  ],
  steps: [
    {
      id: 'raw-response',
      title: 'Look at the raw response from the origin',
      detail: 'An empty reply ("Empty reply from server"), a missing status line or odd headers show up here. Try --http1.1 and --http2 separately: a broken HTTP/2 setup is a known 520 cause.',
      audience: 'owner',
      command: 'curl -sv --http1.1 --resolve {host}:443:ORIGIN_IP https://{host}/ -o /dev/null; curl -sv --http2 --resolve {host}:443:ORIGIN_IP https://{host}/ -o /dev/null',
    },
    {
      id: 'error-logs',
      title: 'Check the web server and application logs for crashes',
      detail: 'nginx: "upstream prematurely closed connection", "upstream sent invalid header"; PHP: segfaults, fatal errors; application: exceptions at that time.',
      audience: 'owner',
      command: "grep -E 'prematurely closed|invalid header|reset by peer' /var/log/nginx/error.log | tail -n 20; dmesg -T | grep -iE 'segfault|killed process' | tail",
    },
    {
      id: 'cloudflare-http2',
      title: 'Cloudflare: rule out HTTP/2 to origin',
      detail: 'If the origin announces HTTP/2 but handles it badly, disable "HTTP/2 to Origin" (Speed > Optimization > Protocol Optimization) and retest. Cloudflare support asks for two HAR files, one with Cloudflare paused.',
      audience: 'owner',
    },
    {
      id: 'keepalive-check',
      title: 'Check keep-alive settings toward the load balancer',
      detail: 'A backend that closes idle keep-alive connections sooner than the proxy expects causes intermittent 502s; see also the keep-alive cause.',
      audience: 'owner',
    },
    {
      id: 'retry',
      title: 'Retry and tell the site owner',
      detail: 'The site\'s server sent a broken answer. A reload may work; if not, send the support summary to the site owner.',
      audience: 'visitor',
    },
  ],
  sources: [
    'https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-520/',
    'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-troubleshooting.html (HTTP 502)',
    'HAProxy configuration manual, section 1.3.1; HAProxy default 502 error page',
    'https://devcenter.heroku.com/articles/error-codes (H13, H17, H18)',
    'https://gist.github.com/chrisvanpatten/dc02f0d5727369801dc7e9e6fded1837 (community list of Akamai edge error strings: ERR_ZERO_SIZE_OBJECT, ERR_READ_ERROR)',
  ],
});
