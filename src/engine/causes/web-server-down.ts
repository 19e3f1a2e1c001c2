// The origin's web server (nginx, Apache, IIS…) is not running or not listening. Seeds: Tencent
// Anti-DDoS cause 2.4 (measure 4: ps -C nginx); Cloudflare 521 (offlined origin web server).
import { defineCause } from '../knowledge/cause';

const ORIGIN_SERVERS = ['nginx', 'apache', 'openresty', 'tengine', 'iis', 'litespeed', 'caddy'] as const;

export default defineCause({
  id: 'web-server-down',
  title: "The origin's web server is not running or not listening",
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
    { id: 'edge-providers-502-503-504', generator: ['tencent-anti-ddos', 'tencent-waf', 'huawei-waf', 'alibaba-waf', 'ddos-guard', 'imperva', 'sucuri'], status: [502, 503, 504], weight: 3, because: 'A protection service got no answer from the origin: an abnormal web server (nginx, Apache) is a listed reason.' },
    { id: 'proxies-502-503-blame-origin', generator: ['aws-cloudfront', 'akamai', 'fastly', 'azure-front-door', 'google-frontend'], blame: ['origin'], status: [502, 503], weight: 3, because: 'The CDN could not connect to the origin web server.' },
    { id: 'cloudflare-522', generator: ['cloudflare'], status: [522], weight: 1, because: 'An origin that is offline can also leave Cloudflare waiting (522).' },
    { id: 'timeout-unreachable-blame-origin', blame: ['origin'], failure: ['timeout', 'unreachable'], weight: 1, because: 'The origin did not answer the connection.' },
    { id: 'cloudflare-520', generator: ['cloudflare'], status: [520], weight: 3, because: 'Cloudflare 520: an origin web server that crashes is the first cause Cloudflare lists; it leaves an empty or broken answer.' },
    { id: 'not-reverse-proxies-blame-upstream-app-client', generator: [...ORIGIN_SERVERS], blame: ['upstream-app', 'client'], weight: -6, because: 'The origin web server wrote this page itself, so it is running.' },
    { id: 'not-blame-elsewhere', blame: ['edge', 'cdn-config', 'none', 'client'], weight: -5, because: 'The failing hop is not the origin web server.' },
  ],
  steps: [
    {
      id: 'status',
      title: 'Check that the web server runs',
      detail: 'Tencent\'s check is ps -C nginx; systemctl shows the state and the last log lines.',
      audience: 'owner',
      command: 'systemctl status nginx --no-pager; ps -C nginx -o pid,cmd',
    },
    {
      id: 'config-test',
      title: 'Test the configuration and start it',
      detail: 'A config error after an edit keeps it from starting. Apache: apachectl configtest && systemctl start apache2 (httpd).',
      audience: 'owner',
      command: 'nginx -t && systemctl start nginx',
    },
    {
      id: 'ports',
      title: 'Check that it listens on the port the proxy uses',
      detail: 'Cloudflare: port 80 for SSL mode Flexible, 443 for Full / Full (strict).',
      audience: 'owner',
      command: "ss -ltnp | grep -E ':(80|443) '",
    },
    {
      id: 'error-log',
      title: 'Read why it stopped',
      detail: 'Look at the last lines of the error log and the journal around the time of the failure.',
      audience: 'owner',
      command: "tail -n 100 /var/log/nginx/error.log; journalctl -u nginx --since '1 hour ago' --no-pager | tail -n 50",
    },
    {
      id: 'direct-test',
      title: 'Test the origin directly',
      detail: 'If this is refused too, the web server is down; if it works, look at blocked proxy addresses instead.',
      audience: 'owner',
      command: 'curl -sv --resolve {host}:443:ORIGIN_IP https://{host}/ -o /dev/null',
    },
    {
      id: 'tell-owner',
      title: 'Tell the site owner',
      detail: 'The site\'s web server is down. Retry later, and send the support summary to the site owner.',
      audience: 'visitor',
    },
  ],
  sources: [
    'https://www.tencentcloud.com/document/product/1213/56657 (Tencent Cloud Anti-DDoS Advanced 502 FAQ, cause 2.4, measure 4)',
    'https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-521/',
    'https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-520/ (origin server crashes)',
  ],
});
