// A backend calls the load balancer's own public address and is scheduled back to itself. Seed:
// Alibaba SLB cause 9. Same shape: a Cloudflare Worker fetching its own custom domain (522).
import { defineCause } from '../knowledge/cause';

export default defineCause({
  id: 'lb-hairpin-loop',
  title: 'A backend server calls the load balancer\'s own address and loops back to itself',
  summary: "A server behind the load balancer calls the site's own public address, and the request loops back to it.",
  why:
    'When an application on a backend server requests its own site through the load balancer\'s public address ' +
    '(for an API call, a cron URL, a WordPress loopback request), the load balancer may schedule that request ' +
    'back onto the same server. Many layer-4 load balancers cannot hairpin such traffic at all, and at layer 7 ' +
    'the nested requests can tie up workers until they run out — the outer request fails with 500 / 502.',
  fixedBy: 'site-owner',
  layer: 'load-balancer',
  when: [
    { id: 'load-balancers-500-502-504', generator: ['alibaba-slb', 'tencent-clb', 'huawei-elb'], status: [500, 502, 504], weight: 2, because: 'A cloud load balancer failed with its backend: a backend that calls the balancer\'s own public address can loop back to itself.' },
    { id: 'alibaba-slb-500-502', generator: ['alibaba-slb'], status: [500, 502], weight: 2, because: 'Alibaba Cloud names 500 and 502 as what a request loop through the SLB address produces (cause 9).' },
    { id: 'load-balancer-500-502-504-blame-upstream-app-origin', layer: ['load-balancer'], status: [500, 502, 504], blame: ['upstream-app', 'origin'], weight: 1, because: 'A load balancer failed with its backend; a request loop is one less obvious reason.' },
    { id: 'cloudflare-behind-cloudflare-522', generator: ['cloudflare'], status: [522], inPath: ['cloudflare'], weight: 1, because: 'Cloudflare 522 also happens when a Worker on a custom domain fetches its own hostname.' },
    { id: 'not-blame-elsewhere', blame: ['edge', 'client', 'none'], weight: -4, because: 'The failing hop is the edge or the request itself, not the load balancer\'s backend.' },
  ],
  steps: [
    {
      id: 'find-self-calls',
      appliesTo: { notStack: ['managed-platform', 'windows'] },
      title: 'Look for connections from backends to the load balancer\'s address',
      detail: 'Run on a backend; any established connection to the load balancer\'s public IP is a self-call.',
      audience: 'owner',
      kind: 'check',
      command: 'ss -tnp | grep LB_PUBLIC_IP',
    },
    {
      id: 'cloudflare-worker-self-fetch',
      appliesTo: { present: ['cloudflare'] },
      title: 'Cloudflare: look for a Worker that fetches its own hostname',
      detail: 'A Worker on a custom domain that fetches the same hostname calls itself instead of the origin; fetch the origin by another hostname.',
      audience: 'owner',
      kind: 'check',
    },
    {
      id: 'find-config-references',
      appliesTo: { notStack: ['managed-platform', 'windows'] },
      title: 'Find configuration that points at the public name or address',
      detail: 'Application configs, /etc/hosts and cron jobs that call the site\'s own domain (replace APP_CONFIG_DIR with the application\'s configuration folder).',
      audience: 'owner',
      kind: 'check',
      command: 'grep -rn -e "{host}" -e LB_PUBLIC_IP /etc/hosts /etc/cron* APP_CONFIG_DIR 2>/dev/null | head -n 50',
    },
    {
      id: 'call-locally',
      title: 'Call internal services directly',
      detail: 'Point internal calls at the local service or the backend\'s private address (or map the site\'s name to it on the backend) instead of the load balancer.',
      audience: 'owner',
      kind: 'fix',
    },
  ],
  sources: [
    'https://www.alibabacloud.com/help/doc-detail/55207.htm (Alibaba Cloud SLB FAQ, cause 9)',
    'https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-522/ (Workers fetching their own hostname)',
  ],
});
