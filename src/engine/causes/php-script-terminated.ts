// php-fpm kills a script that runs past request_terminate_timeout; nginx sees the connection reset and
// answers 502 ("recv() failed (104: Connection reset by peer) while reading response header from
// upstream"). Seed: Alibaba SLB 7.2.
import { defineCause } from '../knowledge/cause';

// Those whose own back-to-origin 5xx pages are nginx / Tengine stock pages (see fingerprints/huawei-waf.ts,
// alibaba-waf.ts): behind them, an nginx-family page does not prove that the origin's server wrote it.
const NGINX_LAYOUT_WAFS = ['huawei-waf', 'alibaba-waf'] as const;

const NGINX_FAMILY = ['nginx', 'openresty', 'tengine'] as const;

export default defineCause({
  id: 'php-script-terminated',
  title: 'php-fpm killed a PHP script that ran past request_terminate_timeout',
  why:
    'php-fpm\'s request_terminate_timeout kills a worker whose script runs longer than the limit. nginx, still ' +
    'waiting for the response headers, sees the FastCGI connection reset and answers 502, logging "recv() ' +
    'failed (104: Connection reset by peer) while reading response header from upstream"; php-fpm logs ' +
    '"execution timed out … terminating". The 502 arrives after the script ran for that limit, not at once. ' +
    'A script that crashes PHP (segfault, out of memory) looks the same, minus the wait.',
  fixedBy: 'site-owner',
  layer: 'app',
  when: [
    { id: 'nginx-502', generator: [...NGINX_FAMILY], status: [502], weight: 4, because: 'nginx answered 502: a PHP worker that died in the middle of the request (killed by request_terminate_timeout or crashed) is a classic reason.' },
    { id: 'nginx-502-after-5s', generator: [...NGINX_FAMILY], status: [502], elapsedMs: { min: 5000 }, weight: 3, because: 'The 502 came only after several seconds: the script ran for a while before it was cut off.' },
    { id: 'load-balancers-502', generator: ['alibaba-slb', 'tencent-clb', 'huawei-elb'], status: [502], weight: 3, because: 'Alibaba Cloud names PHP scripts running past request_terminate_timeout as a cause of SLB 502.' },
    { id: 'apache-or-litespeed-500-502-503-after-5s', generator: ['apache', 'litespeed'], status: [500, 502, 503], elapsedMs: { min: 5000 }, weight: 2, because: 'A web server in front of PHP failed after the script ran for a while.' },
    { id: 'cloudflare-520-502-after-5s', generator: ['cloudflare'], status: [520, 502], elapsedMs: { min: 5000 }, weight: 2, because: 'Cloudflare got an empty or broken answer after a long wait, as when the origin\'s PHP worker is killed mid-request.' },
    { id: 'empty-response-invalid-response-blame-upstream-app-after-5s', failure: ['empty-response', 'invalid-response'], blame: ['upstream-app'], elapsedMs: { min: 5000 }, weight: 3, because: 'The application dropped the connection after working for a while.' },
    { id: 'not-nginx-behind-nginx-layout-wafs', generator: ['nginx', 'openresty', 'tengine'], inPath: [...NGINX_LAYOUT_WAFS], weight: -4, because: 'The WAF in the path writes nginx-style 5xx pages of its own: this page may be its answer about the WAF-to-origin hop, not the origin\'s nginx.' },
    { id: 'not-nginx-502-within-1s', generator: [...NGINX_FAMILY], status: [502], elapsedMs: { max: 1000 }, weight: -2, because: 'The 502 came within a second: nothing ran long enough to be terminated.' },
    { id: 'not-blame-elsewhere', blame: ['edge', 'client', 'cdn-config', 'none'], weight: -5, because: 'The failing hop is not the PHP backend.' },
    { id: 'not-refused-etc', failure: ['refused', 'dns', 'tls', 'no-healthy-upstream'], weight: -3, because: 'The request never reached a running PHP script.' },
  ],
  steps: [
    {
      id: 'nginx-error-log',
      title: 'Look for connection resets from the upstream in the nginx error log',
      detail: '"recv() failed (104: Connection reset by peer) while reading response header from upstream" or "upstream prematurely closed connection" at the time of the error points at the PHP worker.',
      audience: 'owner',
      command: "grep -E 'recv\\(\\) failed \\(104|prematurely closed' /var/log/nginx/error.log | tail -n 20",
    },
    {
      id: 'fpm-terminated',
      title: 'Confirm in the php-fpm log',
      detail: 'php-fpm writes "execution timed out (N sec), terminating" and "exited on signal" for killed or crashed workers.',
      audience: 'owner',
      command: "grep -hE 'timed out|terminating|exited on signal' /var/log/php*-fpm.log /var/log/php-fpm/*.log 2>/dev/null | tail -n 20",
    },
    {
      id: 'align-timeouts',
      title: 'Align the PHP and nginx limits',
      detail: 'Keep request_terminate_timeout (pool config), max_execution_time (php.ini) and nginx fastcgi_read_timeout consistent and long enough for legitimate work, then reload php-fpm and nginx.',
      audience: 'owner',
      command: 'request_terminate_timeout = 120s    ; php-fpm pool\nmax_execution_time = 120            ; php.ini\nfastcgi_read_timeout 120s;          # nginx',
    },
    {
      id: 'fix-slow-script',
      title: 'Make the script faster or run it in the background',
      detail: 'Use the php-fpm slow log (request_slowlog_timeout) to see where the script spends its time; move long exports and imports to a queue or cron job.',
      audience: 'owner',
    },
    {
      id: 'retry-smaller',
      title: 'Retry, or ask for less',
      detail: 'The page ran too long on the site\'s server. A smaller export or search may work; otherwise send the support summary to the site owner.',
      audience: 'visitor',
    },
  ],
  sources: [
    'https://www.alibabacloud.com/help/doc-detail/55207.htm (Alibaba Cloud SLB FAQ, cause 7.2 with the nginx error-log line)',
    'https://www.php.net/manual/en/install.fpm.configuration.php',
  ],
});
