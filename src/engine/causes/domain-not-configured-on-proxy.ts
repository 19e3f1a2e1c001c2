// The domain is not (or no longer) set up on the protecting proxy: no ICP record (mainland China),
// or no layer-7 forwarding rule in Anti-DDoS Pro / the security network. Seed: Alibaba SLB cause 1.
import { defineCause } from '../knowledge/cause';

export default defineCause({
  id: 'domain-not-configured-on-proxy',
  title: 'The domain has no forwarding rule (or no ICP record) on the proxy in front of it',
  why:
    'Anti-DDoS and WAF services forward by domain name: traffic for a name without a layer-7 forwarding rule ' +
    'has nowhere to go, and in mainland China a domain that is not on record (ICP filing) is blocked at the ' +
    'access layer. DNS points at the proxy, so visitors reach it, but it cannot hand the request to the ' +
    'origin and answers with an error.',
  fixedBy: 'site-owner',
  layer: 'unknown',
  when: [
    { id: 'edge-providers-5xx', generator: ['alibaba-waf', 'tencent-anti-ddos', 'tencent-waf', 'huawei-waf'], status: [500, 502, 503, 504], weight: 3, because: 'A WAF / anti-DDoS service answered for a domain it may not have a forwarding rule for.' },
    { id: 'alibaba-slb-or-alibaba-cdn-500-502-504', generator: ['alibaba-slb', 'alibaba-cdn'], status: [500, 502, 504], weight: 2, because: 'Alibaba Cloud lists a missing ICP record or missing layer-7 rule in Anti-DDoS Pro as a 5xx cause behind SLB.' },
    { id: 'edge-providers-config', generator: ['alibaba-waf', 'tencent-anti-ddos', 'tencent-waf', 'huawei-waf', 'alibaba-cdn', 'tencent-edgeone'], failure: ['config'], weight: 6, because: 'The proxy reports a configuration problem for this domain.' },
    { id: 'proxies-blocked-blame-many', generator: ['alibaba-waf', 'alibaba-cdn', 'alibaba-slb', 'tencent-edgeone', 'tencent-waf'], failure: ['blocked'], blame: ['none', 'cdn-config', 'edge'], weight: 3, because: 'A Chinese cloud provider blocked the request; a domain without ICP filing is blocked this way.' },
    { id: 'config-blame-cdn-config', blame: ['cdn-config'], failure: ['config'], weight: 3, because: 'The edge\'s own configuration for this host is at fault.' },
    { id: 'behind-alibaba-waf-5xx', inPath: ['alibaba-waf'], status: [500, 502, 503, 504], weight: 7, because: 'Alibaba Cloud WAF / Anti-DDoS is in the path: a domain without an ICP record or without a layer-7 forwarding rule there is the first 5xx cause Alibaba lists.' },
    { id: 'not-blame-client', blame: ['client'], weight: -4, because: 'The request itself was rejected.' },
  ],
  steps: [
    {
      id: 'check-forwarding-rule',
      title: 'Check that the domain has a forwarding rule on the proxy',
      detail: 'In the Anti-DDoS Pro / WAF console, open the website (layer-7) configuration and confirm this exact host name (and www / wildcard variants) is listed with the right origin.',
      audience: 'owner',
    },
    {
      id: 'check-icp',
      title: 'Check the ICP record (mainland China regions)',
      detail: 'Sites served from mainland China need an ICP filing for the domain; unfiled domains are blocked at the access layer.',
      audience: 'owner',
    },
    {
      id: 'check-cname',
      title: 'Check where the name points',
      detail: 'The name should resolve to the CNAME the proxy gave you for this domain, not to another customer\'s or an old one.',
      audience: 'owner',
      command: 'dig +short {host} CNAME; dig +short {host}',
    },
    {
      id: 'tell-owner',
      title: 'Tell the site owner',
      detail: 'The site\'s protection service has not been set up for this address. Send the support summary to the site owner.',
      audience: 'visitor',
    },
  ],
  sources: ['https://www.alibabacloud.com/help/doc-detail/55207.htm (Alibaba Cloud SLB FAQ, cause 1 and troubleshooting step 2)'],
});
