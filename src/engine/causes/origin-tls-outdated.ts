// The origin only offers old SSL/TLS versions or ciphers the proxy refuses. Seeds: Huawei WAF
// symptom 3 (WAF needs TLS 1.2+); Cloudflare 525 (cipher mismatch, no SNI); CloudFront 502.
// Not Cloudflare 526: there the handshake worked and the certificate was refused (origin-certificate-invalid).
import { defineCause } from '../knowledge/cause';

// WAF / anti-DDoS services that proxy to the origin (ModSecurity runs inside the origin's server, so it is not one).
const SECURITY_PROXIES = ['huawei-waf', 'tencent-waf', 'tencent-anti-ddos', 'alibaba-waf', 'imperva', 'sucuri', 'ddos-guard', 'f5', 'safeline', 'safedog', 'fortiweb', 'barracuda'] as const;
// Those whose own back-to-origin 5xx pages are nginx / Tengine stock pages (see fingerprints/huawei-waf.ts,
// alibaba-waf.ts): behind them, an nginx-family page does not prove that the origin's server wrote it.
const NGINX_LAYOUT_WAFS = ['huawei-waf', 'alibaba-waf'] as const;

const NGINX_FAMILY = ['nginx', 'openresty', 'tengine'] as const;

export default defineCause({
  id: 'origin-tls-outdated',
  title: 'The origin speaks only outdated TLS versions or ciphers the proxy refuses',
  summary: 'The site\'s server only offers old encryption settings, so its own proxy or CDN refuses to connect to it securely.',
  why:
    'When the proxy connects to the origin over HTTPS, both sides must agree on a protocol version and cipher. ' +
    'Proxies such as Huawei Cloud WAF require TLS 1.2 or later; Cloudflare and CloudFront also refuse weak ' +
    'ciphers. An old server (Windows Server 2008 and earlier without TLS 1.2, old OpenSSL, an IIS / Apache / ' +
    'nginx config that still lists only SSLv3 / TLS 1.0 / 1.1) makes the handshake fail, so the proxy answers ' +
    '502 or 525 — while visitors with old clients can still reach the origin directly.',
  fixedBy: 'site-owner',
  layer: 'unknown',
  when: [
    { id: 'cloudflare-525', generator: ['cloudflare'], status: [525], weight: 9, because: 'Cloudflare 525: the TLS handshake between Cloudflare and the origin failed; no cipher or protocol in common is a listed cause.' },
    { id: 'code-525', code: ['525'], weight: 2, because: 'Error code 525: SSL handshake failed.' },
    { id: 'huawei-waf-502', generator: ['huawei-waf'], status: [502], weight: 4, because: 'Huawei Cloud WAF answered 502: it connects to the origin with TLS 1.2 or later only, and names an older origin as a cause (symptom 3).' },
    { id: 'security-proxies-502', generator: ['tencent-anti-ddos', 'tencent-waf', 'alibaba-waf', 'imperva', 'sucuri', 'ddos-guard', 'f5'], status: [502], weight: 3, because: 'A WAF answered 502: a service that fetches from the origin over HTTPS fails when the origin offers only TLS versions or ciphers it no longer accepts.' },
    { id: 'waf-anti-ddos-502', layer: ['waf', 'anti-ddos'], status: [502], weight: 2, because: 'A security proxy fetching over HTTPS fails the handshake with an outdated origin.' },
    { id: 'aws-cloudfront-502', generator: ['aws-cloudfront'], status: [502], weight: 3, because: 'CloudFront 502: the origin not answering with a supported protocol or cipher is a documented cause.' },
    { id: 'aws-alb-502', generator: ['aws-alb'], status: [502], weight: 1, because: 'An ALB 502 can be an SSL handshake error or timeout with the target.' },
    { id: 'tls-blame-origin-upstream-app', failure: ['tls'], blame: ['origin', 'upstream-app'], weight: 5, because: 'The proxy failed the TLS handshake with the origin.' },
    { id: 'tls', failure: ['tls'], weight: 2, because: 'The failure is a TLS failure.' },
    { id: 'behind-security-proxies-502', inPath: [...SECURITY_PROXIES], layer: ['waf', 'anti-ddos', 'unknown'], blame: ['origin', 'upstream-app', 'reverse-proxy', 'unknown'], status: [502], weight: 6, because: 'A WAF / anti-DDoS service is in the path of this 502: such services reach the origin only with current TLS versions, so an older origin fails every HTTPS request.' },
    { id: 'nginx-page-behind-nginx-layout-wafs-502', generator: [...NGINX_FAMILY], inPath: [...NGINX_LAYOUT_WAFS], status: [502], weight: 6, because: 'The WAF in the path writes nginx-style 502 pages of its own: an origin without TLS 1.2 or later fails its HTTPS back-to-origin requests.' },
    { id: 'https-behind-security-proxies-502', scheme: ['https'], inPath: [...SECURITY_PROXIES], layer: ['waf', 'anti-ddos', 'unknown'], blame: ['origin', 'upstream-app', 'reverse-proxy', 'unknown'], status: [502], weight: 2, because: 'The page failed over HTTPS: an origin too old for the WAF\'s TLS fails only its HTTPS traffic, plain HTTP still works (Huawei symptom 3).' },
    { id: 'not-cloudflare-526', generator: ['cloudflare'], status: [526], weight: -6, because: 'Cloudflare 526: the handshake with the origin worked and Cloudflare refused the origin\'s certificate; a protocol or cipher mismatch fails the handshake itself, which Cloudflare reports as 525.' },
    { id: 'not-blame-elsewhere', blame: ['edge', 'client', 'cdn-config'], weight: -4, because: 'The page puts the fault at the edge or in the request: the proxy-to-origin handshake was not what failed.' },
  ],
  steps: [
    {
      id: 'test-tls12',
      title: 'Test whether the origin completes a TLS 1.2 handshake',
      detail: 'Run against the origin address with the site\'s name as SNI. A handshake failure here, while -tls1 or -ssl3 works, means the origin is outdated. Add -tls1_3 to check TLS 1.3 too.',
      audience: 'owner',
      kind: 'check',
      command: 'openssl s_client -connect ORIGIN_IP:443 -servername {host} -tls1_2 </dev/null',
    },
    {
      id: 'list-ciphers',
      title: 'List the protocols and ciphers the origin offers',
      detail: 'Compare with the proxy\'s supported list. Online: https://www.ssllabs.com/ssltest/ (test the origin directly, not through the proxy).',
      audience: 'owner',
      kind: 'check',
      command: 'nmap --script ssl-enum-ciphers -p 443 ORIGIN_IP',
    },
    {
      id: 'enable-modern-tls-nginx',
      title: 'Enable TLS 1.2 / 1.3 with modern ciphers (nginx)',
      detail: 'In the server block, then test and reload: nginx -t && nginx -s reload.',
      audience: 'owner',
      kind: 'fix',
      appliesTo: { present: [...NGINX_FAMILY] },
      command: 'ssl_protocols TLSv1.2 TLSv1.3;\nssl_ciphers ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384;\nssl_prefer_server_ciphers off;',
    },
    {
      id: 'enable-modern-tls-apache',
      title: 'Enable TLS 1.2 / 1.3 with modern ciphers (Apache)',
      detail: 'In the SSL virtual host or ssl.conf, then apachectl configtest and a graceful restart. TLS 1.3 needs OpenSSL 1.1.1 or later.',
      audience: 'owner',
      kind: 'fix',
      appliesTo: { present: ['apache'] },
      command: 'SSLProtocol -all +TLSv1.2 +TLSv1.3\nSSLCipherSuite ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384',
    },
    {
      id: 'enable-tls12-windows',
      title: 'Enable TLS 1.2 on the Windows server (IIS)',
      detail: 'IIS uses the protocols Windows (SCHANNEL) allows. On Windows Server 2008 R2 TLS 1.2 is present but off: enable it in the SCHANNEL registry keys and restart. Windows Server 2008 needs an update first, and older releases cannot speak TLS 1.2: upgrade the operating system.',
      audience: 'owner',
      kind: 'fix',
      appliesTo: { stack: ['windows'] },
    },
    {
      id: 'enable-modern-tls',
      title: 'Enable TLS 1.2 / 1.3 on the origin',
      detail: 'In the origin\'s web server or TLS terminator, allow TLS 1.2 and 1.3 with current ECDHE / AES-GCM ciphers and turn off SSLv3, TLS 1.0 and 1.1. A server too old to offer TLS 1.2 needs an upgrade of its TLS library or operating system.',
      audience: 'owner',
      kind: 'fix',
      appliesTo: { absent: [...NGINX_FAMILY, 'apache', 'iis'] },
    },
    {
      id: 'http-to-origin',
      title: 'Huawei WAF: or forward to the origin over HTTP',
      detail: 'Huawei Cloud WAF allows it to terminate HTTPS and forward to the origin over plain HTTP, which also lowers the origin\'s load. It lowers security: the traffic between the WAF and the origin is then unencrypted, so do it only where that path is private or trusted, and prefer upgrading the origin\'s TLS.',
      audience: 'owner',
      kind: 'fix',
      appliesTo: { present: ['huawei-waf'] },
    },
    {
      id: 'tell-owner',
      title: 'Tell the site owner',
      detail: 'The site\'s server uses encryption settings its own proxy no longer accepts. Send the support summary to the site owner.',
      audience: 'visitor',
      intent: 'tell-owner',
    },
  ],
  sources: [
    'https://support.huaweicloud.com/intl/en-us/waf_faq/waf_01_0066.html (Huawei Cloud WAF FAQ: symptom 3, TLS 1.2 or later and Windows Server 2008; symptom 4, forwarding to the origin over HTTP)',
    'https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-525/ (525: the handshake failed, e.g. no cipher suites in common)',
    'https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-526/ (526: the origin certificate could not be validated)',
    'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/http-502-bad-gateway.html',
    'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-troubleshooting.html',
    'https://httpd.apache.org/docs/2.4/mod/mod_ssl.html#sslprotocol',
    'https://learn.microsoft.com/windows-server/security/tls/tls-registry-settings (SCHANNEL protocol keys)',
  ],
});
