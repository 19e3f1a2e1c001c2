// Huawei Cloud WAF. Blocked requests get HTTP 418 by default (Huawei's FAQ "如何处理418错误码问题")
// and a page that starts <meta http-equiv="Server" content="CloudWAF" /><title id="title">访问被拦截！
// </title> ... <body onload="bindall()">; older block pages link account.hwclouds.com error images and
// the hws_security@ mailbox. The WAF stamps proxied traffic with the cookies HWWAFSESID / HWWAFSESTIME
// and, seen on live sites, "Server: CW". Those are set on every proxied response, so they only put the
// WAF in the path: the WAF's own 502/504 after a failed back-to-origin request (Huawei's WAF FAQ: firewall
// or rate limit dropping WAF IPs, wrong origin protocol/port, origin TLS < 1.2, overloaded origin) has
// no published page markup, so no rule claims it. The stock block pages are declared at 418, the
// status Huawei documents for a block (same FAQ): that is also what has the worker read a 418 page
// (engine/needs-page.ts), and a custom alarm page the owner configures is not this markup anyway.
import { defineFingerprint } from '../knowledge/fingerprint';

export default defineFingerprint({
  generator: 'huawei-waf',
  name: 'Huawei Cloud WAF',
  layer: 'waf',
  inPath: [
    { header: 'set-cookie', starts: 'hwwafsesid=' },
    { header: 'set-cookie', starts: 'hwwafsestime=' },
    { header: 'server', is: 'cw' },
    { header: 'server', starts: 'huaweicloudwaf' },
  ],
  pages: [
    {
      id: 'block-page-cloudwaf',
      status: [418],
      all: [{ body: '<meta http-equiv="server" content="cloudwaf"' }],
      any: [{ title: '访问被拦截' }, { body: 'onload="bindall()"' }],
      confidence: 0.9,
      says: 'Huawei Cloud WAF\'s block page (<meta http-equiv="Server" content="CloudWAF">, "访问被拦截！").',
      layer: 'waf',
      blame: 'none',
      failure: 'blocked',
    },
    {
      id: 'block-page-legacy',
      status: [418],
      all: [{ body: 'hws_security@' }],
      any: [{ body: 'account.hwclouds.com/static/error' }, { body: 'www.hwclouds.com' }],
      confidence: 0.8,
      says: 'Huawei Cloud WAF\'s older block page (hws_security@ contact, hwclouds.com error images).',
      layer: 'waf',
      blame: 'none',
      failure: 'blocked',
    },
  ],
  sources: [
    'Huawei Cloud WAF FAQ "如何处理418错误码问题" (requests with a malicious payload are blocked with 418, the default block status; check protection logs, handle false alarms)',
    'https://support.huaweicloud.com/intl/en-us/waf_faq/waf_01_0066.html (500/502/504 after connecting to WAF: whitelist WAF IPs, origin protocol/IP/port, TLS 1.2+, backend capacity)',
    'EnableSecurity/wafw00f wafw00f/plugins/huaweicloud.py (HWWAFSESID cookie, Server: HuaweiCloudWAF, hwclouds.com, hws_security@)',
    'Public GitHub test reports quoting live 418 pages: <meta http-equiv="Server" content="CloudWAF" /><title id="title">访问被拦截！</title> ... <body onload="bindall()"',
    'Public GitHub notes on live sites behind Huawei WAF: "Set-Cookie: HWWAFSESID" + "Server: CW"',
  ],
});
