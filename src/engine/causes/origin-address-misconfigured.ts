// The proxy is pointed at the wrong origin IP, port or protocol. Seeds: Huawei WAF symptom 2;
// Cloudflare 523 (wrong A/AAAA record), 522 (origin IP changed), 521 (SSL mode vs listening port).
import { defineCause } from '../knowledge/cause';

// WAF / anti-DDoS services that proxy to the origin (ModSecurity runs inside the origin's server, so it is not one).
const SECURITY_PROXIES = ['huawei-waf', 'tencent-waf', 'tencent-anti-ddos', 'alibaba-waf', 'imperva', 'sucuri', 'ddos-guard', 'f5', 'safeline', 'safedog', 'fortiweb', 'barracuda'] as const;
// Those whose own back-to-origin 5xx pages are nginx / Tengine stock pages (see fingerprints/huawei-waf.ts,
// alibaba-waf.ts): behind them, an nginx-family page does not prove that the origin's server wrote it.
const NGINX_LAYOUT_WAFS = ['huawei-waf', 'alibaba-waf'] as const;

export default defineCause({
  id: 'origin-address-misconfigured',
  title: 'The proxy is configured with the wrong origin address, port or protocol',
  why:
    'The CDN, WAF or load balancer forwards to the origin exactly as configured: IP address (or DNS record), ' +
    'port and protocol. If the server moved to a new IP, a backend entry has a typo, one of several backend ' +
    'servers is wrong, or the proxy talks HTTPS to a port that speaks HTTP (or the reverse), connections fail ' +
    'or hit the wrong machine and the proxy answers 500 / 502 / 521 / 522 / 523. With several backends, only ' +
    'some requests fail.',
  fixedBy: 'site-owner',
  layer: 'unknown',
  when: [
    { id: 'edge-providers-500-502', generator: ['huawei-waf', 'tencent-anti-ddos', 'tencent-waf', 'alibaba-waf', 'imperva', 'sucuri', 'ddos-guard', 'f5'], status: [500, 502], weight: 5, because: 'A WAF / anti-DDoS service answered 500/502: a wrong origin protocol, IP or port in its domain settings is a listed cause.' },
    { id: 'waf-anti-ddos-500-502', layer: ['waf', 'anti-ddos'], status: [500, 502], weight: 2, because: 'A security proxy in front of the origin could not use the configured origin.' },
    { id: 'cloudflare-523', generator: ['cloudflare'], status: [523], weight: 8, because: 'Cloudflare 523: the origin is unreachable, most often because the A/AAAA record points at an address the origin no longer has.' },
    { id: 'code-523', code: ['523'], weight: 2, because: 'Error code 523: origin unreachable.' },
    { id: 'cloudflare-522', generator: ['cloudflare'], status: [522], weight: 4, because: 'Cloudflare 522: an origin IP in the DNS records that does not match the server the host now provides is a listed cause.' },
    { id: 'cloudflare-521', generator: ['cloudflare'], status: [521], weight: 3, because: 'Cloudflare 521: with SSL mode Full the origin must listen on 443, with Flexible on 80; a mismatch refuses the connection.' },
    { id: 'aws-cloudfront-502-504-blame-origin', generator: ['aws-cloudfront'], status: [502, 504], blame: ['origin'], weight: 4, because: 'CloudFront could not reach the origin: check the origin domain, HTTP/HTTPS ports and origin protocol policy.' },
    { id: 'load-balancers-502', generator: ['alibaba-slb', 'tencent-clb', 'huawei-elb', 'aws-alb', 'azure-app-gateway', 'google-frontend'], status: [502], weight: 2, because: 'A load balancer could not use a backend: a wrong backend port or protocol in the listener is possible.' },
    { id: 'refused-unreachable-blame-origin', blame: ['origin'], failure: ['refused', 'unreachable'], weight: 3, because: 'The proxy could not connect to the origin address it was given.' },
    { id: 'timeout-blame-origin', blame: ['origin'], failure: ['timeout'], weight: 1, because: 'Connections to a wrong address often just time out.' },
    { id: 'tls-blame-origin', blame: ['origin'], failure: ['tls'], weight: 2, because: 'A TLS failure also happens when the proxy speaks HTTPS to a plain-HTTP port.' },
    { id: 'config-blame-origin', blame: ['origin'], failure: ['config'], weight: 4, because: 'The failure is in how the origin is configured on the proxy.' },
    { id: 'behind-security-proxies-500-502', inPath: [...SECURITY_PROXIES], layer: ['waf', 'anti-ddos', 'unknown'], blame: ['origin', 'upstream-app', 'reverse-proxy', 'unknown'], status: [500, 502], weight: 7, because: 'A WAF / anti-DDoS service is in the path of this 500/502: a wrong origin protocol, IP or port in its domain settings is a listed cause (Huawei symptom 2, Tencent cause 2).' },
    { id: 'nginx-page-behind-nginx-layout-wafs-500-502', generator: ['nginx', 'openresty', 'tengine'], inPath: [...NGINX_LAYOUT_WAFS], status: [500, 502], weight: 7, because: 'The WAF in the path writes nginx-style 500/502 pages of its own: a wrong origin protocol, IP or port in its settings is a listed cause.' },
    { id: 'status-502-blame-unknown', status: [502], blame: ['unknown'], weight: 1, because: 'Nobody could be named for this 502: a proxy in front of the site may be pointed at the wrong origin address, port or protocol.' },
    { id: 'not-blame-edge-client', blame: ['edge', 'client'], weight: -5, because: 'The failing hop is the edge or the request itself.' },
  ],
  steps: [
    {
      id: 'check-origin-settings',
      title: 'Check the origin settings on the proxy',
      detail: 'In the CDN / WAF / load balancer console, compare the origin (server) protocol, IP address or hostname and port with the server you actually run. With several backends, check every one. Cloudflare: DNS app A/AAAA records and SSL/TLS mode; Huawei WAF: domain details > Server Information.',
      audience: 'owner',
    },
    {
      id: 'compare-dns',
      title: 'Compare what the name resolves to with the real server address',
      detail: 'Behind a proxy the public name resolves to the proxy; compare the origin record or backend IP configured on the proxy with the server\'s current public address.',
      audience: 'owner',
      command: 'dig +short {host}; curl -s https://ifconfig.me   # run the second on the origin server',
    },
    {
      id: 'probe-port-protocol',
      title: 'Probe the configured port with the configured protocol',
      detail: 'If HTTPS fails but HTTP works on the same port (or the reverse), the proxy\'s origin protocol does not match the server.',
      audience: 'owner',
      command: 'curl -sv --resolve {host}:443:ORIGIN_IP https://{host}/ -o /dev/null; curl -sv --resolve {host}:80:ORIGIN_IP http://{host}/ -o /dev/null',
    },
    {
      id: 'listening-ports',
      title: 'See which ports the origin listens on',
      detail: 'The port configured on the proxy must appear here, bound to a public (or the load balancer-facing) address.',
      audience: 'owner',
      command: "ss -ltnp | grep -E ':(80|443|8080|8443) '",
    },
    {
      id: 'tell-owner',
      title: 'Tell the site owner',
      detail: 'The site\'s proxy is pointed at the wrong place; only the owner can fix it. Send the support summary.',
      audience: 'visitor',
    },
  ],
  sources: [
    'https://support.huaweicloud.com/intl/en-us/waf_faq/waf_01_0066.html (Huawei Cloud WAF FAQ, symptom 2)',
    'https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-523/',
    'https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-522/',
    'https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-521/',
    'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/http-502-bad-gateway.html',
    'https://www.tencentcloud.com/document/product/1213/56657 (Tencent Cloud Anti-DDoS Advanced 502 FAQ: real server port, protocol or IP)',
  ],
});
