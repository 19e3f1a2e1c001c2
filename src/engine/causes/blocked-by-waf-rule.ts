// A firewall / WAF rule of the site blocked the request: Cloudflare 1020 (Access denied) and the block
// pages of the WAFs the fingerprints know (Alibaba 405, EdgeOne 566/567, Sucuri, Huawei 418, F5 ASM,
// AWS WAF on ALB / CloudFront, Azure WAF, ModSecurity). The owner finds the rule by the ID the page
// shows, in that vendor's own event log: one step per vendor, and a generic one when none is known.
import { defineCause } from '../knowledge/cause';

/** The WAFs that have their own "find the event" step below. */
const WAFS_WITH_OWN_LOG_STEP = [
  'cloudflare', 'alibaba-waf', 'tencent-edgeone', 'sucuri', 'huawei-waf', 'aws-cloudfront', 'aws-alb',
  'azure-front-door', 'azure-app-gateway', 'modsecurity', 'f5',
] as const;

export default defineCause({
  id: 'blocked-by-waf-rule',
  title: 'A firewall rule of the site blocked the request',
  summary: "The site's web application firewall matched this request against one of its rules and refused it on purpose.",
  why:
    'The site\'s WAF matched the request against a rule — a custom firewall rule (country, IP, user agent, path), ' +
    'a managed attack signature, a bot rule — and blocked it with its own page. The site is up; this request ' +
    'was refused on purpose, sometimes by mistake (a false positive on a form field, a VPN address, an unusual ' +
    'browser extension).',
  fixedBy: 'site-owner',
  layer: 'waf',
  when: [
    { id: 'code-1020', code: ['1020'], weight: 10, because: 'Cloudflare error 1020: access denied by a firewall rule of the site.' },
    { id: 'blocked-blame-none', failure: ['blocked'], blame: ['none'], weight: 7, because: 'The page is a block page: a security rule refused the request.' },
    { id: 'waf-403-406-418', layer: ['waf'], status: [403, 406, 418], weight: 4, because: 'A WAF answered with a refusal status.' },
    { id: 'aws-alb-or-aws-cloudfront-403', generator: ['aws-alb', 'aws-cloudfront'], status: [403], weight: 2, because: 'A 403 from an ALB or CloudFront is what an AWS WAF web ACL sends when one of its rules blocks.' },
    { id: 'status-403-blame-none', status: [403], blame: ['none'], weight: 2, because: 'The request was refused, not failed.' },
    { id: 'not-address-ban', code: ['1005', '1006', '1007', '1008', '1009'], weight: -8, because: "The page says the visitor's address, network or country is banned: the block is about who sent the request, not what it contained." },
    { id: 'not-challenge', failure: ['challenge'], weight: -6, because: 'The page is a browser check, not a block: a browser that passes the check gets through.' },
    { id: 'not-blame-elsewhere', blame: ['origin', 'upstream-app', 'reverse-proxy', 'edge'], weight: -4, because: 'The page reports a hop that failed; a rule block names no failing server.' },
  ],
  steps: [
    {
      id: 'send-block-id',
      title: 'Send the block details to the site owner',
      detail: 'Include the time, the block or request ID shown on the page and your public IP address: with them the owner can find the rule that matched.',
      audience: 'visitor',
      intent: 'tell-owner',
    },
    {
      id: 'change-request',
      title: 'Change what you sent, then try again',
      detail: 'Firewall rules match on what a request contains: code-like text in a form field, an unusual URL or query string, a header an extension added. Remove the unusual part and send it again.',
      audience: 'visitor',
      intent: 'change-request',
    },
    {
      id: 'cloudflare-security-events',
      title: 'Find the event by its Ray ID in Cloudflare Security Events',
      detail: 'In the Cloudflare dashboard open Security > Events (Security Analytics), filter by the Ray ID on the page or by the visitor IP, and read which rule and action matched.',
      audience: 'owner',
      kind: 'check',
      appliesTo: { present: ['cloudflare'] },
    },
    {
      id: 'alibaba-waf-request-id',
      title: 'Search the Alibaba Cloud WAF logs for the request ID on the page',
      detail: 'The 405 block page shows a request ID. Search it in the WAF console\'s security report or log search to see which protection rule blocked the request and why.',
      audience: 'owner',
      kind: 'check',
      appliesTo: { present: ['alibaba-waf'] },
    },
    {
      id: 'edgeone-log-uuid',
      title: 'Look the EO-LOG-UUID up in EdgeOne\'s web security analytics',
      detail: 'EdgeOne stamps every answer with an EO-LOG-UUID; status 566 means a managed rule blocked, 567 a custom, rate-limit or bot rule. Search the ID in the site\'s web security analytics or logs to see the rule.',
      audience: 'owner',
      kind: 'check',
      appliesTo: { present: ['tencent-edgeone'] },
    },
    {
      id: 'sucuri-audit-trail',
      title: 'Find the block in the Sucuri firewall dashboard',
      detail: 'The Block ID on the page (also in the X-Sucuri-Block header) names the signature that matched, such as an XSS or SQL injection pattern or a fake bot. Find the request by time and visitor IP in the firewall\'s audit trail / access logs.',
      audience: 'owner',
      kind: 'check',
      appliesTo: { present: ['sucuri'] },
    },
    {
      id: 'huawei-waf-events',
      title: 'Find the event on Huawei Cloud WAF\'s Events page',
      detail: 'Open the WAF console\'s Events page, search by time and visitor IP, and read the rule that blocked (418 is the WAF\'s default block status). A false alarm can be handled from the event itself.',
      audience: 'owner',
      kind: 'check',
      appliesTo: { present: ['huawei-waf'] },
    },
    {
      id: 'aws-waf-sampled-requests',
      title: 'Find the blocked request in the AWS WAF web ACL',
      detail: 'On the web ACL attached to the distribution or load balancer, look at the sampled requests (last three hours) or the WAF logs, where terminatingRuleId names the rule that blocked.',
      audience: 'owner',
      kind: 'check',
      appliesTo: { present: ['aws-cloudfront', 'aws-alb'] },
    },
    {
      id: 'azure-waf-logs',
      title: 'Query the Azure WAF log for the request',
      detail: 'Front Door: the reference string on the page is the request\'s tracking reference in the WAF log. Application Gateway: the firewall log names the rule ID. Query either in Log Analytics by time and client IP.',
      audience: 'owner',
      kind: 'check',
      appliesTo: { present: ['azure-front-door', 'azure-app-gateway'] },
    },
    {
      id: 'modsecurity-audit-log',
      title: 'Read the ModSecurity audit log',
      detail: 'The audit log set by SecAuditLog holds the blocked transaction with the id and message of each rule that matched; the web server\'s error log has a "ModSecurity: Access denied" line with the same id.',
      audience: 'owner',
      kind: 'check',
      appliesTo: { present: ['modsecurity'] },
    },
    {
      id: 'f5-support-id',
      title: 'Look the support ID up in the BIG-IP request log',
      detail: 'The page shows a support ID. Search it under Security > Event Logs > Application > Requests to see the violation that made the policy block the request.',
      audience: 'owner',
      kind: 'check',
      appliesTo: { present: ['f5'] },
    },
    {
      id: 'find-event',
      title: 'Find the block in the firewall\'s event log',
      detail: 'Search the WAF\'s event or audit log for the block ID shown on the page, or for the visitor IP and the time, to see which rule matched.',
      audience: 'owner',
      kind: 'check',
      appliesTo: { absent: [...WAFS_WITH_OWN_LOG_STEP] },
    },
    {
      id: 'add-exception',
      title: 'Narrow the rule or add an exception for the false positive',
      detail: 'If the request was legitimate, exclude that field, path or client from the one rule that matched (or set it to log only) rather than switching the whole firewall off.',
      audience: 'owner',
      kind: 'fix',
    },
  ],
  sources: [
    'https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-1xxx-errors/error-1020/ (1020: a firewall rule; find the event in Security Events)',
    'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-troubleshooting.html (HTTP 403: AWS WAF)',
    'https://www.alibabacloud.com/help/en/waf/web-application-firewall-3-0/user-guide/custom-response (405 is the WAF\'s default block status; the page shows a request ID)',
    'https://cloud.tencent.com/document/product/1552/101095 (EdgeOne 566: managed rules, 567: custom, rate-limit or bot rules)',
    'https://edgeone.ai/document/67228 (EdgeOne troubleshooting by EO-LOG-UUID)',
    'https://docs.sucuri.net/website-firewall/sucuri-firewall-troubleshooting-guide/ (Sucuri: audit trail / access logs, allowlisting)',
    'Huawei Cloud WAF FAQ "如何处理418错误码问题" (418 default block status; check the protection events, handle false alarms)',
    'https://docs.aws.amazon.com/waf/latest/developerguide/logging-examples.html (AWS WAF log entries: terminatingRuleId, action BLOCK)',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-wafv2-webacl-visibilityconfig.html (sampled requests viewed in the WAF console)',
    'https://learn.microsoft.com/azure/web-application-firewall/afds/waf-front-door-configure-custom-response-code (Front Door WAF block page with its reference string)',
    'https://learn.microsoft.com/azure/web-application-firewall/ag/web-application-firewall-logs (Application Gateway firewall log: ruleId, clientIp)',
    'https://github.com/owasp-modsecurity/ModSecurity/wiki/Reference-Manual-(v2.x) (SecAuditLog; "Access denied" messages with the rule id)',
    'F5 BIG-IP ASM default blocking page ("Your support ID is: …"), as in src/engine/fingerprints/f5.ts',
  ],
});
