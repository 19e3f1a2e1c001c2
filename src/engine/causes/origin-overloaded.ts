// The origin server runs out of CPU, memory, bandwidth, connections or file descriptors. Seeds:
// Huawei WAF symptom 4, Alibaba SLB cause 5, Tencent Anti-DDoS cause 2.3, Cloudflare reason 2.
import { defineCause } from '../knowledge/cause';

// WAF / anti-DDoS services that proxy to the origin (ModSecurity runs inside the origin's server, so it is not one).
const SECURITY_PROXIES = ['huawei-waf', 'tencent-waf', 'tencent-anti-ddos', 'alibaba-waf', 'imperva', 'sucuri', 'ddos-guard', 'f5', 'safeline', 'safedog', 'fortiweb', 'barracuda'] as const;
// Those whose own back-to-origin 5xx pages are nginx / Tengine stock pages (see fingerprints/huawei-waf.ts,
// alibaba-waf.ts): behind them, an nginx-family page does not prove that the origin's server wrote it.
const NGINX_LAYOUT_WAFS = ['huawei-waf', 'alibaba-waf'] as const;

export default defineCause({
  id: 'origin-overloaded',
  title: 'The origin server is overloaded (CPU, memory, bandwidth or connection limits)',
  why:
    'When CPU or memory stay near 100%, the uplink is saturated, or the server hits its limits on open files and ' +
    'connections (ulimit -n, somaxconn, worker_connections), new connections queue, get dropped or time out. ' +
    'The proxy in front then answers 502 / 503 / 504 / 522 / 524. The errors grow with traffic and usually show ' +
    'up for direct visitors too.',
  fixedBy: 'site-owner',
  layer: 'unknown',
  when: [
    { id: 'overloaded', failure: ['overloaded'], weight: 6, because: 'The answer says the server behind the proxy is overloaded or out of capacity.' },
    { id: 'cloudflare-522', generator: ['cloudflare'], status: [522], weight: 7, because: 'Cloudflare 522: an overloaded or offline origin that drops incoming connections is a listed cause.' },
    { id: 'cloudflare-524', generator: ['cloudflare'], status: [524], weight: 5, because: 'Cloudflare 524: the origin accepted the request but was too busy to answer in time.' },
    { id: 'cloudflare-502-504-blame-many', generator: ['cloudflare'], status: [502, 504], blame: ['origin', 'upstream-app', 'reverse-proxy'], weight: 4, because: 'Cloudflare passed on a 502/504 from the origin; excessive server load is the first thing Cloudflare asks to rule out.' },
    { id: 'edge-providers-502-504', generator: ['huawei-waf', 'tencent-anti-ddos', 'tencent-waf', 'alibaba-waf', 'imperva', 'sucuri', 'ddos-guard'], status: [502, 504], weight: 3, because: 'A WAF / anti-DDoS service answered 502/504: a backend performance bottleneck is a listed cause.' },
    { id: 'load-balancers-502-503-504', generator: ['alibaba-slb', 'tencent-clb', 'huawei-elb', 'aws-alb', 'azure-app-gateway', 'google-frontend'], status: [502, 503, 504], weight: 3, because: 'A load balancer answered 5xx: backends out of CPU, memory or bandwidth cannot take the requests.' },
    { id: 'heroku-503', generator: ['heroku'], status: [503], weight: 2, because: 'Heroku 503: H11 "backlog too deep" means the dynos cannot keep up with the request rate.' },
    { id: 'aws-cloudfront-503', generator: ['aws-cloudfront'], status: [503], weight: 3, because: 'CloudFront 503 usually means the origin lacks capacity for the request rate.' },
    { id: 'timeout-blame-origin-upstream-app', blame: ['origin', 'upstream-app'], failure: ['timeout'], weight: 3, because: 'The origin accepted the work but did not answer in time, as busy servers do.' },
    { id: 'status-503-blame-upstream-app-origin', status: [503], blame: ['upstream-app', 'origin'], weight: 2, because: '503 from behind a proxy: the backend reports it cannot take more work.' },
    { id: 'status-502-504-blame-origin-upstream-app', status: [502, 504], blame: ['origin', 'upstream-app'], weight: 1, because: 'A gateway error from behind a proxy.' },
    { id: 'behind-cloudflare-502-504-blame-many', inPath: ['cloudflare'], status: [502, 504], blame: ['origin', 'upstream-app', 'reverse-proxy'], weight: 3, because: 'Cloudflare relayed a 502/504 written on the origin side: an origin server overloaded by a traffic spike is the second reason Cloudflare\'s FAQ gives.' },
    { id: 'behind-security-proxies-502-504', inPath: [...SECURITY_PROXIES], layer: ['waf', 'anti-ddos', 'unknown'], blame: ['origin', 'upstream-app', 'reverse-proxy', 'unknown'], status: [502, 504], weight: 6, because: 'A WAF / anti-DDoS service is in the path of this 502/504: a backend that runs out of CPU, memory, connections or bandwidth as requests grow is a listed cause (Huawei symptom 4, Tencent cause 2).' },
    { id: 'nginx-page-behind-nginx-layout-wafs-502-504', generator: ['nginx', 'openresty', 'tengine'], inPath: [...NGINX_LAYOUT_WAFS], status: [502, 504], weight: 6, because: 'The WAF in the path writes nginx-style 502/504 pages of its own: a backend out of CPU, memory, connections or bandwidth is a listed cause.' },
    { id: 'status-502-504-blame-unknown', status: [502, 504], blame: ['unknown'], weight: 1, because: 'Nobody could be named for this gateway error: an origin too busy to answer is the most common reason behind one.' },
    { id: 'not-blame-elsewhere', blame: ['edge', 'client', 'cdn-config'], weight: -4, because: 'The failing hop is not the origin.' },
    { id: 'not-maintenance-challenge', failure: ['maintenance', 'challenge'], weight: -5, because: 'A maintenance or challenge page is intentional, not load.' },
  ],
  steps: [
    {
      id: 'check-load',
      title: 'Check CPU, memory and the busiest processes on the origin',
      detail: 'Tencent\'s guidance: CPU or memory above 90% for a long time means the web service is in trouble. Compare with normal periods.',
      audience: 'owner',
      command: 'uptime; free -m; top -b -n 1 | head -n 20',
    },
    {
      id: 'check-connections',
      title: 'Check connection counts and socket backlog',
      detail: 'Many connections in SYN-RECV, a full accept queue (Recv-Q equal to Send-Q on a LISTEN socket) or "listen queue overflows" show the server cannot accept fast enough.',
      audience: 'owner',
      command: "ss -s; ss -ltn; netstat -s | grep -iE 'listen|overflow'",
    },
    {
      id: 'check-limits',
      title: 'Raise file-descriptor and TCP limits',
      detail: 'Huawei WAF recommends tuning TCP parameters and ulimit. Check the limit of the running web server, then raise it (systemd: LimitNOFILE=65535 in the unit; nginx: worker_rlimit_nofile 65535;) and the listen backlog.',
      audience: 'owner',
      command: "ulimit -n; grep 'open files' /proc/$(pgrep -o nginx)/limits; sysctl net.core.somaxconn net.ipv4.tcp_max_syn_backlog",
    },
    {
      id: 'raise-somaxconn',
      title: 'Raise the accept queue',
      detail: 'Persist in /etc/sysctl.conf; nginx also needs listen 443 ssl backlog=4096;',
      audience: 'owner',
      command: 'sysctl -w net.core.somaxconn=4096 net.ipv4.tcp_max_syn_backlog=8192',
    },
    {
      id: 'check-bandwidth',
      title: 'Check bandwidth use',
      detail: 'A saturated uplink drops packets and looks like a timeout from the proxy.',
      audience: 'owner',
      command: 'iftop -i eth0   # or: sar -n DEV 1 5',
    },
    {
      id: 'scale-out',
      title: 'Add capacity',
      detail: 'Add backend servers to the WAF / load balancer pool, upgrade the instance, cache more at the edge, and let the proxy terminate HTTPS and forward over HTTP to save origin CPU.',
      audience: 'owner',
    },
    {
      id: 'retry-later',
      title: 'Retry in a few minutes',
      detail: 'The site is too busy right now. Retry later; if it persists, send the support summary to the site owner.',
      audience: 'visitor',
    },
  ],
  sources: [
    'https://support.huaweicloud.com/intl/en-us/waf_faq/waf_01_0066.html (Huawei Cloud WAF FAQ, symptom 4)',
    'https://www.alibabacloud.com/help/doc-detail/55207.htm (Alibaba Cloud SLB FAQ, cause 5)',
    'https://www.tencentcloud.com/document/product/1213/56657 (Tencent Cloud Anti-DDoS Advanced 502 FAQ, cause 2.3, measure 3)',
    'https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-502-504/ (Cloudflare 502/504 FAQ, reason 2)',
    'https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-522/',
    'https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-524/',
    'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/http-503-service-unavailable.html',
    'https://devcenter.heroku.com/articles/error-codes (H11 Backlog too deep)',
  ],
});
