// Another proxy or load balancer between the CDN and the serving application produced the 502/504.
// Seed: Cloudflare 502/504 FAQ ("502s and 504s can be returned by any HTTP-aware device").
import { defineCause } from '../knowledge/cause';

const INNER_PROXIES = [
  'nginx', 'openresty', 'tengine', 'apache', 'iis', 'haproxy', 'envoy', 'istio', 'traefik', 'caddy',
  'varnish', 'squid', 'kong', 'aws-alb', 'alibaba-slb', 'tencent-clb', 'huawei-elb', 'azure-app-gateway',
  'google-frontend', 'heroku', 'litespeed',
] as const;

export default defineCause({
  id: 'intermediate-proxy-error',
  title: 'A load balancer or proxy between the CDN and the application produced the error',
  why:
    'Behind the CDN there is often more than one hop: a cloud load balancer, an ingress controller, a local ' +
    'nginx or HAProxy, a service mesh. Any of them can answer 502 / 504 when the hop behind it fails, and the CDN ' +
    'passes that page on. If the application\'s own logs show nothing for the failed request, the error was ' +
    'made in between — look at that hop\'s logs.',
  fixedBy: 'site-owner',
  layer: 'load-balancer',
  when: [
    { id: 'proxies-behind-edge-providers-502-503-504', generator: [...INNER_PROXIES], inPath: ['cloudflare', 'aws-cloudfront', 'akamai', 'fastly', 'azure-front-door', 'huawei-waf', 'tencent-anti-ddos', 'tencent-waf', 'alibaba-waf', 'alibaba-cdn', 'tencent-edgeone', 'imperva', 'sucuri', 'ddos-guard'], status: [502, 503, 504], weight: 5, because: 'The page was written by a proxy behind the CDN and passed through: the failure is inside the origin\'s own infrastructure.' },
    { id: 'cloudflare-502-504-blame-many', generator: ['cloudflare'], status: [502, 504], blame: ['origin', 'reverse-proxy', 'upstream-app'], weight: 3, because: 'Cloudflare relayed a 502/504 its origin returned; a load balancer or proxy in front of the application may have produced it.' },
    { id: 'blame-reverse-proxy', blame: ['reverse-proxy'], weight: 3, because: 'A proxy on the origin side failed.' },
    { id: 'not-blame-elsewhere', blame: ['edge', 'client', 'cdn-config', 'none'], weight: -4, because: 'The failing hop is not inside the origin\'s infrastructure.' },
  ],
  steps: [
    {
      id: 'list-hops',
      title: 'List every hop behind the CDN',
      detail: 'Response headers (Server, Via, X-Cache, X-Served-By, x-envoy-*) name the hops the response passed through. Faultline\'s path shows them outermost first.',
      audience: 'owner',
      command: 'curl -sI {url}',
    },
    {
      id: 'logs-per-hop',
      title: 'Find the request in each hop\'s logs',
      detail: 'Search by time and request id (X-Request-Id, cf-ray) in the load balancer access logs, the ingress / nginx error log and the application log. The first hop that logged the failure and the last hop that did not bracket the fault.',
      audience: 'owner',
      command: 'grep REQUEST_ID /var/log/nginx/access.log /var/log/nginx/error.log',
    },
    {
      id: 'bypass-hops',
      title: 'Skip hops one at a time',
      detail: 'Request the load balancer, then a single backend, directly with the same Host header.',
      audience: 'owner',
      command: 'curl -sv --resolve {host}:443:LB_OR_BACKEND_IP https://{host}/ -o /dev/null',
    },
    {
      id: 'tell-owner',
      title: 'Tell the site owner',
      detail: 'A server inside the site\'s own setup failed. Send the support summary to the site owner.',
      audience: 'visitor',
    },
  ],
  sources: [
    'https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-502-504/ (Cloudflare 502/504 FAQ)',
    'https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-502-504/',
  ],
});
