// php-fpm kills a script that runs past request_terminate_timeout; nginx sees the connection reset and
// answers 502 ("recv() failed (104: Connection reset by peer) while reading response header from
// upstream"). Seed: Alibaba SLB 7.2. A candidate only where the page shows PHP.
import { defineCause, type Scope } from '../knowledge/cause';

// Those whose own back-to-origin 5xx pages are nginx / Tengine stock pages (see fingerprints/huawei-waf.ts,
// alibaba-waf.ts): behind them, an nginx-family page does not prove that the origin's server wrote it.
const NGINX_LAYOUT_WAFS = ['huawei-waf', 'alibaba-waf'] as const;

const NGINX_FAMILY = ['nginx', 'openresty', 'tengine'] as const;

// php-fpm runs on a Linux host the owner can log in to.
const PHP_FPM_HOST: Scope = { notStack: ['managed-platform', 'windows'] };

export default defineCause({
  id: 'php-script-terminated',
  title: 'php-fpm killed a PHP script that ran past request_terminate_timeout',
  summary: 'A PHP script ran longer than the server allows, so the server stopped it halfway and the page failed.',
  why:
    'php-fpm\'s request_terminate_timeout kills a worker whose script runs longer than the limit. nginx, still ' +
    'waiting for the response headers, sees the FastCGI connection reset and answers 502, logging "recv() ' +
    'failed (104: Connection reset by peer) while reading response header from upstream"; php-fpm logs ' +
    '"execution timed out … terminating". The 502 arrives after the script ran for that limit, not at once. ' +
    'A PHP crash (segfault, out of memory) ends the same way but at once: that is a crash, not this limit.',
  // LiteSpeed runs PHP as lsphp (LSAPI), not under php-fpm.
  needs: { stack: ['php'], absent: ['litespeed'] },
  fixedBy: 'site-owner',
  layer: 'app',
  when: [
    { id: 'nginx-502', generator: [...NGINX_FAMILY], status: [502], weight: 4, because: 'nginx answered 502 for a PHP site: a PHP worker killed by request_terminate_timeout in the middle of the request is a classic reason.' },
    { id: 'nginx-502-after-5s', generator: [...NGINX_FAMILY], status: [502], elapsedMs: { min: 5000 }, weight: 3, because: 'The 502 came only after several seconds: the script ran for a while before it was cut off.' },
    { id: 'alibaba-slb-502', generator: ['alibaba-slb'], status: [502], weight: 3, because: 'Alibaba Cloud names PHP scripts running past request_terminate_timeout as a cause of SLB 502.' },
    { id: 'load-balancers-502-after-5s', generator: ['tencent-clb', 'huawei-elb'], status: [502], elapsedMs: { min: 5000 }, weight: 2, because: 'A cloud load balancer answered 502 for a PHP site after several seconds: the backend\'s script ran a while, then its connection was cut.' },
    { id: 'apache-500-502-503-after-5s', generator: ['apache'], status: [500, 502, 503], elapsedMs: { min: 5000 }, weight: 2, because: 'Apache failed in front of PHP after the script ran for a while.' },
    { id: 'cloudflare-520-502-after-5s', generator: ['cloudflare'], status: [520, 502], elapsedMs: { min: 5000 }, weight: 2, because: 'Cloudflare got an empty or broken answer after a long wait, as when the origin\'s PHP worker is killed mid-request.' },
    { id: 'empty-response-invalid-response-blame-upstream-app-after-5s', failure: ['empty-response', 'invalid-response'], blame: ['upstream-app'], elapsedMs: { min: 5000 }, weight: 3, because: 'The application dropped the connection after working for a while.' },
    { id: 'not-nginx-behind-nginx-layout-wafs', generator: [...NGINX_FAMILY], inPath: [...NGINX_LAYOUT_WAFS], weight: -4, because: 'This nginx-style page comes from the WAF in the path, which writes such pages itself about its own hop to the origin: it says nothing about a PHP script on the origin.' },
    { id: 'not-nginx-502-within-1s', generator: [...NGINX_FAMILY], status: [502], elapsedMs: { max: 1000 }, weight: -2, because: 'The 502 came within a second: no script ran long enough to reach a termination timeout.' },
    { id: 'not-blame-elsewhere', blame: ['edge', 'client', 'cdn-config', 'none'], weight: -5, because: 'The page puts the fault at the edge, in the request, or nowhere: no PHP script was cut off.' },
    { id: 'not-refused-etc', failure: ['refused', 'dns', 'tls', 'no-healthy-upstream'], weight: -3, because: 'The request failed before it reached a running PHP script (refused, DNS, TLS or no backend), so no script could be terminated.' },
  ],
  steps: [
    {
      id: 'nginx-error-log',
      title: 'Look for connection resets from the upstream in the nginx error log',
      detail: '"recv() failed (104: Connection reset by peer) while reading response header from upstream" or "upstream prematurely closed connection" at the time of the error points at the PHP worker.',
      audience: 'owner',
      kind: 'check',
      appliesTo: { present: ['nginx', 'openresty', 'tengine'], notStack: ['managed-platform', 'windows'] },
      command: "grep -E 'recv\\(\\) failed \\(104|prematurely closed' /var/log/nginx/error.log | tail -n 20",
    },
    {
      id: 'fpm-terminated',
      title: 'Confirm in the php-fpm log',
      detail: 'php-fpm writes "execution timed out (N sec), terminating" and "exited on signal" for killed or crashed workers.',
      audience: 'owner',
      kind: 'check',
      appliesTo: PHP_FPM_HOST,
      command: "grep -hE 'timed out|terminating|exited on signal' /var/log/php*-fpm.log /var/log/php-fpm/*.log 2>/dev/null | tail -n 20",
    },
    {
      id: 'align-timeouts-nginx',
      title: 'Align the PHP and nginx limits',
      detail: 'Keep request_terminate_timeout (php-fpm pool), max_execution_time (php.ini) and nginx fastcgi_read_timeout consistent and long enough for legitimate work, then reload php-fpm and nginx.',
      audience: 'owner',
      kind: 'fix',
      appliesTo: { present: ['nginx', 'openresty', 'tengine'], ...PHP_FPM_HOST },
      command: 'request_terminate_timeout = 120s    ; php-fpm pool\nmax_execution_time = 120            ; php.ini\nfastcgi_read_timeout 120s;          # nginx',
    },
    {
      id: 'align-timeouts-php',
      title: 'Align the PHP time limits',
      detail: 'Keep the PHP process manager\'s kill limit (request_terminate_timeout) and max_execution_time (php.ini) consistent with the web server\'s and proxy\'s timeouts, and long enough for legitimate work.',
      audience: 'owner',
      kind: 'fix',
      appliesTo: { absent: ['nginx', 'openresty', 'tengine'] },
    },
    {
      id: 'fix-slow-script',
      title: 'Make the script faster or run it in the background',
      detail: 'Profile the script to see where it spends its time (a slow log or a profiler); move long exports and imports to a queue or a scheduled job.',
      audience: 'owner',
      kind: 'fix',
    },
    {
      id: 'retry-smaller',
      title: 'Ask for less',
      detail: 'The page ran too long on the site\'s server. A smaller export, a shorter date range or a narrower search may work.',
      audience: 'visitor',
      intent: 'change-request',
    },
  ],
  sources: [
    'https://www.alibabacloud.com/help/doc-detail/55207.htm (Alibaba Cloud SLB FAQ, cause 7.2 with the nginx error-log line)',
    'https://www.php.net/manual/en/install.fpm.configuration.php (request_terminate_timeout, request_slowlog_timeout)',
    'https://www.php.net/manual/en/info.configuration.php#ini.max-execution-time',
  ],
});
