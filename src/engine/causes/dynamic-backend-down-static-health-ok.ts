// The application server behind the web server (php-fpm, Node, Java, Python) is not running while
// the web server and static health checks keep working. Seed: Alibaba SLB 7.3. Also nginx "connect()
// failed (111: Connection refused) while connecting to upstream" / "no live upstreams", Apache
// "AH00957: … attempt to connect to … failed", Envoy "upstream connect error ... connection failure",
// IIS 503 for a stopped application pool, Varnish "Backend fetch failed", Heroku H10 / H14 / H20.
import { defineCause, type Scope } from '../knowledge/cause';

// Those whose own back-to-origin 5xx pages are nginx / Tengine stock pages (see fingerprints/huawei-waf.ts,
// alibaba-waf.ts): behind them, an nginx-family page does not prove that the origin's server wrote it.
const NGINX_LAYOUT_WAFS = ['huawei-waf', 'alibaba-waf'] as const;

const NGINX_FAMILY = ['nginx', 'openresty', 'tengine'] as const;

/** A Linux host the owner logs in to: systemd, /var/log, ss. Not a hosting platform, not Windows. */
const LINUX_HOST: Scope = { notStack: ['managed-platform', 'windows'] };

export default defineCause({
  id: 'dynamic-backend-down-static-health-ok',
  title: 'The application server is down while the web server (and static health checks) still answer',
  summary: 'The program that builds the site\'s pages is not running, although the web server in front of it still answers.',
  why:
    'The web server or load balancer is up, so static files and a health check on a static page pass, but the ' +
    'process that renders dynamic pages — php-fpm, a Node/Python/Java app server, a container — is stopped, ' +
    'crashed or still starting. Every dynamic request then fails fast: nginx logs "connect() failed (111: ' +
    'Connection refused) while connecting to upstream" or "no live upstreams" and answers 502; Apache logs ' +
    '"AH00957: … attempt to connect to … failed"; Envoy answers 503 "upstream connect error or disconnect/reset ' +
    'before headers … connection failure"; IIS answers 503 when the site\'s application pool is stopped; Heroku ' +
    'answers 503 (H10 app crashed, H14 no web dynos running, H20 boot timeout).',
  fixedBy: 'site-owner',
  layer: 'app',
  when: [
    { id: 'nginx-502', generator: [...NGINX_FAMILY], status: [502], weight: 4, because: 'nginx answered 502 for its upstream: the application server behind it not running is the most common reason.' },
    { id: 'nginx-502-within-2s', generator: [...NGINX_FAMILY], status: [502], elapsedMs: { max: 2000 }, weight: 3, because: 'The 502 came at once: the upstream refused the connection rather than timing out — its process is not listening.' },
    { id: 'refused-blame-upstream-app', failure: ['refused'], blame: ['upstream-app'], weight: 6, because: 'The application behind the web server refused the connection: it is not running or not listening.' },
    { id: 'alibaba-slb-502', generator: ['alibaba-slb'], status: [502], weight: 4, because: 'Alibaba Cloud: with health checks on static pages, a stopped dynamic backend (e.g. php-fpm) still causes 502.' },
    { id: 'load-balancers-502', generator: ['tencent-clb', 'huawei-elb'], status: [502], weight: 3, because: 'A cloud load balancer answered 502: a backend whose web server passes the health check while its application is stopped fails every dynamic request.' },
    { id: 'envoy-503', generator: ['envoy', 'istio'], status: [503], weight: 4, because: 'Envoy 503 "upstream connect error or disconnect/reset before headers": the service behind it refused or reset the connection.' },
    { id: 'heroku-503-within-27s', generator: ['heroku'], status: [503], elapsedMs: { max: 27000 }, weight: 4, because: 'A quick Heroku 503: H10 "App crashed" (the dyno\'s process exited or never bound to $PORT) or H14 "No web dynos running".' },
    { id: 'heroku-503-after-67s-to-83s', generator: ['heroku'], status: [503], elapsedMs: { min: 67000, max: 83000 }, weight: 6, because: 'Heroku 503 after about 75 s: the router waited for a dyno to boot and gave up (H20 App boot timeout).' },
    { id: 'reverse-proxies-502-503', generator: ['apache', 'iis', 'traefik', 'caddy', 'kong', 'litespeed'], status: [502, 503], weight: 3, because: 'A reverse proxy could not reach the application server behind it.' },
    { id: 'varnish-503', generator: ['varnish'], status: [503], weight: 3, because: 'Varnish 503 "Backend fetch failed": it got no usable answer from its backend, and a backend that is not running is the first reason.' },
    { id: 'aws-alb-502', generator: ['aws-alb'], status: [502], weight: 3, because: 'ALB 502: a TCP RST from the target when connecting means nothing listens on the target port.' },
    { id: 'cdns-refused-blame-upstream-app', generator: ['akamai', 'fastly', 'aws-cloudfront'], blame: ['upstream-app'], failure: ['refused'], weight: 3, because: 'The CDN reached the origin host but its application refused the connection.' },
    { id: 'not-nginx-behind-nginx-layout-wafs', generator: [...NGINX_FAMILY], inPath: [...NGINX_LAYOUT_WAFS], weight: -3, because: 'This nginx-style page comes from the WAF in the path, which writes such pages itself about its own hop to the origin: it says nothing about an application server behind the origin\'s web server.' },
    { id: 'not-nginx-504', generator: [...NGINX_FAMILY], status: [504], weight: -3, because: 'nginx answered 504, a timeout: an application server that is not running refuses the connection, which nginx reports as 502 at once.' },
    { id: 'not-blame-elsewhere', blame: ['edge', 'client', 'cdn-config', 'none'], weight: -5, because: 'The page puts the fault at the edge, in the request, or nowhere: the request did not fail on a stopped application.' },
    { id: 'not-dns-tls', failure: ['dns', 'tls'], weight: -3, because: 'The request failed at DNS or TLS, before any application server was asked.' },
  ],
  steps: [
    {
      id: 'heroku-logs',
      title: 'Heroku: read the router and dyno logs',
      detail: 'The router logs an error code with each failed request: H10 (app crashed), H14 (no web dynos running), H20 (boot timeout), H12 / H13 (the app timed out or closed the connection). heroku ps shows whether the web dynos are up.',
      audience: 'owner',
      kind: 'check',
      appliesTo: { present: ['heroku'] },
      command: 'heroku logs --tail --app APP_NAME; heroku ps --app APP_NAME',
    },
    {
      id: 'heroku-restart',
      title: 'Heroku: start the web dynos again',
      detail: 'For H14 scale the web process up; for H10 fix the crash the logs show (the process must bind to $PORT), then restart.',
      audience: 'owner',
      kind: 'fix',
      appliesTo: { present: ['heroku'] },
      command: 'heroku ps:scale web=1 --app APP_NAME; heroku restart --app APP_NAME',
    },
    {
      id: 'service-status',
      title: 'Check that php-fpm and nginx are running',
      detail: 'The php-fpm unit may be named php8.x-fpm.',
      audience: 'owner',
      kind: 'check',
      appliesTo: { present: [...NGINX_FAMILY], stack: ['php'], ...LINUX_HOST },
      command: 'systemctl status php-fpm nginx --no-pager',
    },
    {
      id: 'nginx-error-log',
      title: 'Read the nginx error log',
      detail: '"connect() failed (111: Connection refused) while connecting to upstream", "(2: No such file or directory)" for a socket, or "no live upstreams" confirm the application is down.',
      audience: 'owner',
      kind: 'check',
      appliesTo: { present: [...NGINX_FAMILY], ...LINUX_HOST },
      command: 'tail -n 100 /var/log/nginx/error.log',
    },
    {
      id: 'listening-socket',
      title: 'Check that the application listens where nginx connects',
      detail: 'Compare fastcgi_pass / proxy_pass with what is listening: a TCP port (127.0.0.1:9000, :3000, :8080) or a unix socket whose path and permissions nginx can use.',
      audience: 'owner',
      kind: 'check',
      appliesTo: { present: [...NGINX_FAMILY], ...LINUX_HOST },
      command: "grep -rnE 'fastcgi_pass|proxy_pass' /etc/nginx/; ss -ltnpx",
    },
    {
      id: 'apache-error-log',
      title: 'Apache: read the error log for failed backend connections',
      detail: '"AH00957: … attempt to connect to 127.0.0.1:PORT … failed" with "(111)Connection refused" means nothing listens where ProxyPass (or the FastCGI handler) points. The log is /var/log/apache2/error.log on Debian and Ubuntu, /var/log/httpd/error_log on Red Hat family systems.',
      audience: 'owner',
      kind: 'check',
      appliesTo: { present: ['apache'], ...LINUX_HOST },
      command: "grep -h 'AH00957' /var/log/apache2/error.log /var/log/httpd/error_log 2>/dev/null | tail -n 20",
    },
    {
      id: 'iis-app-pool',
      title: 'IIS: check the application pool, or trace the failed request',
      detail: 'For a 503, check that the site\'s application pool is started: a pool that stops again after a start is being disabled by rapid-fail protection after repeated crashes, and the Windows event log says why. For a 502.3 from Application Request Routing, turn on Failed Request Tracing for status 502: the trace shows the error ARR got from the backend (connection refused, timeout).',
      audience: 'owner',
      kind: 'check',
      appliesTo: { present: ['iis'] },
      command: '%windir%\\system32\\inetsrv\\appcmd list apppool',
    },
    {
      id: 'varnish-fetch-error',
      title: 'Varnish: see which backend failed and how',
      detail: 'The FetchError line of the failed backend request names the problem (connection refused, timeout, no healthy backend) and the Backend lines name the backend.',
      audience: 'owner',
      kind: 'check',
      appliesTo: { present: ['varnish'] },
      command: "varnishlog -g request -q 'RespStatus >= 500'",
    },
    {
      id: 'restart-and-log-php-fpm',
      title: 'Restart php-fpm and read why it stopped',
      detail: 'Look for out-of-memory kills and crash traces before the restart.',
      audience: 'owner',
      kind: 'fix',
      appliesTo: { present: [...NGINX_FAMILY], stack: ['php'], ...LINUX_HOST },
      command: "journalctl -u php-fpm --since '1 hour ago' --no-pager | tail -n 50; dmesg -T | grep -i 'killed process' | tail; systemctl restart php-fpm",
    },
    {
      id: 'app-running',
      title: 'Check that the application process is running',
      detail: 'On a server, its service or container and when it last restarted; on a hosting platform, the dashboard\'s process list and the application log. Compare the address it listens on with the one the web server forwards to.',
      audience: 'owner',
      kind: 'check',
      appliesTo: { absent: ['heroku'] },
    },
    {
      id: 'restart-app',
      title: 'Start the application again and find why it stopped',
      detail: 'Read the application log and the system log for the last minutes before it stopped (out-of-memory kills, crash traces, a failed deploy), then start it and make it restart on failure.',
      audience: 'owner',
      kind: 'fix',
      appliesTo: { absent: ['heroku'] },
    },
    {
      id: 'dynamic-health-check',
      title: 'Health-check a dynamic page',
      detail: 'Point the load balancer\'s health check at a small dynamic URL that touches the application and its database, so a dead application takes the server out of rotation instead of serving errors.',
      audience: 'owner',
      kind: 'fix',
      // Heroku's router has no health check to point anywhere.
      appliesTo: { absent: ['heroku'] },
    },
    {
      id: 'retry-later',
      title: 'Retry later',
      detail: 'Part of the site\'s server is down. Retry in a few minutes.',
      audience: 'visitor',
      intent: 'retry',
    },
  ],
  sources: [
    'https://www.alibabacloud.com/help/doc-detail/55207.htm (Alibaba Cloud SLB FAQ, cause 7.3 and cause 6)',
    'nginx source src/http/ngx_http_upstream.c ("connect() failed", "no live upstreams")',
    'Apache httpd source modules/proxy/proxy_util.c (AH00957 "attempt to connect to … failed")',
    'https://devcenter.heroku.com/articles/error-codes (H10 App crashed, H12 Request timeout, H13 Connection closed without response, H14 No web dynos running, H20 App boot timeout: 75 s)',
    'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-troubleshooting.html (HTTP 502)',
    'https://www.envoyproxy.io/docs/envoy/latest/configuration/observability/access_log/usage (response flags UF, UH)',
    'https://learn.microsoft.com/iis/get-started/getting-started-with-iis/getting-started-with-appcmdexe (appcmd list apppool)',
    'https://learn.microsoft.com/iis/configuration/system.applicationhost/applicationpools/add/failure (rapid-fail protection stops a crashing pool)',
    'https://learn.microsoft.com/iis/troubleshoot/using-failed-request-tracing/troubleshooting-failed-requests-using-tracing-in-iis (Failed Request Tracing)',
    'https://learn.microsoft.com/iis/extensions/troubleshooting-application-request-routing/troubleshooting-502-errors-in-arr (ARR 502.3 / 502.4)',
    'https://varnish-cache.org/docs/trunk/reference/vsl.html (FetchError tag) and https://docs.varnish-software.com/tutorials/vsl-query/ (varnishlog -g request -q)',
  ],
});
