// Another proxy or load balancer between the CDN and the serving application produced the 502/504.
// Seed: Cloudflare 502/504 FAQ ("502s and 504s can be returned by any HTTP-aware device").
import { defineCause } from '../knowledge/cause';

const INNER_PROXIES = [
  'nginx', 'openresty', 'tengine', 'apache', 'iis', 'haproxy', 'envoy', 'istio', 'traefik', 'caddy',
  'varnish', 'squid', 'kong', 'aws-alb', 'alibaba-slb', 'tencent-clb', 'huawei-elb', 'azure-app-gateway',
  'google-frontend', 'heroku', 'litespeed',
] as const;

const NGINX_FAMILY = ['nginx', 'openresty', 'tengine'] as const;

/** Hops with a log step of their own below: the generic log step would only repeat it. */
const HOPS_WITH_LOG_STEPS = [...NGINX_FAMILY, 'apache', 'iis', 'varnish', 'heroku'] as const;

export default defineCause({
  id: 'intermediate-proxy-error',
  title: 'A load balancer or proxy between the CDN and the application produced the error',
  summary: 'A server inside the site\'s own setup, between the CDN and the application, failed and produced this error.',
  why:
    'Behind the CDN there is often more than one hop: a cloud load balancer, an ingress controller, a local ' +
    'nginx or HAProxy, a service mesh. Any of them can answer 502 / 504 when the hop behind it fails, and the CDN ' +
    'passes that page on. If the application\'s own logs show nothing for the failed request, the error was ' +
    'made in between — look at that hop\'s logs.',
  fixedBy: 'site-owner',
  layer: 'load-balancer',
  when: [
    { id: 'proxies-behind-edge-providers-502-503-504', generator: [...INNER_PROXIES], inPath: ['cloudflare', 'aws-cloudfront', 'akamai', 'fastly', 'azure-front-door', 'huawei-waf', 'tencent-anti-ddos', 'tencent-waf', 'alibaba-waf', 'alibaba-cdn', 'tencent-edgeone', 'imperva', 'sucuri', 'ddos-guard'], status: [502, 503, 504], weight: 5, because: 'The page was written by a proxy behind the CDN and passed through: the failure is inside the origin\'s own infrastructure.' },
    { id: 'cloudflare-502-504-blame-many', generator: ['cloudflare'], status: [502, 504], blame: ['origin', 'reverse-proxy', 'upstream-app'], weight: 3, because: 'Cloudflare relayed a 502/504 its origin returned; a load balancer or proxy in front of the application may have produced it.' },
    { id: 'blame-reverse-proxy', blame: ['reverse-proxy'], weight: 3, because: 'A proxy on the origin side failed.' },
    { id: 'not-blame-elsewhere', blame: ['edge', 'client', 'cdn-config', 'none'], weight: -4, because: 'The page puts the fault at the edge, in the request, or nowhere: no hop inside the origin\'s infrastructure produced it.' },
  ],
  steps: [
    {
      id: 'list-hops',
      title: 'List every hop behind the CDN',
      detail: 'Response headers (Server, Via, X-Cache and the products\' own headers) name the hops the response passed through. Faultline\'s path shows them outermost first.',
      audience: 'owner',
      kind: 'check',
      command: 'curl -sI {url}',
    },
    {
      id: 'heroku-router-logs',
      title: 'Heroku: find the request in the router log',
      detail: 'Each router line carries the error code (H10 app crashed, H12 request timeout, H13 connection closed without response, H14 no web dynos running), the request_id and the dyno: the code says whether the router or the app failed.',
      audience: 'owner',
      kind: 'check',
      appliesTo: { present: ['heroku'] },
      command: 'heroku logs --tail --app APP_NAME --source heroku',
    },
    {
      id: 'nginx-logs',
      title: 'Find the request in the nginx logs',
      detail: 'Search by time and request id (X-Request-Id or the CDN\'s request id, where nginx logs it). The error log line names the upstream that failed and how ("connect() failed", "upstream timed out", "prematurely closed").',
      audience: 'owner',
      kind: 'check',
      appliesTo: { present: [...NGINX_FAMILY], notStack: ['managed-platform', 'windows'] },
      command: 'grep REQUEST_ID /var/log/nginx/access.log /var/log/nginx/error.log',
    },
    {
      id: 'apache-proxy-log',
      title: 'Apache: read the proxy errors in the error log',
      detail: 'mod_proxy logs which backend failed: "AH00957: … attempt to connect to … failed" (nothing listening), "AH01102: error reading status line from remote server" (the backend closed or sent garbage). Compare the backend with the ProxyPass lines.',
      audience: 'owner',
      kind: 'check',
      appliesTo: { present: ['apache'], notStack: ['managed-platform', 'windows'] },
      command: "grep -hE 'AH00957|AH01102|AH00898' /var/log/apache2/error.log /var/log/httpd/error_log 2>/dev/null | tail -n 20; grep -rn 'ProxyPass' /etc/apache2/ /etc/httpd/ 2>/dev/null",
    },
    {
      id: 'iis-failed-request-tracing',
      title: 'IIS: trace the failed request (Failed Request Tracing)',
      detail: 'Enable Failed Request Tracing for the site with a rule for status 502. For 502.3 the trace shows the error Application Request Routing got from the backend (a timeout or a refused connection); 502.4 means no backend server was available. Traces are written under %SystemDrive%\\inetpub\\logs\\FailedReqLogFiles.',
      audience: 'owner',
      kind: 'check',
      appliesTo: { present: ['iis'] },
    },
    {
      id: 'varnish-fetch-error',
      title: 'Varnish: see which backend failed and how',
      detail: 'The FetchError line of the failed backend request says what went wrong (refused, timed out, no healthy backend, a malformed answer) and the Backend lines name the backend.',
      audience: 'owner',
      kind: 'check',
      appliesTo: { present: ['varnish'] },
      command: "varnishlog -g request -q 'RespStatus >= 500'",
    },
    {
      id: 'logs-per-hop',
      title: 'Find the request in each hop\'s logs',
      detail: 'Search by time and request id in the load balancer access logs, the proxy or ingress error log and the application log. The first hop that logged the failure and the last hop that did not bracket the fault.',
      audience: 'owner',
      kind: 'check',
      appliesTo: { absent: [...HOPS_WITH_LOG_STEPS] },
    },
    {
      id: 'bypass-hops',
      title: 'Skip hops one at a time',
      detail: 'Request the load balancer, then a single backend, directly with the same Host header.',
      audience: 'owner',
      kind: 'check',
      appliesTo: { notStack: ['managed-platform'] },
      command: 'curl -sv --resolve {host}:443:LB_OR_BACKEND_IP https://{host}/ -o /dev/null',
    },
    {
      id: 'nest-timeouts',
      title: 'Give each inner hop a shorter timeout than the hop in front of it',
      detail: 'When the innermost hop times out first, it answers with its own error and logs the cause; when an outer hop times out first, the inner one never logs anything.',
      audience: 'owner',
      kind: 'fix',
    },
    {
      id: 'tell-owner',
      title: 'Tell the site owner',
      detail: 'A server inside the site\'s own setup failed. Send the support summary to the site owner.',
      audience: 'visitor',
      intent: 'tell-owner',
    },
  ],
  sources: [
    'https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-502-504/ (Cloudflare 502/504 FAQ: any HTTP-aware device can return them)',
    'https://devcenter.heroku.com/articles/error-codes (router codes H10, H12, H13, H14)',
    'https://devcenter.heroku.com/articles/logging (heroku logs --tail, --source heroku for router lines)',
    'Apache httpd source modules/proxy/proxy_util.c (AH00957) and modules/proxy/mod_proxy_http.c (AH01102, AH00898)',
    'https://learn.microsoft.com/iis/troubleshoot/using-failed-request-tracing/troubleshooting-failed-requests-using-tracing-in-iis (Failed Request Tracing, FailedReqLogFiles)',
    'https://learn.microsoft.com/iis/extensions/troubleshooting-application-request-routing/troubleshooting-502-errors-in-arr (ARR 502.3 / 502.4)',
    'https://varnish-cache.org/docs/trunk/reference/vsl.html (FetchError tag) and https://docs.varnish-software.com/tutorials/vsl-query/ (varnishlog -g request -q)',
  ],
});
