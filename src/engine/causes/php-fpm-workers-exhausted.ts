// All php-fpm children are busy (pm.max_children reached); new PHP requests wait in the queue until
// nginx's fastcgi_read_timeout (504) or php-fpm's request_terminate_timeout (502). Seed: Alibaba SLB 7.1.
import { defineCause } from '../knowledge/cause';

// Those whose own back-to-origin 5xx pages are nginx / Tengine stock pages (see fingerprints/huawei-waf.ts,
// alibaba-waf.ts): behind them, an nginx-family page does not prove that the origin's server wrote it.
const NGINX_LAYOUT_WAFS = ['huawei-waf', 'alibaba-waf'] as const;

const NGINX_FAMILY = ['nginx', 'openresty', 'tengine'] as const;

export default defineCause({
  id: 'php-fpm-workers-exhausted',
  title: 'Every php-fpm worker is busy (pm.max_children reached)',
  why:
    'php-fpm runs at most pm.max_children PHP requests at once. When all workers are busy, new requests wait in ' +
    'the listen queue. If the busy ones finish soon, nothing shows; if not, nginx gives up after ' +
    'fastcgi_read_timeout and answers 504, a worker killed by request_terminate_timeout makes it answer 502, and ' +
    'a full queue refuses new connections at once with 502 ("connect() to unix:/run/php/php-fpm.sock failed ' +
    '(11: Resource temporarily unavailable)"). php-fpm logs "server reached pm.max_children setting".',
  fixedBy: 'site-owner',
  layer: 'app',
  when: [
    { id: 'nginx-502-504', generator: [...NGINX_FAMILY], status: [502, 504], weight: 4, because: 'nginx answered 502/504 for its upstream; behind nginx, PHP sites run php-fpm, whose full worker pool produces both.' },
    { id: 'nginx-504-after-54s-to-66s', generator: [...NGINX_FAMILY], status: [504], elapsedMs: { min: 54000, max: 66000 }, weight: 2, because: 'A 504 after about 60 s, nginx\'s default fastcgi_read_timeout: PHP requests waited for a free worker.' },
    { id: 'load-balancers-502-504', generator: ['alibaba-slb', 'tencent-clb', 'huawei-elb'], status: [502, 504], weight: 4, because: 'Alibaba Cloud names php-fpm reaching max_children behind nginx as a cause of SLB 502/504.' },
    { id: 'apache-or-litespeed-502-503-504', generator: ['apache', 'litespeed'], status: [502, 503, 504], weight: 2, because: 'A web server in front of a PHP process pool answered a gateway error.' },
    { id: 'behind-nginx-502-504-blame-origin-upstream-app', inPath: [...NGINX_FAMILY], status: [502, 504], blame: ['origin', 'upstream-app'], weight: 2, because: 'nginx is in the path and the failure is behind it.' },
    { id: 'cloudflare-520-524', generator: ['cloudflare'], status: [520, 524], weight: 1, because: 'Cloudflare notes 520s are common with PHP applications; a saturated PHP pool also causes 524.' },
    { id: 'overloaded-blame-upstream-app', failure: ['overloaded'], blame: ['upstream-app'], weight: 3, because: 'The application behind the web server is out of capacity.' },
    { id: 'load-balancers-502-504-after-5s', generator: ['alibaba-slb', 'tencent-clb', 'huawei-elb'], status: [502, 504], elapsedMs: { min: 5000 }, weight: 2, because: 'The load balancer\'s 502/504 came after several seconds: PHP requests waited for a free php-fpm worker until a timeout fired (Alibaba cause 7.1).' },
    { id: 'not-load-balancers-502-within-2s', generator: ['alibaba-slb', 'tencent-clb', 'huawei-elb'], status: [502], elapsedMs: { max: 2000 }, weight: -2, because: 'The load balancer failed at once, while a full php-fpm pool behind it makes requests wait for a timeout first (Alibaba cause 7.1).' },
    { id: 'not-nginx-behind-nginx-layout-wafs', generator: [...NGINX_FAMILY], inPath: [...NGINX_LAYOUT_WAFS], weight: -3, because: 'The WAF in the path writes nginx-style 5xx pages of its own: this page may be its answer about the WAF-to-origin hop, not the origin\'s nginx.' },
    { id: 'not-blame-elsewhere', blame: ['edge', 'client', 'cdn-config', 'none'], weight: -5, because: 'The failing hop is not the PHP backend.' },
    { id: 'not-dns-tls', failure: ['dns', 'tls'], weight: -4, because: 'A DNS or TLS failure happens before PHP is involved.' },
  ],
  steps: [
    {
      id: 'check-fpm-log',
      title: 'Look for "max_children" warnings in the php-fpm log',
      detail: 'The log path depends on the distribution (/var/log/php*-fpm.log, /var/log/php-fpm/error.log).',
      audience: 'owner',
      command: "grep -h 'max_children' /var/log/php*-fpm.log /var/log/php-fpm/*.log 2>/dev/null | tail -n 20",
    },
    {
      id: 'fpm-status',
      title: 'Watch the pool status',
      detail: 'Enable pm.status_path = /fpm-status in the pool and expose it to localhost only; "active processes" equal to "total processes" and a growing "listen queue" confirm it.',
      audience: 'owner',
      command: 'curl -s http://127.0.0.1/fpm-status',
    },
    {
      id: 'size-workers',
      title: 'Work out how many workers fit in memory',
      detail: 'Average resident memory per worker; pm.max_children ≈ (RAM left for PHP) / (memory per worker).',
      audience: 'owner',
      command: "ps --no-headers -o rss -C php-fpm,php-fpm8.2,php-fpm8.3 | awk '{s+=$1; n++} END {if (n) printf \"%d workers, %.0f MB each\\n\", n, s/n/1024}'",
    },
    {
      id: 'raise-max-children',
      title: 'Raise pm.max_children in the pool config',
      detail: 'In /etc/php/*/fpm/pool.d/www.conf (or /etc/php-fpm.d/www.conf), then systemctl reload php-fpm (the unit may be php8.x-fpm). Only raise it as far as memory allows; fix slow scripts too, or the bigger pool fills just the same.',
      audience: 'owner',
      command: 'pm = dynamic\npm.max_children = 50\npm.start_servers = 10\npm.min_spare_servers = 5\npm.max_spare_servers = 20',
    },
    {
      id: 'slowlog',
      title: 'Find the slow scripts that hold the workers',
      detail: 'The slow log records a backtrace of every request running longer than the threshold.',
      audience: 'owner',
      command: 'request_slowlog_timeout = 5s\nslowlog = /var/log/php-fpm/www-slow.log',
    },
    {
      id: 'retry-later',
      title: 'Retry in a few minutes',
      detail: 'The site is too busy to run your request. Retry later; if it persists, send the support summary to the site owner.',
      audience: 'visitor',
    },
  ],
  sources: [
    'https://www.alibabacloud.com/help/doc-detail/55207.htm (Alibaba Cloud SLB FAQ, cause 7.1)',
    'https://www.php.net/manual/en/install.fpm.configuration.php',
    'http://nginx.org/en/docs/http/ngx_http_fastcgi_module.html#fastcgi_read_timeout',
  ],
});
