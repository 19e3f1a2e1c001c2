// The proxy is pointed at the wrong origin IP, port or protocol. Seeds: Huawei WAF symptom 2;
// Cloudflare 523 (wrong A/AAAA record), 522 (origin IP changed), 521 (SSL mode vs listening port).
import { defineCause } from '../knowledge/cause';

// WAF / anti-DDoS services that proxy to the origin (ModSecurity runs inside the origin's server, so it is not one).
const SECURITY_PROXIES = ['huawei-waf', 'tencent-waf', 'tencent-anti-ddos', 'alibaba-waf', 'imperva', 'sucuri', 'ddos-guard', 'f5', 'safeline', 'safedog', 'fortiweb', 'barracuda'] as const;
// Those whose own back-to-origin 5xx pages are nginx / Tengine stock pages (see fingerprints/huawei-waf.ts,
// alibaba-waf.ts): behind them, an nginx-family page does not prove that the origin's server wrote it.
const NGINX_LAYOUT_WAFS = ['huawei-waf', 'alibaba-waf'] as const;
/** Proxies with an origin-settings step of their own below. */
const PROXIES_WITH_SETTINGS_STEPS = ['cloudflare', 'huawei-waf', 'aws-cloudfront'] as const;

export default defineCause({
  id: 'origin-address-misconfigured',
  title: 'The proxy is configured with the wrong origin address, port or protocol',
  summary: 'The CDN, firewall or load balancer in front of the site sends visitors\' requests to the wrong server address, port or protocol.',
  why:
    'The CDN, WAF or load balancer forwards to the origin exactly as configured: IP address (or DNS record), ' +
    'port and protocol. If the server moved to a new IP, a backend entry has a typo, one of several backend ' +
    'servers is wrong, or the proxy talks HTTPS to a port that speaks HTTP (or the reverse), connections fail ' +
    'or hit the wrong machine and the proxy answers 500 / 502 / 521 / 522 / 523. With several backends, only ' +
    'some requests fail.',
  fixedBy: 'site-owner',
  layer: 'unknown',
  when: [
    { id: 'huawei-tencent-500-502', generator: ['huawei-waf', 'tencent-anti-ddos', 'tencent-waf'], status: [500, 502], weight: 5, because: 'A Huawei or Tencent Cloud security proxy answered 500/502: both vendors list a wrong origin protocol, IP or port in the domain settings as a cause (Huawei symptom 2, Tencent cause 2).' },
    { id: 'edge-providers-500-502', generator: ['alibaba-waf', 'imperva', 'sucuri', 'ddos-guard', 'f5'], status: [500, 502], weight: 4, because: 'A WAF / anti-DDoS service answered 500/502: it forwards exactly to the origin protocol, IP and port in its settings, and a wrong one fails the request.' },
    { id: 'waf-anti-ddos-500-502', layer: ['waf', 'anti-ddos'], status: [500, 502], weight: 2, because: 'A security proxy in front of the origin could not use the configured origin.' },
    { id: 'cloudflare-523', generator: ['cloudflare'], status: [523], weight: 8, because: 'Cloudflare 523: the origin is unreachable, most often because the A/AAAA record points at an address the origin no longer has.' },
    { id: 'code-523', code: ['523'], weight: 2, because: 'Error code 523: origin unreachable.' },
    { id: 'cloudflare-522', generator: ['cloudflare'], status: [522], weight: 4, because: 'Cloudflare 522: an origin IP in the DNS records that does not match the server the host now provides is a listed cause.' },
    { id: 'cloudflare-521', generator: ['cloudflare'], status: [521], weight: 3, because: 'Cloudflare 521: with SSL mode Full the origin must listen on 443, with Flexible on 80; a mismatch refuses the connection.' },
    { id: 'aws-cloudfront-502-504-blame-origin', generator: ['aws-cloudfront'], status: [502, 504], blame: ['origin'], weight: 4, because: 'CloudFront could not reach the origin: check the origin domain, HTTP/HTTPS ports and origin protocol policy.' },
    { id: 'load-balancers-502', generator: ['alibaba-slb', 'tencent-clb', 'huawei-elb', 'aws-alb', 'azure-app-gateway', 'google-frontend'], status: [502], weight: 2, because: 'A load balancer could not use a backend: a wrong backend port or protocol in the listener is possible.' },
    { id: 'every-try-refused-at-once', status: [0, 502, 503, 521], blame: ['origin', 'unknown'], recurrence: { pattern: ['persistent'], failuresInstant: true }, weight: 2, because: 'Every look was refused at once: a connection to an address or port where nothing listens is refused like this, every time.' },
    { id: 'refused-unreachable-blame-origin', blame: ['origin'], failure: ['refused', 'unreachable'], weight: 3, because: 'The proxy could not connect to the origin address it was given.' },
    { id: 'timeout-blame-origin', blame: ['origin'], failure: ['timeout'], weight: 1, because: 'Connections to a wrong address often just time out.' },
    { id: 'tls-blame-origin', blame: ['origin'], failure: ['tls'], weight: 2, because: 'A TLS failure also happens when the proxy speaks HTTPS to a plain-HTTP port.' },
    { id: 'config-blame-origin', blame: ['origin'], failure: ['config'], weight: 4, because: 'The failure is in how the origin is configured on the proxy.' },
    { id: 'behind-security-proxies-500-502', inPath: [...SECURITY_PROXIES], layer: ['waf', 'anti-ddos', 'unknown'], blame: ['origin', 'upstream-app', 'reverse-proxy', 'unknown'], status: [500, 502], weight: 7, because: 'A WAF / anti-DDoS service is in the path of this 500/502: it forwards exactly to the origin protocol, IP and port in its settings, and a wrong one fails every request.' },
    { id: 'nginx-page-behind-nginx-layout-wafs-500-502', generator: ['nginx', 'openresty', 'tengine'], inPath: [...NGINX_LAYOUT_WAFS], status: [500, 502], weight: 7, because: 'The WAF in the path writes nginx-style 500/502 pages of its own about its hop to the origin: a wrong origin protocol, IP or port in its settings fails that hop.' },
    { id: 'status-502-blame-unknown', status: [502], blame: ['unknown'], weight: 1, because: 'Nobody could be named for this 502: a proxy in front of the site may be pointed at the wrong origin address, port or protocol.' },
    { id: 'not-blame-edge-client', blame: ['edge', 'client'], weight: -5, because: 'The page puts the fault at the edge itself or in the request: the proxy did not fail on the origin address it was given.' },
  ],
  steps: [
    {
      id: 'cloudflare-origin-settings',
      title: 'Cloudflare: check the DNS records and the SSL/TLS mode',
      detail: 'The proxied A/AAAA records must hold the origin\'s current address. The SSL/TLS mode sets the port Cloudflare connects to: Full and Full (strict) use 443 with HTTPS, Flexible uses 80 with plain HTTP.',
      audience: 'owner',
      kind: 'check',
      appliesTo: { present: ['cloudflare'] },
    },
    {
      id: 'huawei-waf-origin-settings',
      title: 'Huawei WAF: check the domain\'s server information',
      detail: 'In the WAF console, open the domain\'s details and compare each origin server\'s protocol, address and port with the server you run; with several origin servers, check every one.',
      audience: 'owner',
      kind: 'check',
      appliesTo: { present: ['huawei-waf'] },
    },
    {
      id: 'cloudfront-origin-settings',
      title: 'CloudFront: check the origin domain, ports and protocol policy',
      detail: 'The origin domain name must resolve to the server, and the origin protocol policy (HTTP only, HTTPS only, match viewer) must fit the ports the origin listens on.',
      audience: 'owner',
      kind: 'check',
      appliesTo: { present: ['aws-cloudfront'] },
    },
    {
      id: 'check-origin-settings',
      title: 'Check the origin settings on the proxy',
      detail: 'In the CDN / WAF / load balancer console, compare the origin (server) protocol, IP address or hostname and port with the server you actually run. With several backends, check every one.',
      audience: 'owner',
      kind: 'check',
      appliesTo: { absent: [...PROXIES_WITH_SETTINGS_STEPS] },
    },
    {
      id: 'compare-dns',
      title: 'Compare what the name resolves to with the real server address',
      detail: 'Behind a proxy the public name resolves to the proxy; compare the origin record or backend IP configured on the proxy with the server\'s current public address.',
      audience: 'owner',
      kind: 'check',
      appliesTo: { notStack: ['managed-platform'] },
      command: 'dig +short {host}; curl -s https://ifconfig.me   # run the second on the origin server',
    },
    {
      id: 'probe-port-protocol',
      title: 'Probe the configured port with the configured protocol',
      detail: 'If HTTPS fails but HTTP works on the same port (or the reverse), the proxy\'s origin protocol does not match the server.',
      audience: 'owner',
      kind: 'check',
      command: 'curl -sv --resolve {host}:443:ORIGIN_IP https://{host}/ -o /dev/null; curl -sv --resolve {host}:80:ORIGIN_IP http://{host}/ -o /dev/null',
    },
    {
      id: 'listening-ports',
      title: 'See which ports the origin listens on',
      detail: 'The port configured on the proxy must appear here, bound to a public (or the load balancer-facing) address.',
      audience: 'owner',
      kind: 'check',
      appliesTo: { notStack: ['managed-platform', 'windows'] },
      command: "ss -ltnp | grep -E ':(80|443|8080|8443) '",
    },
    {
      id: 'listening-ports-windows',
      title: 'See which ports the Windows origin listens on',
      detail: 'The port configured on the proxy must be in the LISTENING list, bound to a public (or the load balancer-facing) address.',
      audience: 'owner',
      kind: 'check',
      appliesTo: { stack: ['windows'] },
      command: 'netstat -ano | findstr LISTENING',
    },
    {
      id: 'correct-origin',
      title: 'Correct the origin address, port or protocol on the proxy',
      detail: 'Enter the server\'s current address (or a host name that resolves to it), the port it listens on and the protocol that port speaks; remove or fix any backend entry that points elsewhere.',
      audience: 'owner',
      kind: 'fix',
    },
    {
      id: 'tell-owner',
      title: 'Tell the site owner',
      detail: 'The site\'s proxy is pointed at the wrong place; only the owner can fix it. Send the support summary.',
      audience: 'visitor',
      intent: 'tell-owner',
    },
  ],
  sources: [
    'https://support.huaweicloud.com/intl/en-us/waf_faq/waf_01_0066.html (Huawei Cloud WAF FAQ, symptom 2)',
    'https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-523/',
    'https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-522/',
    'https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-521/',
    'https://developers.cloudflare.com/ssl/origin-configuration/ssl-modes/ (Flexible connects over HTTP, Full over HTTPS)',
    'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/http-502-bad-gateway.html',
    'https://www.tencentcloud.com/document/product/1213/56657 (Tencent Cloud Anti-DDoS Advanced 502 FAQ: real server port, protocol or IP)',
  ],
});
