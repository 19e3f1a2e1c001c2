// The application server behind the web server (php-fpm, Node, Java, Python) is not running while
// the web server and static health checks keep working. Seed: Alibaba SLB 7.3. Also nginx "connect()
// failed (111: Connection refused) while connecting to upstream" / "no live upstreams", Envoy
// "upstream connect error ... connection failure", Heroku H10 (app crashed) and H20 (boot timeout).
import { defineCause } from '../knowledge/cause';

// Those whose own back-to-origin 5xx pages are nginx / Tengine stock pages (see fingerprints/huawei-waf.ts,
// alibaba-waf.ts): behind them, an nginx-family page does not prove that the origin's server wrote it.
const NGINX_LAYOUT_WAFS = ['huawei-waf', 'alibaba-waf'] as const;

const NGINX_FAMILY = ['nginx', 'openresty', 'tengine'] as const;

export default defineCause({
  id: 'dynamic-backend-down-static-health-ok',
  title: 'The application server is down while the web server (and static health checks) still answer',
  why:
    'The web server or load balancer is up, so static files and a health check on a static page pass, but the ' +
    'process that renders dynamic pages — php-fpm, a Node/Python/Java app server, a container — is stopped, ' +
    'crashed or still starting. Every dynamic request then fails fast: nginx logs "connect() failed (111: ' +
    'Connection refused) while connecting to upstream" or "no live upstreams" and answers 502; Envoy answers 503 ' +
    '"upstream connect error or disconnect/reset before headers … connection failure"; Heroku answers 503 (H10 app ' +
    'crashed, H20 boot timeout).',
  fixedBy: 'site-owner',
  layer: 'app',
  when: [
    { id: 'nginx-502', generator: [...NGINX_FAMILY], status: [502], weight: 4, because: 'nginx answered 502 for its upstream: the application server behind it not running is the most common reason.' },
    { id: 'nginx-502-within-2s', generator: [...NGINX_FAMILY], status: [502], elapsedMs: { max: 2000 }, weight: 3, because: 'The 502 came at once: the upstream refused the connection rather than timing out — its process is not listening.' },
    { id: 'refused-blame-upstream-app', failure: ['refused'], blame: ['upstream-app'], weight: 6, because: 'The application behind the web server refused the connection: it is not running or not listening.' },
    { id: 'load-balancers-502', generator: ['alibaba-slb', 'tencent-clb', 'huawei-elb'], status: [502], weight: 4, because: 'Alibaba Cloud: with health checks on static pages, a stopped dynamic backend (e.g. php-fpm) still causes 502.' },
    { id: 'envoy-503', generator: ['envoy', 'istio'], status: [503], weight: 4, because: 'Envoy 503 "upstream connect error or disconnect/reset before headers": the service behind it refused or reset the connection.' },
    { id: 'heroku-503-within-27s', generator: ['heroku'], status: [503], elapsedMs: { max: 27000 }, weight: 4, because: 'A quick Heroku 503: H10 "App crashed" — the dyno\'s process exited or never bound to $PORT.' },
    { id: 'heroku-503-after-67s-to-83s', generator: ['heroku'], status: [503], elapsedMs: { min: 67000, max: 83000 }, weight: 6, because: 'Heroku 503 after about 75 s: the router waited for a dyno to boot and gave up (H20 App boot timeout).' },
    { id: 'reverse-proxies-502-503', generator: ['apache', 'iis', 'traefik', 'caddy', 'kong', 'litespeed'], status: [502, 503], weight: 3, because: 'A reverse proxy could not reach the application server behind it.' },
    { id: 'aws-alb-502', generator: ['aws-alb'], status: [502], weight: 3, because: 'ALB 502: a TCP RST from the target when connecting means nothing listens on the target port.' },
    { id: 'cdns-refused-blame-upstream-app', generator: ['akamai', 'fastly', 'aws-cloudfront'], blame: ['upstream-app'], failure: ['refused'], weight: 3, because: 'The CDN reached the origin host but its application refused the connection.' },
    { id: 'not-nginx-behind-nginx-layout-wafs', generator: [...NGINX_FAMILY], inPath: [...NGINX_LAYOUT_WAFS], weight: -3, because: 'The WAF in the path writes nginx-style 5xx pages of its own: this page may be its answer about the WAF-to-origin hop, not the origin\'s nginx.' },
    { id: 'not-nginx-504', generator: [...NGINX_FAMILY], status: [504], weight: -3, because: 'A 504 means the upstream accepted the request and was slow, so it was running.' },
    { id: 'not-blame-elsewhere', blame: ['edge', 'client', 'cdn-config', 'none'], weight: -5, because: 'The failing hop is not the application server.' },
    { id: 'not-dns-tls', failure: ['dns', 'tls'], weight: -3, because: 'A DNS or TLS failure is not a stopped application.' },
  ],
  steps: [
    {
      id: 'service-status',
      title: 'Check that the application server is running',
      detail: 'The php-fpm unit may be named php8.x-fpm; for other stacks check their unit or container.',
      audience: 'owner',
      command: 'systemctl status php-fpm nginx --no-pager; docker ps --filter status=exited 2>/dev/null',
    },
    {
      id: 'listening-socket',
      title: 'Check that it listens where the web server connects',
      detail: 'Compare with fastcgi_pass / proxy_pass: a TCP port (127.0.0.1:9000, :3000, :8080) or a unix socket whose path and permissions nginx can use.',
      audience: 'owner',
      command: "ss -ltnp | grep -E ':(9000|3000|8000|8080) '; ls -l /run/php/ /var/run/php-fpm/ 2>/dev/null; grep -rnE 'fastcgi_pass|proxy_pass' /etc/nginx/",
    },
    {
      id: 'nginx-error-log',
      title: 'Read the nginx error log',
      detail: '"connect() failed (111: Connection refused) while connecting to upstream", "(2: No such file or directory)" for a socket, or "no live upstreams" confirm the application is down.',
      audience: 'owner',
      command: 'tail -n 100 /var/log/nginx/error.log',
    },
    {
      id: 'restart-and-log',
      title: 'Restart it and read why it stopped',
      detail: 'Look for out-of-memory kills and crash traces before the restart.',
      audience: 'owner',
      command: "journalctl -u php-fpm --since '1 hour ago' --no-pager | tail -n 50; dmesg -T | grep -i 'killed process' | tail; systemctl restart php-fpm",
    },
    {
      id: 'dynamic-health-check',
      title: 'Health-check a dynamic page',
      detail: 'Point the load balancer\'s health check at a small dynamic URL (e.g. /health.php that touches PHP and the database) so a dead application takes the server out of rotation instead of serving 502s.',
      audience: 'owner',
    },
    {
      id: 'heroku-logs',
      title: 'Heroku: read the router and dyno logs',
      detail: 'H10 / H20 lines show the crash or boot timeout; the app must bind to $PORT within 60 s.',
      audience: 'owner',
      command: 'heroku logs --tail --app APP_NAME; heroku ps --app APP_NAME',
    },
    {
      id: 'retry-later',
      title: 'Retry later',
      detail: 'Part of the site\'s server is down. Retry in a few minutes; if it persists, send the support summary to the site owner.',
      audience: 'visitor',
    },
  ],
  sources: [
    'https://www.alibabacloud.com/help/doc-detail/55207.htm (Alibaba Cloud SLB FAQ, cause 7.3 and cause 6)',
    'nginx source src/http/ngx_http_upstream.c ("connect() failed", "no live upstreams")',
    'https://devcenter.heroku.com/articles/error-codes (H10 App crashed, H20 App boot timeout: 75 s)',
    'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-troubleshooting.html (HTTP 502)',
    'https://www.envoyproxy.io/docs/envoy/latest/configuration/observability/access_log/usage (response flags UF, UH)',
  ],
});
