// The origin (its firewall, host security software, fail2ban, .htaccess deny rules) drops or rejects
// the addresses the proxy uses to reach it. Seeds: Huawei WAF symptom 1, Alibaba SLB cause 3,
// Tencent Anti-DDoS cause 1; Cloudflare 521 / 522 / 520.
// A WAF / anti-DDoS service in the path of a failed (not blocked) 5xx counts whichever server wrote
// the page: Huawei's and Alibaba's WAFs answer a failed back-to-origin request with nginx / Tengine
// stock pages, so behind them an nginx page does not prove that the origin was reached.
import { defineCause } from '../knowledge/cause';
import { ORIGIN_FACING_ADDRESSES, ORIGIN_FACING_GENERATORS } from '../knowledge/origin-facing-addresses';

// WAF / anti-DDoS services that proxy to the origin (ModSecurity runs inside the origin's server, so it is not one).
const SECURITY_PROXIES = ['huawei-waf', 'tencent-waf', 'tencent-anti-ddos', 'alibaba-waf', 'imperva', 'sucuri', 'ddos-guard', 'f5', 'safeline', 'safedog', 'fortiweb', 'barracuda'] as const;
// Those whose own back-to-origin 5xx pages are nginx / Tengine stock pages (see fingerprints/huawei-waf.ts,
// alibaba-waf.ts): behind them, an nginx-family page does not prove that the origin's server wrote it.
const NGINX_LAYOUT_WAFS = ['huawei-waf', 'alibaba-waf'] as const;

export default defineCause({
  id: 'proxy-ips-blocked-at-origin',
  title: "The origin's firewall blocks the proxy's back-to-origin IP addresses",
  summary: "A firewall or security tool on the origin blocks the addresses the CDN, WAF or load balancer connects from.",
  why:
    'A CDN, WAF, anti-DDoS service or load balancer does not forward the visitor\'s address: it opens its own ' +
    'connections to the origin from a small set of back-to-origin ("forwarding") addresses. To a firewall, ' +
    'host security software or an automatic banning tool on the origin, that looks like a few clients sending ' +
    'all of the site\'s traffic, and they get blocked. The proxy then cannot connect (refused or dropped) and ' +
    'answers with its own 502, 521 or 522 page. It often starts a few minutes after the site was put behind the ' +
    'proxy, once the traffic builds up.',
  fixedBy: 'site-owner',
  layer: 'unknown',
  when: [
    { id: 'cloudflare-521', generator: ['cloudflare'], status: [521], weight: 7, because: 'Cloudflare 521 means the origin refused its connection; blocked Cloudflare addresses are one of the two usual reasons.' },
    { id: 'code-521', code: ['521'], weight: 3, because: 'Error code 521: the origin refused the connection from the proxy.' },
    { id: 'cloudflare-522', generator: ['cloudflare'], status: [522], weight: 8, because: "Cloudflare 522 means the origin never answered its connection; Cloudflare names blocked or rate-limited Cloudflare IPs as the most common cause." },
    { id: 'code-522', code: ['522'], weight: 2, because: 'Error code 522: the connection from the proxy to the origin timed out.' },
    { id: 'cloudflare-522-after-17s-to-22s', generator: ['cloudflare'], status: [522], elapsedMs: { min: 17000, max: 21500 }, weight: 3, because: "The error came after about 19 s, the time Cloudflare waits for the origin's SYN+ACK: the packets were dropped, as a firewall DROP rule does." },
    { id: 'cloudflare-520', generator: ['cloudflare'], status: [520], weight: 2, because: 'Cloudflare lists security plugins and firewalls that block its addresses among the causes of 520.' },
    { id: 'edge-providers-500-502-504', generator: ['huawei-waf', 'tencent-anti-ddos', 'tencent-waf', 'alibaba-waf', 'imperva', 'sucuri', 'ddos-guard', 'f5'], status: [500, 502, 504], weight: 7, because: 'A WAF / anti-DDoS service answered 5xx for the origin: an origin that blocks the service\'s forwarding addresses is a common reason.' },
    { id: 'waf-anti-ddos-502-504', layer: ['waf', 'anti-ddos'], status: [502, 504], weight: 3, because: 'A security proxy in front of the origin failed to fetch the page; origins often block such proxies as "too many requests from one IP".' },
    { id: 'load-balancers-500-502', generator: ['alibaba-slb', 'tencent-clb', 'huawei-elb'], status: [500, 502], weight: 5, because: "A cloud load balancer answered 5xx itself; security software on the backend that blocks the load balancer's address range is a listed cause." },
    { id: 'aws-cloudfront-502-504-blame-origin', generator: ['aws-cloudfront'], status: [502, 504], blame: ['origin'], weight: 4, because: 'CloudFront could not connect to the origin: a firewall or security group that does not allow CloudFront is a common reason.' },
    { id: 'aws-alb-504-after-9s-to-12s', generator: ['aws-alb'], status: [504], elapsedMs: { min: 9000, max: 11500 }, weight: 5, because: "The ALB gave up after about 10 s, its connect timeout: the target's security group or network ACL drops the load balancer's packets." },
    { id: 'google-frontend-502', generator: ['google-frontend'], status: [502], weight: 2, because: "Google's load balancer connects from 35.191.0.0/16 and 130.211.0.0/22; a VPC firewall that does not allow them breaks every request." },
    { id: 'akamai-or-fastly-refused-etc-blame-origin', generator: ['akamai', 'fastly'], blame: ['origin'], failure: ['refused', 'timeout', 'unreachable'], weight: 4, because: "The CDN could not connect to the origin: an origin firewall that does not allow the CDN's addresses is a frequent reason." },
    { id: 'refused-blame-origin', blame: ['origin'], failure: ['refused'], weight: 3, because: 'The origin refused the connection from the proxy.' },
    { id: 'timeout-unreachable-blame-origin', blame: ['origin'], failure: ['timeout', 'unreachable'], weight: 2, because: 'The proxy could not open a connection to the origin: dropped packets look exactly like this.' },
    { id: 'blocked-blame-origin', blame: ['origin'], failure: ['blocked'], weight: 4, because: 'The origin itself blocked the request from the proxy.' },
    { id: 'behind-security-proxies-500-502-504', inPath: [...SECURITY_PROXIES], layer: ['waf', 'anti-ddos', 'unknown'], blame: ['origin', 'upstream-app', 'reverse-proxy', 'unknown'], status: [500, 502, 504], weight: 10, because: 'A WAF / anti-DDoS service is in the path of this 5xx: an origin firewall or security tool that blocks its few back-to-origin addresses is the usual reason, whichever server wrote the page.' },
    { id: 'nginx-page-behind-nginx-layout-wafs-500-502-504', generator: ['nginx', 'openresty', 'tengine'], inPath: [...NGINX_LAYOUT_WAFS], status: [500, 502, 504], weight: 10, because: 'The WAF in the path writes nginx-style 5xx pages of its own after a failed back-to-origin request; an origin that blocks the WAF\'s addresses is a listed cause.' },
    { id: 'nginx-behind-nginx-layout-wafs-500-502-504', generator: ['nginx', 'openresty', 'tengine'], inPath: [...NGINX_LAYOUT_WAFS], status: [500, 502, 504], weight: 4, because: 'The nginx-style page came through a WAF that writes such pages itself: it does not prove that the origin was reached.' },
    { id: 'tengine-500-502', generator: ['tengine'], status: [500, 502], weight: 4, because: 'Tengine wrote this 500/502, as Alibaba Cloud SLB does: Alibaba lists backend security software that blocks the SLB range 100.64.0.0/10.' },
    { id: 'cloudflare-502-504-blame-origin-side', generator: ['cloudflare'], status: [502, 504], blame: ['origin', 'upstream-app', 'reverse-proxy'], weight: 3, because: 'Cloudflare\'s 502/504 FAQ names a service at the origin being blocked, such as a firewall or security plugin refusing Cloudflare\'s addresses, as one of its three reasons.' },
    { id: 'status-502-504-blame-unknown', status: [502, 504], blame: ['unknown'], weight: 1, because: 'Nobody could be named for this gateway error: it often comes from a protection service in front of the site whose back-to-origin addresses the origin blocks.' },
    { id: 'not-reverse-proxies-blame-upstream-app-reverse-proxy', blame: ['upstream-app', 'reverse-proxy'], generator: ['nginx', 'apache', 'openresty', 'iis', 'litespeed', 'caddy'], weight: -4, because: 'An origin web server wrote this page, so the proxy did reach the origin.' },
    { id: 'every-try-refused-at-once', status: [0, 502, 521], blame: ['origin', 'unknown'], recurrence: { pattern: ['persistent'], failuresInstant: true }, weight: 2, because: 'Every look was refused at once: a firewall that rejects the proxy\'s addresses answers that fast, every time.' },
    { id: 'failing-since-layer-added', status: [500, 502, 504, 520, 521, 522], recurrence: { addedLayer: ['cdn', 'waf', 'anti-ddos'] }, weight: 6, because: 'The failures began once a protection or CDN layer started forwarding the requests: an origin firewall or security tool that blocks its few back-to-origin addresses does exactly this (the site works at first, then fails a few minutes later).' },
    { id: 'every-try-at-connect-timer', status: [502, 504, 522], recurrence: { pattern: ['persistent'], atTimer: ['connect'] }, weight: 2, because: 'Every look failed when the proxy gives up opening a connection: packets to the origin are dropped, as a firewall that drops the proxy\'s addresses does.' },
    { id: 'not-blame-elsewhere', blame: ['edge', 'client', 'cdn-config'], weight: -5, because: 'The failing hop is the edge or the request itself, not the connection to the origin.' },
  ],
  steps: [
    {
      id: 'bypass-the-proxy',
      title: 'Compare the proxy with a direct request to the origin',
      detail:
        'From a machine outside the proxy, send the request straight to the origin. If the origin answers directly but not through the proxy, the proxy\'s addresses are being blocked or rate limited.',
      audience: 'owner',
      kind: 'check',
      command: 'curl -sv --resolve {host}:443:ORIGIN_IP https://{host}/ -o /dev/null',
    },
    {
      id: 'find-blocking-rules',
      appliesTo: { notStack: ['managed-platform', 'windows'] },
      title: 'Look for DROP / REJECT rules and automatic bans on the origin',
      detail: 'Check the host firewall, automatic banning tools (fail2ban, CSF), cloud security groups and host security software for entries that match the proxy\'s addresses.',
      audience: 'owner',
      kind: 'check',
      command: "iptables -nL INPUT --line-numbers | grep -iE 'drop|reject'; nft list ruleset | grep -iE 'drop|reject'; fail2ban-client status 2>/dev/null",
    },
    // One step per proxy that publishes its origin-facing addresses, shown only where it is present.
    ...ORIGIN_FACING_ADDRESSES.map((entry) => ({
      id: `allow-${entry.id}-addresses`,
      appliesTo: entry.hostCommand === true
        ? { present: [...entry.generators], notStack: ['managed-platform' as const, 'windows' as const] }
        : { present: [...entry.generators] },
      title: entry.title,
      detail: entry.detail,
      audience: 'owner' as const,
      kind: 'fix' as const,
      ...(entry.command === undefined ? {} : { command: entry.command }),
    })),
    {
      // The ranges read by the registry step above, put into the host firewall of a Linux origin.
      id: 'allow-cloudflare-iptables',
      appliesTo: { present: ['cloudflare'], notStack: ['managed-platform', 'windows'] },
      title: "Allow Cloudflare's ranges in iptables",
      detail: 'Inserts an ACCEPT rule for each Cloudflare range above any DROP rule (ip6tables takes the IPv6 list the same way). Save the rules afterwards (iptables-save or netfilter-persistent save) so that they survive a reboot.',
      audience: 'owner',
      kind: 'fix',
      command: 'for r in $(curl -s https://www.cloudflare.com/ips-v4); do iptables -I INPUT -p tcp -m multiport --dports 80,443 -s "$r" -j ACCEPT; done',
    },
    {
      id: 'allow-proxy-addresses',
      appliesTo: { absent: [...ORIGIN_FACING_GENERATORS] },
      title: "Allow the proxy's back-to-origin addresses",
      detail: 'Find the list of addresses your CDN, WAF or load balancer connects to origins from (its documentation or console) and allow every range in the firewall, security group, host security software and any rate-limiting module in front of the origin.',
      audience: 'owner',
      kind: 'fix',
    },
    {
      id: 'send-summary',
      title: 'Tell the site owner',
      detail: 'The site\'s own server looks to be turning away its CDN or firewall provider. Nothing on your side would fix that: send the support summary to the site owner.',
      audience: 'visitor',
      intent: 'tell-owner',
    },
  ],
  sources: [
    'https://support.huaweicloud.com/intl/en-us/waf_faq/waf_01_0066.html (Huawei Cloud WAF FAQ, symptom 1)',
    'https://www.alibabacloud.com/help/doc-detail/55207.htm (Alibaba Cloud SLB FAQ, cause 3: 100.64.0.0/10)',
    'https://www.tencentcloud.com/document/product/1213/56657 (Tencent Cloud Anti-DDoS Advanced 502 FAQ, cause 1)',
    'https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-521/',
    'https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-522/',
    'https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-520/',
    ...ORIGIN_FACING_ADDRESSES.map((entry) => `${entry.source} (${entry.id}: where its origin-facing addresses are published)`),
    'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-troubleshooting.html (HTTP 504: connection timeout 10 s)',
    'https://cloud.google.com/load-balancing/docs/https/request-distribution (GFE source ranges)',
    'https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-502-504/ (Cloudflare 502/504 FAQ, reason 3: a service at the origin being blocked)',
  ],
});
