// Rate limiting keyed on the client address sees only the proxy's few back-to-origin addresses.
// Seeds: Huawei WAF symptom 1 (rate limiting policy), Tencent Anti-DDoS cause 1; Cloudflare 522.
import { defineCause } from '../knowledge/cause';

// WAF / anti-DDoS services that proxy to the origin (ModSecurity runs inside the origin's server, so it is not one).
const SECURITY_PROXIES = ['huawei-waf', 'tencent-waf', 'tencent-anti-ddos', 'alibaba-waf', 'imperva', 'sucuri', 'ddos-guard', 'f5', 'safeline', 'safedog', 'fortiweb', 'barracuda'] as const;
// Those whose own back-to-origin 5xx pages are nginx / Tengine stock pages (see fingerprints/huawei-waf.ts,
// alibaba-waf.ts): behind them, an nginx-family page does not prove that the origin's server wrote it.
const NGINX_LAYOUT_WAFS = ['huawei-waf', 'alibaba-waf'] as const;

export default defineCause({
  id: 'proxy-ips-rate-limited-at-origin',
  title: "The origin rate-limits the proxy's back-to-origin IP addresses",
  summary: "A per-address limit on the origin counts all visitors as the proxy's few addresses and throttles them.",
  why:
    'Behind a proxy, every visitor arrives from a handful of forwarding addresses. A per-IP limit on the origin ' +
    '(nginx limit_req / limit_conn, a WAF plugin, host security software, a hosting panel\'s connection cap) ' +
    'counts all visitors as those few clients and starts throttling them once traffic grows. The proxy then ' +
    'gets refusals, resets or stalls and answers 502 / 522. Typical sign: the site works at first and fails ' +
    'under load, or only at peak hours.',
  fixedBy: 'site-owner',
  layer: 'unknown',
  when: [
    { id: 'edge-providers-502-504', generator: ['huawei-waf', 'tencent-anti-ddos', 'tencent-waf', 'alibaba-waf', 'imperva', 'sucuri', 'ddos-guard', 'f5'], status: [502, 504], weight: 6, because: 'A WAF / anti-DDoS service answered 5xx: the vendors name rate limits on the origin against their forwarding IPs as a main cause.' },
    { id: 'waf-anti-ddos-502-504', layer: ['waf', 'anti-ddos'], status: [502, 504], weight: 3, because: 'A security proxy sends all visitors from a few addresses, which per-IP limits on the origin throttle.' },
    { id: 'cloudflare-522', generator: ['cloudflare'], status: [522], weight: 5, because: 'Cloudflare 522: rate-limited Cloudflare addresses are named with blocked ones as the most common cause.' },
    { id: 'cloudflare-521', generator: ['cloudflare'], status: [521], weight: 3, because: 'Cloudflare 521: the origin refused the connection, as a connection limit does once it is reached.' },
    { id: 'cloudflare-520', generator: ['cloudflare'], status: [520], weight: 1, because: 'Throttling that resets connections can surface as Cloudflare 520.' },
    { id: 'rate-limited-refused-blame-origin', blame: ['origin'], failure: ['rate-limited', 'refused'], weight: 3, because: 'The origin refused or throttled the proxy\'s connection.' },
    { id: 'timeout-blame-origin', blame: ['origin'], failure: ['timeout'], weight: 1, because: 'A throttled connection can stall until the proxy times out.' },
    { id: 'rate-limited-blame-many', failure: ['rate-limited'], blame: ['origin', 'upstream-app', 'reverse-proxy'], weight: 4, because: 'The answer says the origin is rate limiting.' },
    { id: 'proxies-behind-proxies-429', status: [429], inPath: ['cloudflare', 'aws-cloudfront', 'akamai', 'fastly', 'huawei-waf', 'tencent-anti-ddos', 'tencent-waf', 'alibaba-waf', 'alibaba-slb'], generator: ['nginx', 'apache', 'openresty', 'tengine', 'litespeed', 'app'], weight: 5, because: 'The origin answered 429 through a proxy: its per-IP limit counts the proxy, not the visitor.' },
    { id: 'behind-security-proxies-502-504', inPath: [...SECURITY_PROXIES], layer: ['waf', 'anti-ddos', 'unknown'], blame: ['origin', 'upstream-app', 'reverse-proxy', 'unknown'], status: [502, 504], weight: 9, because: 'A WAF / anti-DDoS service is in the path: it reaches the origin from a few addresses, which rate limits on the origin throttle.' },
    { id: 'nginx-page-behind-nginx-layout-wafs-502-504', generator: ['nginx', 'openresty', 'tengine'], inPath: [...NGINX_LAYOUT_WAFS], status: [502, 504], weight: 9, because: 'The WAF in the path writes nginx-style 502/504 pages of its own: rate limits on the origin against its few back-to-origin addresses are a listed cause.' },
    { id: 'failing-since-layer-added', status: [500, 502, 504, 520, 521, 522], recurrence: { addedLayer: ['cdn', 'waf', 'anti-ddos'] }, weight: 4, because: 'The failures began once a protection or CDN layer started forwarding the requests: all visitors now reach the origin from its few addresses, which a per-IP rate limit soon throttles.' },
    { id: 'not-blame-elsewhere', blame: ['edge', 'client', 'cdn-config'], weight: -5, because: 'The failing hop is the edge or the request itself, not the origin\'s limits.' },
  ],
  steps: [
    {
      id: 'nginx-find-limits',
      appliesTo: { present: ['nginx', 'openresty', 'tengine'], notStack: ['managed-platform', 'windows'] },
      title: 'nginx: find limit_req / limit_conn and their rejections',
      detail: 'Each rejection is logged as "limiting requests" or "limiting connections" with the client address: the proxy\'s addresses there confirm the cause.',
      audience: 'owner',
      kind: 'check',
      command: "grep -rnE 'limit_req|limit_conn' /etc/nginx/ ; grep -E 'limiting (requests|connections)' /var/log/nginx/error.log | tail -n 20",
    },
    {
      id: 'connection-count',
      appliesTo: { notStack: ['managed-platform', 'windows'] },
      title: 'Count connections per source address on the origin',
      detail: 'A few addresses holding most connections are the proxy\'s forwarding addresses.',
      audience: 'owner',
      kind: 'check',
      command: "ss -Htn state established '( sport = :443 or sport = :80 )' | awk '{print $4}' | sed 's/:[0-9]*$//' | sort | uniq -c | sort -rn | head",
    },
    {
      id: 'find-limits',
      title: 'Find per-address limits on the origin',
      detail: 'Look for limits keyed on the client address in the web server, security plugins, host security software and the hosting panel, and for their log entries.',
      audience: 'owner',
      kind: 'check',
    },
    {
      id: 'cloudflare-real-ip',
      appliesTo: { present: ['cloudflare'] },
      title: "Cloudflare: key the limits on CF-Connecting-IP",
      detail: 'Cloudflare sends the visitor\'s address in CF-Connecting-IP. Make the origin\'s web server take the visitor\'s address from that header, trusting it only from Cloudflare\'s ranges, and key its limits on it.',
      audience: 'owner',
      kind: 'fix',
    },
    {
      id: 'nginx-real-ip',
      appliesTo: { present: ['nginx', 'openresty', 'tengine'] },
      title: "nginx: restore the visitor's address before limiting",
      detail: 'Trust the forwarded address only from the proxy\'s ranges (one set_real_ip_from line per range) so that limit_req counts visitors, not the proxy.',
      audience: 'owner',
      kind: 'fix',
      command: 'set_real_ip_from BACK_TO_ORIGIN_RANGE;   # one line per range of the proxy\nreal_ip_header X-Forwarded-For;\nreal_ip_recursive on;',
    },
    {
      id: 'nginx-exempt-forwarding-ranges',
      appliesTo: { present: ['nginx', 'openresty', 'tengine'] },
      title: 'nginx: exempt the forwarding ranges from the limit',
      detail: 'An empty key is not counted by limit_req, so addresses mapped to "" pass unlimited.',
      audience: 'owner',
      kind: 'fix',
      command: 'geo $limit_key { default $binary_remote_addr; BACK_TO_ORIGIN_RANGE ""; }\nlimit_req_zone $limit_key zone=perip:10m rate=20r/s;',
    },
    {
      id: 'restore-real-ip',
      title: "Key the limits on the visitor's address, not the proxy's",
      detail: 'Make the origin read the visitor\'s address from the header the proxy sets (usually X-Forwarded-For), trusting it only from the proxy\'s ranges, or exempt those ranges from the limit.',
      audience: 'owner',
      kind: 'fix',
    },
    {
      id: 'retry-later',
      title: 'Retry in a few minutes',
      detail: 'The site may be throttling its own CDN or firewall. Retrying in a few minutes may work; if it keeps happening, send the support summary to the site owner.',
      audience: 'visitor',
      intent: 'retry',
    },
  ],
  sources: [
    'https://support.huaweicloud.com/intl/en-us/waf_faq/waf_01_0066.html (Huawei Cloud WAF FAQ, symptom 1: rate limiting policy)',
    'https://www.tencentcloud.com/document/product/1213/56657 (Tencent Cloud Anti-DDoS Advanced 502 FAQ, cause 1)',
    'https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-522/',
    'http://nginx.org/en/docs/http/ngx_http_realip_module.html',
    'http://nginx.org/en/docs/http/ngx_http_limit_req_module.html',
  ],
});
