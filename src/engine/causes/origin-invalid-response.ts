// The origin answered with nothing usable: empty reply, malformed status line or headers, connection
// closed mid-response. Cloudflare 520, ALB 502 (malformed response / RST with a request outstanding),
// HAProxy 502, nginx "upstream prematurely closed connection" / "upstream sent invalid header", Apache
// AH01102, Heroku H13 / H17 / H18, Akamai ERR_ZERO_SIZE_OBJECT / ERR_READ_ERROR.
import { defineCause } from '../knowledge/cause';

const NGINX_FAMILY = ['nginx', 'openresty', 'tengine'] as const;
/** Servers with a log step of their own below. */
const SERVERS_WITH_LOG_STEPS = [...NGINX_FAMILY, 'apache', 'iis', 'varnish', 'heroku'] as const;
/** Hops that keep pooled connections to a backend: only behind one of them can keep-alive settings race. */
const PROXY_LAYERS = ['cdn', 'waf', 'anti-ddos', 'load-balancer', 'reverse-proxy'] as const;

export default defineCause({
  id: 'origin-invalid-response',
  title: 'The origin returned an empty, malformed or cut-off response',
  summary: 'The site\'s server closed the connection or sent back something that is not a valid web page answer.',
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
    { id: 'empty-response', failure: ['empty-response'], weight: 6, because: 'The server closed the connection without an answer.' },
    { id: 'invalid-response-blame-origin-upstream-app', failure: ['invalid-response'], blame: ['origin', 'upstream-app'], weight: 2, because: 'The backend\'s answer was not valid HTTP.' },
    { id: 'haproxy-502', generator: ['haproxy'], status: [502], weight: 6, because: 'HAProxy 502: "The server returned an invalid or incomplete response".' },
    { id: 'aws-alb-502', generator: ['aws-alb'], status: [502], weight: 4, because: 'ALB 502: a malformed target response, invalid headers, or a target closing the connection with a request outstanding.' },
    { id: 'heroku-503-within-27s', generator: ['heroku'], status: [503], elapsedMs: { max: 27000 }, weight: 2, because: 'A quick Heroku 503 can be H13 (connection closed without response) or H18 (request interrupted).' },
    { id: 'google-frontend-502', generator: ['google-frontend'], status: [502], weight: 2, because: 'Google Cloud LB 502: backend_connection_closed_before_data_sent_to_client and invalid responses are common statusDetails.' },
    { id: 'envoy-502-503', generator: ['envoy', 'istio'], status: [502, 503], weight: 2, because: 'Envoy 502/503 follows an upstream reset or protocol error (UC / UPE).' },
    { id: 'cdns-502-503-blame-origin-upstream-app', generator: ['akamai', 'fastly', 'aws-cloudfront'], blame: ['origin', 'upstream-app'], status: [502, 503], weight: 2, because: 'The CDN could not read a valid response from the origin.' },
    { id: 'nginx-502', generator: [...NGINX_FAMILY], status: [502], weight: 1, because: 'nginx 502 also covers "upstream prematurely closed connection" and "upstream sent invalid header".' },
    { id: 'not-blame-elsewhere', blame: ['edge', 'client', 'cdn-config', 'none'], weight: -5, because: 'The page puts the fault at the edge, in the request, or nowhere: the origin\'s answer was not what failed.' },
    { id: 'not-refused-etc', failure: ['refused', 'dns', 'timeout', 'no-healthy-upstream'], weight: -3, because: 'The request failed before any answer came back (refused, DNS, timeout or no backend): there was no response that could be malformed.' },
  ],
  steps: [
    {
      id: 'raw-response',
      title: 'Look at the raw response from the origin',
      detail: 'An empty reply ("Empty reply from server"), a missing status line or odd headers show up here. Try --http1.1 and --http2 separately: a server that announces HTTP/2 but handles it badly fails only one of them.',
      audience: 'owner',
      kind: 'check',
      // A hosting platform's router is the only way in: there is no origin address to send it to.
      appliesTo: { notStack: ['managed-platform'] },
      command: 'curl -sv --http1.1 --resolve {host}:443:ORIGIN_IP https://{host}/ -o /dev/null; curl -sv --http2 --resolve {host}:443:ORIGIN_IP https://{host}/ -o /dev/null',
    },
    {
      id: 'heroku-logs',
      title: 'Heroku: find the H13 / H17 / H18 lines',
      detail: 'H13: the dyno closed the connection without a response; H17: the response was malformed; H18: the dyno ended the request before finishing its response. The app\'s own lines just before show the crash or the early close.',
      audience: 'owner',
      kind: 'check',
      appliesTo: { present: ['heroku'] },
      command: 'heroku logs --tail --app APP_NAME',
    },
    {
      id: 'error-logs',
      title: 'Check the nginx error log and the kernel log for crashes',
      detail: '"upstream prematurely closed connection" or "upstream sent invalid header" name the backend that failed; segfaults and out-of-memory kills in the kernel log show a crashed application.',
      audience: 'owner',
      kind: 'check',
      appliesTo: { present: [...NGINX_FAMILY], notStack: ['managed-platform', 'windows'] },
      command: "grep -E 'prematurely closed|invalid header|reset by peer' /var/log/nginx/error.log | tail -n 20; dmesg -T | grep -iE 'segfault|killed process' | tail",
    },
    {
      id: 'apache-error-log',
      title: 'Apache: look for "error reading status line" in the error log',
      detail: '"AH01102: error reading status line from remote server" means the backend behind ProxyPass closed the connection or answered with something that is not HTTP.',
      audience: 'owner',
      kind: 'check',
      appliesTo: { present: ['apache'], notStack: ['managed-platform', 'windows'] },
      command: "grep -h 'AH01102' /var/log/apache2/error.log /var/log/httpd/error_log 2>/dev/null | tail -n 20",
    },
    {
      id: 'iis-failed-request-tracing',
      title: 'IIS: trace the failed request (Failed Request Tracing)',
      detail: 'Enable Failed Request Tracing for the site with a rule for status 502: for a 502.3 the trace shows the error Application Request Routing got while reading the backend\'s response.',
      audience: 'owner',
      kind: 'check',
      appliesTo: { present: ['iis'] },
    },
    {
      id: 'varnish-fetch-error',
      title: 'Varnish: read the FetchError of the failed backend request',
      detail: 'A line such as "http first read error: EOF" says the backend closed the connection before it sent a response.',
      audience: 'owner',
      kind: 'check',
      appliesTo: { present: ['varnish'] },
      command: "varnishlog -g request -q 'RespStatus >= 500'",
    },
    {
      id: 'app-logs',
      title: 'Check the web server and application logs for crashes',
      detail: 'At the time of the error: the application\'s exceptions and fatal errors, crashes or restarts of its process, and the web server\'s notes about a closed or invalid upstream response.',
      audience: 'owner',
      kind: 'check',
      appliesTo: { absent: [...SERVERS_WITH_LOG_STEPS] },
    },
    {
      id: 'cloudflare-http2',
      title: 'Cloudflare: rule out HTTP/2 to origin',
      detail: 'If the origin announces HTTP/2 but handles it badly, disable "HTTP/2 to Origin" (Speed > Optimization > Protocol Optimization) and retest. Cloudflare support asks for two HAR files, one with Cloudflare paused.',
      audience: 'owner',
      kind: 'fix',
      appliesTo: { present: ['cloudflare'] },
    },
    {
      id: 'fix-response',
      title: 'Fix what makes the answer invalid',
      detail: 'Stop the crash the logs show, remove or correct the malformed header, and make Content-Length match the body (or let the server compute it); then retest with the raw request above.',
      audience: 'owner',
      kind: 'fix',
    },
    {
      id: 'keepalive-check',
      title: 'Check keep-alive settings toward the load balancer',
      detail: 'A backend that closes idle keep-alive connections sooner than the proxy expects causes intermittent errors of this kind; see also the keep-alive cause.',
      audience: 'owner',
      kind: 'check',
      appliesTo: { layers: [...PROXY_LAYERS] },
    },
    {
      id: 'retry',
      title: 'Reload the page',
      detail: 'The site\'s server sent a broken answer. A reload may work.',
      audience: 'visitor',
      intent: 'retry',
    },
  ],
  sources: [
    'https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-520/',
    'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-troubleshooting.html (HTTP 502)',
    'HAProxy configuration manual, section 1.3.1; HAProxy default 502 error page',
    'https://devcenter.heroku.com/articles/error-codes (H13, H17, H18)',
    'https://gist.github.com/chrisvanpatten/dc02f0d5727369801dc7e9e6fded1837 (community list of Akamai edge error strings: ERR_ZERO_SIZE_OBJECT, ERR_READ_ERROR)',
    'Apache httpd source modules/proxy/mod_proxy_http.c (AH01102 "error reading status line from remote server")',
    'https://learn.microsoft.com/iis/troubleshoot/using-failed-request-tracing/troubleshooting-failed-requests-using-tracing-in-iis',
    'https://varnish-cache.org/docs/trunk/reference/vsl.html (FetchError tag)',
  ],
});
