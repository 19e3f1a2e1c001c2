// The domain is not (or no longer) set up on the proxy in front of it: the page says the host is
// unknown there (Alibaba CDN "non-existent domain", EdgeOne 418, bunny.net "not configured", Heroku
// "No such app", Netlify "Site not found", Front Door's page for an unknown host), or,
// per the Alibaba SLB FAQ (cause 1), a 5xx comes through Alibaba Cloud WAF / Anti-DDoS, where a
// domain without a layer-7 forwarding rule or ICP filing fails. A block page (EdgeOne 566, Alibaba WAF
// 405) is a rule match and a "forward retry timeout" proves the proxy forwarded: neither counts here.
import { defineCause } from '../knowledge/cause';

/** The Chinese clouds where a domain served from the mainland needs an ICP filing. */
const MAINLAND_CHINA_CLOUDS = [
  'alibaba-waf', 'alibaba-cdn', 'alibaba-slb', 'tencent-anti-ddos', 'tencent-waf', 'tencent-edgeone', 'tencent-clb', 'huawei-waf', 'huawei-elb',
] as const;

export default defineCause({
  id: 'domain-not-configured-on-proxy',
  title: 'The CDN or protection service in front of the site has no setup for this domain',
  summary: 'The CDN or protection service in front of the site has no setup for this domain name, so it cannot pass the request on.',
  why:
    'CDN, anti-DDoS and WAF services forward by domain name: traffic for a name that was never added there, or ' +
    'has no layer-7 forwarding rule, has nowhere to go, and in mainland China a domain that is not on record ' +
    '(ICP filing) is blocked at the access layer. DNS points at the proxy, so visitors reach it, but it cannot ' +
    'hand the request to the origin and answers with an error.',
  fixedBy: 'site-owner',
  layer: 'unknown',
  when: [
    { id: 'edge-providers-config', generator: ['alibaba-waf', 'tencent-anti-ddos', 'tencent-waf', 'huawei-waf', 'alibaba-cdn', 'tencent-edgeone'], blame: ['cdn-config'], failure: ['config'], weight: 6, because: 'The proxy says it has no configuration for this host name.' },
    { id: 'bunnycdn-domain-not-configured', generator: ['bunnycdn'], status: [403], blame: ['cdn-config'], failure: ['config'], weight: 6, because: 'bunny.net says the host name is not attached to an active pull zone.' },
    { id: 'platform-no-site-for-host', generator: ['heroku', 'netlify'], status: [404], blame: ['cdn-config'], failure: ['config'], weight: 4, because: 'The platform answered 404 for the host itself: no app or site there claims this name.' },
    { id: 'azure-front-door-no-route', generator: ['azure-front-door'], status: [400, 404], blame: ['cdn-config'], failure: ['config'], weight: 4, because: 'Azure Front Door answered with its own page: it has no route for this host name.' },
    { id: 'vercel-deployment-not-found', code: ['DEPLOYMENT_NOT_FOUND'], weight: 3, because: 'Vercel finds no deployment for this address: the domain or URL is not assigned to one.' },
    { id: 'behind-alibaba-waf-5xx', inPath: ['alibaba-waf'], status: [500, 502, 503, 504], weight: 7, because: 'Alibaba Cloud WAF / Anti-DDoS is in the path: a domain without an ICP record or without a layer-7 forwarding rule there is the first 5xx cause Alibaba lists.' },
    { id: 'not-forwarded-timeout', failure: ['timeout'], weight: -6, because: 'The proxy forwarded the request and timed out waiting for the origin, so it has a forwarding rule for this domain.' },
    { id: 'not-rule-block', failure: ['blocked', 'challenge', 'rate-limited'], weight: -6, because: 'A security rule answered for this domain, so the proxy has it configured.' },
    { id: 'not-blame-client', blame: ['client'], weight: -4, because: 'The page blames the request itself, which a proxy without this domain would not judge.' },
  ],
  steps: [
    {
      id: 'tell-owner',
      title: 'Tell the site owner',
      detail: 'The service in front of the site did not know where to send this request; its setup for this address may be unfinished. Send the support summary to the site owner.',
      audience: 'visitor',
      intent: 'tell-owner',
    },
    {
      id: 'alibaba-cdn-add-domain',
      title: 'Add the host name as an accelerated domain in Alibaba Cloud CDN',
      detail: '"X-Tengine-Bf-Error: non-existent domain" means the name points at a CDN CNAME but was never added (or was removed) in the CDN console. Add it with its origin, or point DNS away from the CDN.',
      audience: 'owner',
      kind: 'check',
      appliesTo: { present: ['alibaba-cdn'] },
    },
    {
      id: 'edgeone-bind-domain',
      title: 'Check that the domain is added and active in EdgeOne',
      detail: 'EdgeOne answers 418 when the CNAME points at it but the domain is not bound to the site there. Add the domain under the site\'s domain service, or finish its activation.',
      audience: 'owner',
      kind: 'check',
      appliesTo: { present: ['tencent-edgeone'] },
    },
    {
      id: 'check-forwarding-rule',
      title: 'Check that the domain has a layer-7 forwarding rule on the protection service',
      detail: 'In the Anti-DDoS / WAF console, open the website (layer-7) configuration and confirm this exact host name (and www / wildcard variants) is listed with the right origin.',
      audience: 'owner',
      kind: 'check',
      appliesTo: { present: ['alibaba-waf', 'tencent-anti-ddos', 'tencent-waf', 'huawei-waf'] },
    },
    {
      id: 'check-icp',
      title: 'Check the ICP record (mainland China regions)',
      detail: 'Sites served from mainland China need an ICP filing for the domain; unfiled domains are blocked at the access layer.',
      audience: 'owner',
      kind: 'check',
      appliesTo: { present: [...MAINLAND_CHINA_CLOUDS] },
    },
    {
      id: 'check-cname',
      title: 'Check where the name points',
      detail: 'The name should resolve to the CNAME the proxy gave you for this domain, not to another customer\'s or an old one.',
      audience: 'owner',
      kind: 'check',
      command: 'dig +short {host} CNAME; dig +short {host}',
    },
    {
      id: 'add-host-to-proxy',
      title: 'Add the host name to the proxy\'s configuration',
      detail: 'Add this exact host name (and its www or wildcard variant) to the CDN or protection service with the right origin, or point DNS away from the service if it is no longer used.',
      audience: 'owner',
      kind: 'fix',
    },
  ],
  sources: [
    'https://www.alibabacloud.com/help/doc-detail/55207.htm (Alibaba Cloud SLB FAQ, cause 1 and troubleshooting step 2)',
    'https://alibabacloud.com/help/en/cdn/troubleshoot-a-403-forbidden-error-when-accessing-resources-through-cdn (X-Tengine-Bf-Error: non-existent domain)',
    'https://cloud.tencent.com/document/product/1552/101095 (EdgeOne 418: domain not configured; 566: managed-rule block)',
    'https://www.alibabacloud.com/help/en/waf/web-application-firewall-3-0/user-guide/custom-response (Alibaba WAF 405: its default block status for a matched rule)',
    'https://vercel.com/docs/errors (DEPLOYMENT_NOT_FOUND 404)',
    'src/engine/fingerprints/bunnycdn.ts, heroku.ts, netlify.ts, azure-front-door.ts (their pages for a host name nothing is set up for)',
  ],
});
