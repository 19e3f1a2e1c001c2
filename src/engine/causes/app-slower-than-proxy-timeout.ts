// The application takes longer than a proxy's read / response timeout, so the proxy gives up and
// answers 504 (or 502 / 503 / 524). Seeds: Alibaba SLB cause 7 (proxy_read_timeout 60 s, layer 4
// 900 s), Cloudflare reason 3. Timers from vendor docs, matched with about ±10 %.
import { defineCause } from '../knowledge/cause';

const NGINX_FAMILY = ['nginx', 'openresty', 'tengine'] as const;

export default defineCause({
  id: 'app-slower-than-proxy-timeout',
  title: "The application takes longer to answer than the proxy's timeout",
  why:
    'Every proxy waits a fixed time for the backend\'s response headers: nginx 60 s (proxy_read_timeout, ' +
    'fastcgi_read_timeout), Alibaba SLB layer 7 60 s and layer 4 900 s, ALB 60 s (idle timeout), Cloudflare ' +
    '100 s (120 s in current docs, error 524), CloudFront 30 s, Heroku 30 s (H12), API Gateway 29 s, Google ' +
    'Cloud LB 30 s, Azure Application Gateway 20 s, Envoy 15 s, Fastly 15 s to first byte, Akamai 120 s. A slow ' +
    'query, an external call or a long report that runs past it makes the proxy give up and answer 504 (or ' +
    '502/503/524) — the application may still finish the work afterwards. An error that arrives right at one of ' +
    'these marks is the signature of this cause.',
  fixedBy: 'site-owner',
  layer: 'app',
  when: [
    { id: 'nginx-504', generator: [...NGINX_FAMILY], status: [504], weight: 5, because: 'nginx answered 504: its upstream (application or php-fpm) did not send response headers in time.' },
    { id: 'nginx-504-after-54s-to-66s', generator: [...NGINX_FAMILY], status: [504], elapsedMs: { min: 54000, max: 66000 }, weight: 7, because: "nginx answered 504 after about 60 s: its default proxy_read_timeout / fastcgi_read_timeout fired." },
    { id: 'behind-nginx-504-after-54s-to-66s', inPath: [...NGINX_FAMILY], status: [504], elapsedMs: { min: 54000, max: 66000 }, weight: 3, because: 'An nginx in the path and a 504 after about 60 s, nginx\'s default read timeout.' },
    { id: 'load-balancers-504', generator: ['alibaba-slb', 'huawei-elb', 'tencent-clb'], status: [504], weight: 5, because: 'A cloud load balancer answered 504: the backend took longer than the listener timeout.' },
    { id: 'load-balancers-504-after-54s-to-66s', generator: ['alibaba-slb', 'huawei-elb', 'tencent-clb'], status: [504], elapsedMs: { min: 54000, max: 66000 }, weight: 7, because: 'The load balancer answered 504 after about 60 s: the layer-7 listener timeout (proxy_read_timeout 60 s) fired.' },
    { id: 'alibaba-slb-after-810s-to-990s', generator: ['alibaba-slb'], elapsedMs: { min: 810000, max: 990000 }, weight: 6, because: 'The error came after about 900 s, the Alibaba SLB layer-4 listener timeout.' },
    { id: 'cloudflare-524', generator: ['cloudflare'], status: [524], weight: 10, because: 'Cloudflare 524: the origin accepted the connection but did not answer before Cloudflare\'s Proxy Read Timeout.' },
    { id: 'code-524', code: ['524'], weight: 3, because: 'Error code 524: a timeout occurred waiting for the origin.' },
    { id: 'cloudflare-524-after-90s-to-135s', generator: ['cloudflare'], status: [524], elapsedMs: { min: 90000, max: 135000 }, weight: 5, because: 'The 524 came after 100-120 s, Cloudflare\'s Proxy Read Timeout (100 s long-standing default, 120 s in current docs).' },
    { id: 'behind-cloudflare-504-524-after-90s-to-135s', inPath: ['cloudflare'], status: [504, 524], elapsedMs: { min: 90000, max: 135000 }, weight: 3, because: 'Cloudflare in the path and an error after 100-120 s, its Proxy Read Timeout.' },
    { id: 'aws-alb-504', generator: ['aws-alb'], status: [504], weight: 5, because: 'ALB 504: the target did not respond before the idle timeout (or could not be reached).' },
    { id: 'aws-alb-504-after-54s-to-66s', generator: ['aws-alb'], status: [504], elapsedMs: { min: 54000, max: 66000 }, weight: 7, because: 'ALB 504 after about 60 s, the default idle timeout.' },
    { id: 'aws-cloudfront-504', generator: ['aws-cloudfront'], status: [504], weight: 5, because: 'CloudFront 504: the origin did not answer within the origin response timeout.' },
    { id: 'aws-cloudfront-504-after-27s-to-33s', generator: ['aws-cloudfront'], status: [504], elapsedMs: { min: 27000, max: 33000 }, weight: 7, because: 'CloudFront 504 after about 30 s, the default origin response (read) timeout.' },
    { id: 'aws-api-gateway-504', generator: ['aws-api-gateway'], status: [504], weight: 5, because: 'API Gateway 504: the integration did not respond within the integration timeout.' },
    { id: 'aws-api-gateway-504-after-26s-to-32s', generator: ['aws-api-gateway'], status: [504], elapsedMs: { min: 26000, max: 32000 }, weight: 7, because: 'API Gateway 504 after about 29 s, the default integration timeout.' },
    { id: 'heroku-503-after-27s-to-33s', generator: ['heroku'], status: [503], elapsedMs: { min: 27000, max: 33000 }, weight: 10, because: 'Heroku 503 after about 30 s: the router\'s request timeout fired (H12).' },
    { id: 'google-frontend-502-504-after-27s-to-33s', generator: ['google-frontend'], status: [502, 504], elapsedMs: { min: 27000, max: 33000 }, weight: 8, because: 'Google Cloud load balancer error after about 30 s, the default backend service timeout (statusDetails backend_timeout).' },
    { id: 'azure-app-gateway-502-504-after-18s-to-22s', generator: ['azure-app-gateway'], status: [502, 504], elapsedMs: { min: 18000, max: 22000 }, weight: 8, because: 'Application Gateway error after about 20 s, the default backend request timeout.' },
    { id: 'azure-app-gateway-502-504-after-36s-to-44s', generator: ['azure-app-gateway'], status: [502, 504], elapsedMs: { min: 36000, max: 44000 }, weight: 4, because: 'Application Gateway v2 retries a second backend after the 20 s request timeout: about 40 s in total.' },
    { id: 'azure-front-door-503-504-after-27s-to-33s', generator: ['azure-front-door'], status: [503, 504], elapsedMs: { min: 27000, max: 33000 }, weight: 7, because: 'Azure Front Door error after about 30 s, its documented default origin response timeout.' },
    { id: 'azure-front-door-503-504-after-54s-to-66s', generator: ['azure-front-door'], status: [503, 504], elapsedMs: { min: 54000, max: 66000 }, weight: 6, because: 'Azure Front Door error after about 60 s, the default origin response timeout of Standard/Premium profiles.' },
    { id: 'envoy-504', generator: ['envoy', 'istio'], status: [504], weight: 6, because: 'Envoy 504 "upstream request timeout": the route timeout fired.' },
    { id: 'envoy-504-after-14s-to-17s', generator: ['envoy', 'istio'], status: [504], elapsedMs: { min: 13500, max: 16500 }, weight: 5, because: 'Envoy 504 after about 15 s, the default route timeout.' },
    { id: 'fastly-503-after-14s-to-17s', generator: ['fastly'], status: [503], elapsedMs: { min: 13500, max: 16500 }, weight: 9, because: 'Fastly 503 after about 15 s, the default first byte timeout.' },
    { id: 'akamai-504', generator: ['akamai'], status: [504], weight: 5, because: 'Akamai 504: the origin did not answer within the read timeout.' },
    { id: 'akamai-503-504-after-108s-to-132s', generator: ['akamai'], status: [503, 504], elapsedMs: { min: 108000, max: 132000 }, weight: 6, because: 'Akamai error after about 120 s, its usual origin read timeout.' },
    { id: 'haproxy-504', generator: ['haproxy'], status: [504], weight: 7, because: 'HAProxy 504 "The server didn\'t respond in time": timeout server fired.' },
    { id: 'edge-providers-504', generator: ['huawei-waf', 'tencent-anti-ddos', 'tencent-waf', 'alibaba-waf'], status: [504], weight: 4, because: 'A WAF / anti-DDoS service answered 504: the origin did not answer within its read timeout.' },
    { id: 'edge-providers-502-504-after-27s-to-33s', generator: ['huawei-waf', 'alibaba-waf', 'tencent-waf', 'tencent-anti-ddos'], status: [502, 504], elapsedMs: { min: 27000, max: 33000 }, weight: 3, because: 'Error after about 30 s, a common WAF-to-origin timeout (Huawei WAF documents 30 s or 60 s by edition).' },
    { id: 'edge-providers-502-504-after-54s-to-66s', generator: ['huawei-waf', 'alibaba-waf', 'tencent-waf', 'tencent-anti-ddos'], status: [502, 504], elapsedMs: { min: 54000, max: 66000 }, weight: 3, because: 'Error after about 60 s, a common WAF-to-origin read timeout.' },
    { id: 'reverse-proxies-504', generator: ['traefik', 'caddy', 'kong', 'apache', 'iis', 'varnish', 'squid', 'litespeed'], status: [504], weight: 4, because: 'A reverse proxy answered 504: its backend did not answer in time.' },
    { id: 'status-504-after-54s-to-66s', status: [504], elapsedMs: { min: 54000, max: 66000 }, weight: 2, because: 'A 504 after about 60 s, the most common default read timeout (nginx, ALB, SLB).' },
    { id: 'status-504-timeout-blame-upstream-app', status: [504], blame: ['upstream-app'], failure: ['timeout'], weight: 3, because: 'The application behind the proxy timed out.' },
    { id: 'timeout-blame-upstream-app-origin', failure: ['timeout'], blame: ['upstream-app', 'origin'], weight: 2, because: 'The backend did not answer in time.' },
    { id: 'not-status-504-within-3s', elapsedMs: { max: 3000 }, status: [504], weight: -4, because: 'The 504 came within 3 s, far sooner than any default read timeout: the proxy failed to connect, or a configured short timeout fired.' },
    { id: 'not-refused-etc', failure: ['refused', 'dns', 'tls', 'no-healthy-upstream'], weight: -4, because: 'The proxy never got as far as waiting for the application.' },
    { id: 'not-blame-elsewhere', blame: ['edge', 'client', 'none', 'cdn-config'], weight: -5, because: 'The failing hop is not the application.' },
  ],
  steps: [
    {
      id: 'time-direct',
      title: 'Time the same request directly against the origin',
      detail: 'If it takes about as long as the proxy waited (or longer), the application is the bottleneck.',
      audience: 'owner',
      command: 'time curl -s -o /dev/null --resolve {host}:443:ORIGIN_IP https://{host}/',
    },
    {
      id: 'nginx-timeouts',
      title: 'Raise the nginx timeouts for the slow location only',
      detail: 'proxy_read_timeout (HTTP upstreams) and fastcgi_read_timeout (php-fpm) default to 60 s. Raise them where long requests are expected, then nginx -t && systemctl reload nginx. The front proxy\'s limit still applies.',
      audience: 'owner',
      command: 'proxy_read_timeout 120s;\nproxy_send_timeout 120s;\nfastcgi_read_timeout 120s;',
    },
    {
      id: 'find-slow-requests',
      title: 'Find which requests are slow',
      detail: 'Log $request_time and $upstream_response_time in nginx (or the equivalent in your server) and list the slowest; look for "upstream timed out (110: Connection timed out) while reading response header from upstream" in the error log.',
      audience: 'owner',
      command: "grep 'upstream timed out' /var/log/nginx/error.log | tail -n 20",
    },
    {
      id: 'raise-lb-timeouts',
      title: "Raise the load balancer's or CDN's timeout if the work is legitimately long",
      detail: 'ALB: idle_timeout.timeout_seconds attribute; CloudFront: origin response timeout (up to 60 s by default quota, more on request); Cloudflare: Enterprise proxy_read_timeout up to 6,000 s, otherwise move the endpoint to a DNS-only host; Azure App Gateway: backend settings request timeout; Google Cloud: backend service timeoutSec; Envoy: route timeout; Heroku 30 s cannot be raised.',
      audience: 'owner',
      command: 'aws elbv2 modify-load-balancer-attributes --load-balancer-arn LOAD_BALANCER_ARN --attributes Key=idle_timeout.timeout_seconds,Value=120',
    },
    {
      id: 'make-it-async',
      title: 'Move long work out of the request',
      detail: 'Run reports, exports and imports as background jobs, answer at once with a job id and let the client poll, or stream the response so bytes flow before the timeout. Add indexes or caching for slow queries.',
      audience: 'owner',
    },
    {
      id: 'retry-later',
      title: 'Retry later, or ask for a smaller result',
      detail: 'The page took too long for the site\'s proxy. Retrying when the site is less busy, or narrowing a search / export, may work. If it keeps happening, send the support summary to the site owner.',
      audience: 'visitor',
    },
  ],
  sources: [
    'https://www.alibabacloud.com/help/doc-detail/55207.htm (Alibaba Cloud SLB FAQ, cause 7: 60 s layer 7, 900 s layer 4)',
    'https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-502-504/ (Cloudflare 502/504 FAQ, reason 3)',
    'http://nginx.org/en/docs/http/ngx_http_proxy_module.html#proxy_read_timeout',
    'http://nginx.org/en/docs/http/ngx_http_fastcgi_module.html#fastcgi_read_timeout',
    'https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-524/',
    'https://developers.cloudflare.com/fundamentals/reference/connection-limits/',
    'https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_CustomOriginConfig.html (OriginReadTimeout default 30 s)',
    'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-troubleshooting.html',
    'https://repost.aws/knowledge-center/eks-http-504-errors (ALB idle timeout 60 s)',
    'https://repost.aws/knowledge-center/api-gateway-504-errors (29 s integration timeout)',
    'https://devcenter.heroku.com/articles/request-timeout',
    'https://cloud.google.com/compute/docs/reference/rest/v1/backendServices (timeoutSec default 30 s)',
    'https://learn.microsoft.com/azure/application-gateway/application-gateway-troubleshooting-502 (request timeout 20 s)',
    'https://learn.microsoft.com/azure/frontdoor/troubleshoot-issues',
    'https://www.envoyproxy.io/docs/envoy/latest/faq/configuration/timeouts',
    'https://www.fastly.com/documentation/reference/vcl/variables/backend-connection/bereq-first-byte-timeout/',
    'https://techdocs.akamai.com/property-mgr/docs/read-timeout',
    'https://support.huaweicloud.com/intl/en-us/usermanual-waf/waf_01_1171.html',
  ],
});
