// The origin's web server (nginx, Apache, IIS…) is not running or not listening. Seeds: Tencent
// Anti-DDoS cause 2.4 (measure 4: ps -C nginx); Cloudflare 521 (offlined origin web server).
import { defineCause } from '../knowledge/cause';

const ORIGIN_SERVERS = ['nginx', 'apache', 'openresty', 'tengine', 'iis', 'litespeed', 'caddy'] as const;
const NGINX_HOST = { present: ['nginx', 'openresty', 'tengine'], notStack: ['managed-platform', 'windows'] } as const;
const APACHE_HOST = { present: ['apache'], notStack: ['managed-platform', 'windows'] } as const;

export default defineCause({
  id: 'web-server-down',
  title: "The origin's web server is not running or not listening",
  summary: "The web server on the origin has stopped or listens on another port, so the proxy's connections fail.",
  why:
    'If nginx, Apache or IIS on the origin has crashed, was stopped, failed to start after a config change, or ' +
    'listens on a different port or address, the proxy\'s connection is refused (or reset). Cloudflare shows ' +
    '521 "Web server is down"; other CDNs and WAFs show 502 / 503. Direct requests to the origin fail the same way.',
  fixedBy: 'site-owner',
  layer: 'reverse-proxy',
  when: [
    { id: 'cloudflare-521', generator: ['cloudflare'], status: [521], weight: 8, because: 'Cloudflare 521: the origin refused the connection; an offline web server is one of the two usual reasons.' },
    { id: 'code-521', code: ['521'], weight: 2, because: 'Error code 521: web server is down.' },
    { id: 'refused-blame-origin', blame: ['origin'], failure: ['refused'], weight: 4, because: 'The origin refused the proxy\'s connection: nothing listens on the port.' },
    { id: 'edge-providers-502-503-504', generator: ['tencent-anti-ddos', 'tencent-waf', 'huawei-waf', 'alibaba-waf', 'ddos-guard', 'imperva', 'sucuri'], status: [502, 503, 504], weight: 3, because: 'A protection service got no answer from the origin: a web server that has stopped on the origin is a listed reason.' },
    { id: 'proxies-502-503-blame-origin', generator: ['aws-cloudfront', 'akamai', 'fastly', 'azure-front-door', 'google-frontend'], blame: ['origin'], status: [502, 503], weight: 3, because: 'The CDN could not connect to the origin web server.' },
    { id: 'cloudflare-522', generator: ['cloudflare'], status: [522], weight: 1, because: 'An origin that is offline can also leave Cloudflare waiting (522).' },
    { id: 'timeout-unreachable-blame-origin', blame: ['origin'], failure: ['timeout', 'unreachable'], weight: 1, because: 'The origin did not answer the connection.' },
    { id: 'cloudflare-520', generator: ['cloudflare'], status: [520], weight: 3, because: 'Cloudflare 520: an origin web server that crashes is the first cause Cloudflare lists; it leaves an empty or broken answer.' },
    { id: 'every-try-refused-at-once', status: [0, 502, 503, 521], recurrence: { pattern: ['persistent'], failuresInstant: true }, weight: 3, because: 'Every look was turned away at once, never waited for: nothing listens on the port, or a firewall rejects the connection.' },
    { id: 'not-answered-again', recurrence: { source: ['probe'], pattern: ['recovered'] }, weight: -4, because: 'The address answered well when checked again, so its web server is up: a restart, a deploy or a short overload is likelier than a server that is down.' },
    { id: 'not-reverse-proxies-blame-upstream-app-client', generator: [...ORIGIN_SERVERS], blame: ['upstream-app', 'client'], weight: -6, because: 'The origin web server wrote this page itself, so it is running.' },
    { id: 'not-blame-elsewhere', blame: ['edge', 'cdn-config', 'none', 'client'], weight: -5, because: 'The failing hop is not the origin web server.' },
  ],
  steps: [
    {
      id: 'nginx-status',
      appliesTo: { present: [...NGINX_HOST.present], notStack: [...NGINX_HOST.notStack] },
      title: 'nginx: check that it runs and its configuration loads',
      detail: 'The service state shows the last log lines; nginx -t names the line of a configuration error that keeps it from starting.',
      audience: 'owner',
      kind: 'check',
      command: 'systemctl status nginx --no-pager; nginx -t',
    },
    {
      id: 'apache-status',
      appliesTo: { present: [...APACHE_HOST.present], notStack: [...APACHE_HOST.notStack] },
      title: 'Apache: check that it runs and its configuration loads',
      detail: 'The unit is apache2 on Debian and Ubuntu, httpd on Red Hat systems.',
      audience: 'owner',
      kind: 'check',
      command: 'systemctl status apache2 --no-pager || systemctl status httpd --no-pager; apachectl configtest',
    },
    {
      id: 'iis-status',
      appliesTo: { present: ['iis'] },
      title: 'IIS: check the services and the site state',
      detail: 'W3SVC and WAS must be running and the site started; a stopped application pool answers 503 instead.',
      audience: 'owner',
      kind: 'check',
      command: 'Get-Service W3SVC, WAS; Import-Module WebAdministration; Get-Website | Select-Object Name, State, Bindings',
    },
    {
      id: 'direct-test',
      title: 'Test the origin directly',
      detail: 'If this is refused too, the web server is down; if it works, look at blocked proxy addresses instead.',
      audience: 'owner',
      kind: 'check',
      command: 'curl -sv --resolve {host}:443:ORIGIN_IP https://{host}/ -o /dev/null',
    },
    {
      id: 'ports',
      appliesTo: { notStack: ['managed-platform', 'windows'] },
      title: 'Check that it listens on the port the proxy uses',
      detail: 'The proxy connects to one port (80 or 443, or the port in its origin settings); a server bound to another port or only to 127.0.0.1 refuses it.',
      audience: 'owner',
      kind: 'check',
      command: "ss -ltnp | grep -E ':(80|443) '",
    },
    {
      id: 'cloudflare-ssl-mode-port',
      appliesTo: { present: ['cloudflare'] },
      title: "Cloudflare: match the origin's port to the SSL mode",
      detail: 'With SSL mode Flexible Cloudflare connects to port 80; with Full or Full (strict) to port 443. The origin must listen on that port.',
      audience: 'owner',
      kind: 'check',
    },
    {
      id: 'nginx-start',
      appliesTo: { present: [...NGINX_HOST.present], notStack: [...NGINX_HOST.notStack] },
      title: 'nginx: fix the configuration and start it',
      detail: 'Start it only once the configuration test passes; the error log says why it stopped.',
      audience: 'owner',
      kind: 'fix',
      command: "nginx -t && systemctl start nginx; tail -n 50 /var/log/nginx/error.log",
    },
    {
      id: 'apache-start',
      appliesTo: { present: [...APACHE_HOST.present], notStack: [...APACHE_HOST.notStack] },
      title: 'Apache: fix the configuration and start it',
      detail: 'Use httpd instead of apache2 on Red Hat systems; the journal says why it stopped.',
      audience: 'owner',
      kind: 'fix',
      command: "apachectl configtest && systemctl start apache2; journalctl -u apache2 --since '1 hour ago' --no-pager | tail -n 50",
    },
    {
      id: 'start-web-server',
      appliesTo: { absent: ['nginx', 'openresty', 'tengine', 'apache'] },
      title: 'Start the web server and read why it stopped',
      detail: 'Start the service that serves the site, and read its log around the time of the failure: a configuration error, a full disk or a crash after an update are the usual reasons.',
      audience: 'owner',
      kind: 'fix',
    },
    {
      id: 'tell-owner',
      title: 'Tell the site owner',
      detail: 'The site\'s web server is down. Nothing on your side will fix it: send the support summary to the site owner.',
      audience: 'visitor',
      intent: 'tell-owner',
    },
  ],
  sources: [
    'https://www.tencentcloud.com/document/product/1213/56657 (Tencent Cloud Anti-DDoS Advanced 502 FAQ, cause 2.4, measure 4)',
    'https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-521/',
    'https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-520/ (origin server crashes)',
  ],
});
