// Every PHP worker is busy (php-fpm pm.max_children, or LiteSpeed's lsphp children, reached); new PHP
// requests wait until a timeout fires (504) or a worker is killed (502). Seed: Alibaba SLB 7.1.
// A candidate only where the page shows PHP: a gateway error in front of Node or Java is not this.
import { defineCause, type Scope } from '../knowledge/cause';

// Those whose own back-to-origin 5xx pages are nginx / Tengine stock pages (see fingerprints/huawei-waf.ts,
// alibaba-waf.ts): behind them, an nginx-family page does not prove that the origin's server wrote it.
const NGINX_LAYOUT_WAFS = ['huawei-waf', 'alibaba-waf'] as const;

const NGINX_FAMILY = ['nginx', 'openresty', 'tengine'] as const;

// php-fpm runs on a Linux host the owner can log in to; LiteSpeed runs PHP as lsphp (LSAPI) instead.
const PHP_FPM_HOST: Scope = { absent: ['litespeed'], notStack: ['managed-platform', 'windows'] };

export default defineCause({
  id: 'php-fpm-workers-exhausted',
  title: 'Every PHP worker is busy (the php-fpm or lsphp pool is full)',
  summary: 'All of the site\'s PHP worker processes are busy, so new page requests wait in a queue until the server gives up.',
  why:
    'PHP runs in a fixed pool of worker processes: php-fpm starts at most pm.max_children, LiteSpeed at most ' +
    'PHP_LSAPI_CHILDREN lsphp children. When all are busy, new requests wait. If the busy ones finish soon, ' +
    'nothing shows; if not, nginx gives up after fastcgi_read_timeout and answers 504, a worker killed by ' +
    'request_terminate_timeout makes it answer 502, and a full listen queue refuses new connections at once with ' +
    '502 ("connect() to unix:/run/php/php-fpm.sock failed (11: Resource temporarily unavailable)"). php-fpm logs ' +
    '"server reached pm.max_children setting"; LiteSpeed answers 503 "The server is temporarily busy".',
  needs: { stack: ['php'] },
  fixedBy: 'site-owner',
  layer: 'app',
  when: [
    { id: 'nginx-502-504', generator: [...NGINX_FAMILY], status: [502, 504], weight: 4, because: 'nginx answered 502/504 for a PHP site: nginx hands PHP to php-fpm, and a full php-fpm pool produces both.' },
    { id: 'nginx-504-after-54s-to-66s', generator: [...NGINX_FAMILY], status: [504], elapsedMs: { min: 54000, max: 66000 }, weight: 2, because: 'A 504 after about 60 s, nginx\'s default fastcgi_read_timeout: PHP requests waited for a free worker.' },
    { id: 'alibaba-slb-502-504', generator: ['alibaba-slb'], status: [502, 504], weight: 4, because: 'Alibaba Cloud names php-fpm reaching max_children behind nginx as a cause of SLB 502/504.' },
    { id: 'load-balancers-502-504', generator: ['tencent-clb', 'huawei-elb'], status: [502, 504], weight: 3, because: 'A cloud load balancer answered 502/504 for a PHP site: backends whose PHP workers are all busy fail its requests.' },
    { id: 'apache-502-503-504', generator: ['apache'], status: [502, 503, 504], weight: 2, because: 'Apache answered a gateway error for a PHP site: the PHP process pool behind it (php-fpm through mod_proxy_fcgi) may be full.' },
    { id: 'litespeed-503', generator: ['litespeed'], status: [503], weight: 4, because: 'LiteSpeed answered 503 for a PHP site: it could not get a free lsphp worker.' },
    { id: 'behind-nginx-502-504-blame-origin-upstream-app', inPath: [...NGINX_FAMILY], status: [502, 504], blame: ['origin', 'upstream-app'], weight: 2, because: 'nginx is in the path and the failure is behind it, where the PHP workers run.' },
    { id: 'cloudflare-520-524', generator: ['cloudflare'], status: [520, 524], weight: 1, because: 'Cloudflare notes 520s are common with PHP applications; a saturated PHP pool also causes 524.' },
    { id: 'overloaded-blame-upstream-app', failure: ['overloaded'], blame: ['upstream-app'], weight: 3, because: 'The application behind the web server is out of capacity.' },
    { id: 'alibaba-slb-502-504-after-5s', generator: ['alibaba-slb'], status: [502, 504], elapsedMs: { min: 5000 }, weight: 2, because: 'The SLB\'s 502/504 came after several seconds: PHP requests waited for a free php-fpm worker until a timeout fired (Alibaba cause 7.1).' },
    { id: 'not-nginx-behind-nginx-layout-wafs', generator: [...NGINX_FAMILY], inPath: [...NGINX_LAYOUT_WAFS], weight: -3, because: 'This nginx-style page comes from the WAF in the path, which writes such pages itself about its own hop to the origin: it says nothing about the origin\'s PHP workers.' },
    { id: 'not-blame-elsewhere', blame: ['edge', 'client', 'cdn-config', 'none'], weight: -5, because: 'The page puts the fault at the edge, in the request, or nowhere: the request did not fail waiting for a PHP worker.' },
    { id: 'not-dns-tls', failure: ['dns', 'tls'], weight: -4, because: 'The request failed at DNS or TLS, before any PHP worker was asked.' },
  ],
  steps: [
    {
      id: 'check-fpm-log',
      title: 'Look for "max_children" warnings in the php-fpm log',
      detail: 'The log path depends on the distribution (/var/log/php*-fpm.log, /var/log/php-fpm/error.log). "server reached pm.max_children setting" at the time of the error confirms it.',
      audience: 'owner',
      kind: 'check',
      appliesTo: PHP_FPM_HOST,
      command: "grep -h 'max_children' /var/log/php*-fpm.log /var/log/php-fpm/*.log 2>/dev/null | tail -n 20",
    },
    {
      id: 'litespeed-error-log',
      title: 'LiteSpeed: look for the lsphp application at its limit in the server log',
      detail: 'The server log is logs/error.log under the LiteSpeed install directory (by default /usr/local/lsws). Messages about the lsphp external application at the time of the error show whether it ran out of children or connections.',
      audience: 'owner',
      kind: 'check',
      appliesTo: { present: ['litespeed'], notStack: ['managed-platform'] },
      command: "grep -i 'lsphp' /usr/local/lsws/logs/error.log | tail -n 20",
    },
    {
      id: 'fpm-status',
      title: 'Watch the php-fpm pool status',
      detail: 'Enable pm.status_path = /fpm-status in the pool and expose it to localhost only; "active processes" equal to "total processes" and a growing "listen queue" confirm it.',
      audience: 'owner',
      kind: 'check',
      appliesTo: PHP_FPM_HOST,
      command: 'curl -s http://127.0.0.1/fpm-status',
    },
    {
      id: 'size-workers',
      title: 'Work out how many php-fpm workers fit in memory',
      detail: 'Average resident memory per worker; pm.max_children ≈ (RAM left for PHP) / (memory per worker).',
      audience: 'owner',
      kind: 'check',
      appliesTo: PHP_FPM_HOST,
      command: "ps --no-headers -o rss -C php-fpm,php-fpm8.2,php-fpm8.3 | awk '{s+=$1; n++} END {if (n) printf \"%d workers, %.0f MB each\\n\", n, s/n/1024}'",
    },
    {
      id: 'raise-max-children',
      title: 'Raise pm.max_children in the php-fpm pool config',
      detail: 'In /etc/php/*/fpm/pool.d/www.conf (or /etc/php-fpm.d/www.conf), then reload php-fpm (the unit may be php8.x-fpm). Only raise it as far as memory allows; fix slow scripts too, or the bigger pool fills just the same.',
      audience: 'owner',
      kind: 'fix',
      appliesTo: PHP_FPM_HOST,
      command: 'pm = dynamic\npm.max_children = 50\npm.start_servers = 10\npm.min_spare_servers = 5\npm.max_spare_servers = 20',
    },
    {
      id: 'litespeed-raise-children',
      title: 'LiteSpeed: raise the lsphp application\'s limits together',
      detail: 'In the lsphp external application, Max Connections and the PHP_LSAPI_CHILDREN environment value set how many PHP requests run at once; keep them equal, and only as high as memory allows. On shared hosting the account\'s process limit may be what is reached: ask the host.',
      audience: 'owner',
      kind: 'fix',
      appliesTo: { present: ['litespeed'] },
      command: 'Max Connections: 35\nEnvironment: PHP_LSAPI_CHILDREN=35',
    },
    {
      id: 'slowlog',
      title: 'Find the slow scripts that hold the php-fpm workers',
      detail: 'The php-fpm slow log records a backtrace of every request running longer than the threshold.',
      audience: 'owner',
      kind: 'fix',
      appliesTo: PHP_FPM_HOST,
      command: 'request_slowlog_timeout = 5s\nslowlog = /var/log/php-fpm/www-slow.log',
    },
    {
      id: 'retry-later',
      title: 'Retry in a few minutes',
      detail: 'The site is too busy to run your request. Retry in a few minutes.',
      audience: 'visitor',
      intent: 'retry',
    },
  ],
  sources: [
    'https://www.alibabacloud.com/help/doc-detail/55207.htm (Alibaba Cloud SLB FAQ, cause 7.1)',
    'https://www.php.net/manual/en/install.fpm.configuration.php (pm.max_children, pm.status_path, request_slowlog_timeout)',
    'http://nginx.org/en/docs/http/ngx_http_fastcgi_module.html#fastcgi_read_timeout',
    'https://docs.litespeedtech.com/php/how-to/ (LSAPI external application: Max Connections and PHP_LSAPI_CHILDREN)',
    'https://docs.litespeedtech.com/lsws/commands (default install location /usr/local/lsws)',
    'https://www.litespeedtech.com/docs/webserver/config/general (paths relative to $SERVER_ROOT, the install directory)',
  ],
});
