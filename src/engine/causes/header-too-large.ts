// Request (or response) headers exceed a proxy's buffer. Seed: Alibaba SLB cause 8. Also nginx
// "400 Request Header Or Cookie Too Large" (large_client_header_buffers), ALB 400 (16 KB per header,
// 64 KB in total), Cloudflare 520 (response headers over 128 KB).
import { defineCause } from '../knowledge/cause';

export default defineCause({
  id: 'header-too-large',
  title: 'The request or response headers are larger than a proxy accepts',
  summary: 'The request (often its cookies) or the answer carries more header data than a proxy on the way accepts.',
  why:
    'Proxies read headers into fixed buffers. Too many or too large cookies, a huge Authorization / JWT header or ' +
    'a long Referer can overflow them: nginx answers 400 "Request Header Or Cookie Too Large" (large_client_header_buffers, ' +
    '4 × 8 KB by default), ALB answers 400 above 16 KB per header or 64 KB in total, and Alibaba SLB can answer 502. ' +
    'In the other direction, an application that sends very large response headers (many Set-Cookie lines) makes ' +
    'nginx log "upstream sent too big header while reading response header from upstream" and answer 502, and ' +
    'Cloudflare answer 520 above 128 KB. Usually only some visitors (those with big cookies) are affected.',
  fixedBy: 'site-owner',
  layer: 'unknown',
  when: [
    { id: 'headers-over-8k', requestHeaderBytes: { min: 8192 }, weight: 8, because: 'This request carried more than 8 KB of headers, beyond the default header buffer of common web servers and proxies.' },
    { id: 'headers-over-16k', requestHeaderBytes: { min: 16384 }, weight: 4, because: 'More than 16 KB of request headers: past the limit of many load balancers and proxies.' },
    { id: 'headers-4k-to-8k', requestHeaderBytes: { min: 4096, max: 8192 }, weight: 2, because: 'Request headers of 4-8 KB: close to common buffer sizes.' },
    { id: 'status-431-494', status: [431, 494], weight: 8, because: 'The status says the request headers were too large.' },
    { id: 'status-400-blame-client', status: [400], blame: ['client'], weight: 4, because: 'The proxy rejected the request itself as malformed or too large.' },
    { id: 'config-blame-client', blame: ['client'], failure: ['config'], weight: 3, because: 'The proxy refused the request for its size.' },
    { id: 'alibaba-slb-502', generator: ['alibaba-slb', 'tengine'], status: [502], weight: 2, because: 'Alibaba Cloud lists HTTP headers too long for SLB to process among the causes of its 502.' },
    { id: 'cloudflare-520', generator: ['cloudflare'], status: [520], weight: 5, because: 'Cloudflare 520: response headers over 128 KB (often too many cookies) are a listed cause.' },
    { id: 'nginx-502', generator: ['nginx', 'openresty', 'tengine'], status: [502], weight: 1, because: 'nginx 502 can be "upstream sent too big header" when the application\'s response headers overflow proxy_buffer_size.' },
    { id: 'haproxy-502', generator: ['haproxy'], status: [502], weight: 1, because: 'HAProxy 502 can be response headers larger than its buffer (tune.bufsize).' },
  ],
  steps: [
    {
      id: 'find-big-headers',
      title: 'Measure the headers the application sets',
      detail: 'Count the size of the response headers; look for many Set-Cookie lines or large tokens. Compare with the size of the request headers a failing visitor sends (the browser\'s network panel shows them).',
      audience: 'owner',
      kind: 'check',
      command: "curl -s -D - -o /dev/null {url} | wc -c; curl -s -D - -o /dev/null {url} | grep -ci '^set-cookie'",
    },
    {
      // Alibaba's FAQ: a layer-4 (TCP) listener does not parse HTTP, so header limits and layer-7
      // handling drop out of the comparison (turn rp_filter off on the backends first).
      id: 'compare-layer-4-listener',
      appliesTo: { present: ['alibaba-slb', 'tengine', 'tencent-clb', 'huawei-elb'], notStack: ['managed-platform', 'windows'] },
      title: 'Compare with a layer-4 (TCP) listener',
      detail: 'Add a TCP listener for the same backends and send the request through it. If the error stops, the layer-7 listener\'s handling (header size, timeouts, forwarding rules) causes it. Set net.ipv4.conf.*.rp_filter to 0 on the backends first: with layer 4 they see the visitor\'s address.',
      audience: 'owner',
      kind: 'check',
      command: 'sysctl -w net.ipv4.conf.all.rp_filter=0 net.ipv4.conf.default.rp_filter=0 && curl -sv --resolve {host}:TCP_LISTENER_PORT:SLB_IP https://{host}:TCP_LISTENER_PORT/ -o /dev/null',
    },
    {
      id: 'nginx-client-buffers',
      appliesTo: { present: ['nginx', 'openresty', 'tengine'] },
      title: 'nginx: raise the request header buffers',
      detail: 'In the http or server block; one header line must fit in one buffer (8 KB by default). Test the configuration (nginx -t) and reload.',
      audience: 'owner',
      kind: 'fix',
      command: 'large_client_header_buffers 4 16k;',
    },
    {
      id: 'nginx-proxy-buffers',
      appliesTo: { present: ['nginx', 'openresty', 'tengine'] },
      title: 'nginx: raise the buffers for large response headers',
      detail: 'Fixes "upstream sent too big header while reading response header from upstream" (502). A FastCGI backend has the same settings under the fastcgi_ prefix.',
      audience: 'owner',
      kind: 'fix',
      command: 'proxy_buffer_size 16k;\nproxy_buffers 8 16k;\nproxy_busy_buffers_size 32k;',
    },
    {
      id: 'haproxy-bufsize',
      appliesTo: { present: ['haproxy'] },
      title: "HAProxy: raise the buffer that holds a message's headers",
      detail: 'In the global section; headers larger than tune.bufsize minus tune.maxrewrite are rejected (16 KB buffers by default). Larger buffers cost memory per connection.',
      audience: 'owner',
      kind: 'fix',
      command: 'tune.bufsize 32768',
    },
    {
      id: 'shrink-headers',
      title: 'Send less in headers',
      detail: 'Store session data server-side instead of in cookies, scope cookies to the paths that need them, and expire old ones. Some limits (a managed load balancer\'s, a CDN\'s) cannot be raised at all.',
      audience: 'owner',
      kind: 'fix',
    },
    {
      id: 'clear-cookies',
      title: 'Clear this site\'s cookies and retry',
      detail: 'Large or piled-up cookies are the usual culprit. Delete the cookies for this site only (browser settings > site data) or open it in a private window.',
      audience: 'visitor',
      intent: 'browser',
    },
  ],
  sources: [
    'https://www.alibabacloud.com/help/doc-detail/55207.htm (Alibaba Cloud SLB FAQ, cause 8)',
    'http://nginx.org/en/docs/http/ngx_http_core_module.html#large_client_header_buffers',
    'http://nginx.org/en/docs/http/ngx_http_proxy_module.html#proxy_buffer_size',
    'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-troubleshooting.html (HTTP 400)',
    'https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-520/',
    'https://docs.haproxy.org/2.8/configuration.html#3.2-tune.bufsize (16384 by default; headers must fit in bufsize minus maxrewrite)',
  ],
});
