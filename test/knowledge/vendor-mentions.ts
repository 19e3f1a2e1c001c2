// Which vendor, product or stack a step's words name, for the test that every shown step fits the
// path: a mention counts as "that vendor is here" when one of its generators wrote the page or is
// on the path (for a stack word, when the page shows that stack).
import type { Generator, StackTag } from '../../src/engine/vocabulary';

export interface VendorMention {
  name: string;
  /** Case-insensitive; word boundaries where a short name could sit inside another word. */
  pattern: RegExp;
  generators?: readonly Generator[];
  /** A stack word: the page must show this stack. */
  stack?: StackTag;
  /** A host-admin word: the page must show none of these stacks (no shell on a managed platform). */
  notStack?: readonly StackTag[];
}

const NGINX_FAMILY: Generator[] = ['nginx', 'openresty', 'tengine'];

export const VENDOR_MENTIONS: readonly VendorMention[] = [
  { name: 'Cloudflare', pattern: /cloudflare|wrangler|\bray id\b|cdn-cgi/i, generators: ['cloudflare'] },
  { name: 'Alibaba Cloud', pattern: /alibaba|aliyun/i, generators: ['alibaba-slb', 'alibaba-waf', 'alibaba-cdn', 'tengine'] },
  { name: 'Tencent Cloud', pattern: /tencent|edgeone|\bstgw\b/i, generators: ['tencent-waf', 'tencent-anti-ddos', 'tencent-clb', 'tencent-edgeone'] },
  { name: 'Huawei Cloud', pattern: /huawei/i, generators: ['huawei-waf', 'huawei-elb'] },
  { name: 'AWS', pattern: /\baws\b|elbv2|cloudfront|lambda@edge|amazon/i, generators: ['aws-alb', 'aws-cloudfront', 'aws-api-gateway', 'aws-s3'] },
  { name: 'Azure', pattern: /azure|\baz network\b/i, generators: ['azure-front-door', 'azure-app-gateway', 'azure-app-service'] },
  { name: 'Google Cloud', pattern: /google cloud|gcloud|\bgcp\b/i, generators: ['google-frontend'] },
  { name: 'Heroku', pattern: /heroku/i, generators: ['heroku'] },
  { name: 'Vercel', pattern: /vercel/i, generators: ['vercel'] },
  { name: 'Netlify', pattern: /netlify/i, generators: ['netlify'] },
  { name: 'Fastly', pattern: /fastly/i, generators: ['fastly'] },
  { name: 'Akamai', pattern: /akamai/i, generators: ['akamai'] },
  { name: 'Imperva', pattern: /imperva|incapsula/i, generators: ['imperva'] },
  { name: 'Sucuri', pattern: /sucuri/i, generators: ['sucuri'] },
  { name: 'DDoS-Guard', pattern: /ddos-guard/i, generators: ['ddos-guard'] },
  { name: 'F5', pattern: /\bf5\b|big-ip|\btmsh\b/i, generators: ['f5'] },
  { name: 'HAProxy', pattern: /haproxy/i, generators: ['haproxy'] },
  { name: 'Envoy', pattern: /envoy/i, generators: ['envoy', 'istio'] },
  { name: 'Istio', pattern: /istio/i, generators: ['istio'] },
  { name: 'Kong', pattern: /\bkong\b/i, generators: ['kong'] },
  { name: 'Traefik', pattern: /traefik/i, generators: ['traefik'] },
  { name: 'Caddy', pattern: /\bcaddy/i, generators: ['caddy'] },
  { name: 'Squid', pattern: /\bsquid\b/i, generators: ['squid'] },
  { name: 'Varnish', pattern: /varnish/i, generators: ['varnish', 'fastly'] },
  { name: 'LiteSpeed', pattern: /litespeed|\blsws\b/i, generators: ['litespeed'] },
  { name: 'IIS', pattern: /\biis\b/i, generators: ['iis', 'azure-app-service'] },
  { name: 'Apache', pattern: /\bapache\b|\bhttpd\b|mod_proxy/i, generators: ['apache'] },
  { name: 'nginx', pattern: /nginx|proxy_read_timeout|fastcgi_/i, generators: NGINX_FAMILY },
  { name: 'PHP', pattern: /\bphp\b|php-fpm|request_terminate_timeout|pm\.max_children/i, stack: 'php' },
  { name: 'a shell on the host', pattern: /systemctl|journalctl|\bulimit\b|\bsysctl\b|\biptables\b|\/var\/log\//i, notStack: ['managed-platform', 'windows'] },
];
