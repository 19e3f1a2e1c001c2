// Tencent Cloud WAF (T-Sec Web Application Firewall, SaaS and CLB modes). Its block answer is a tiny
// HTML page whose script redirects to Tencent's hosted block page, keeping the block id:
// window.location.href="https://waf.tencent.com/501page.html?u="+location.origin+"&id=<id>&st=01&v="+v
// (older: waf.tencent-cloud.com / waf-static.tencent.com), served with HTTP 501 by default. Its engine
// also has stock sentences for failed back-to-origin requests (502/504: "很抱歉，你提交的请求无法正常响应，
// 请联系网站管理员处理") and for malformed requests (400: "很抱歉，您提交的请求存在异常…"). EdgeOne's
// own WAF answers 566/567 and is described in tencent-edgeone.
import { defineFingerprint } from '../knowledge/fingerprint';

const ANY_STATUS = [200, ...Array.from({ length: 200 }, (_, i) => 400 + i)];

export default defineFingerprint({
  generator: 'tencent-waf',
  name: 'Tencent Cloud WAF',
  layer: 'waf',
  inPath: [],
  requestIds: [
    { from: 'body', pattern: /501page\.html\?u="\+location\.origin\+"&id=([0-9a-f-]{16,120})/, label: 'WAF Block ID' },
  ],
  pages: [
    {
      id: 'block-redirect-501page',
      // Whatever the status: 501 by default, and the owner may choose any, 200 included. Tencent's
      // WAF sets no header of its own, so at 200 only a body that is nothing but this script counts.
      status: ANY_STATUS,
      all: [{ body: '/501page.html?u=' }],
      any: [{ body: 'waf.tencent.com' }, { body: 'waf.tencent-cloud.com' }, { body: 'waf-static.tencent.com' }],
      confidence: 0.9,
      says: 'Tencent Cloud WAF\'s block answer (script redirecting to waf.tencent.com/501page.html with the block id).',
      layer: 'waf',
      blame: 'none',
      failure: 'blocked',
    },
    {
      id: 'block-page-branded',
      status: [403],
      all: [{ body: '腾讯云web应用防火墙' }],
      confidence: 0.75,
      says: 'A 403 page naming 腾讯云Web应用防火墙 (Tencent Cloud WAF).',
      layer: 'waf',
      blame: 'none',
      failure: 'blocked',
    },
    {
      id: 'origin-unanswered',
      status: [502, 504],
      all: [{ body: '很抱歉，你提交的请求无法正常响应，请联系网站管理员处理' }],
      confidence: 0.8,
      says: 'Tencent Cloud WAF\'s page for a request the origin did not answer ("你提交的请求无法正常响应").',
      layer: 'waf',
      blame: 'origin',
      failure: 'unknown',
      byStatus: {
        502: { failure: 'refused' },
        504: { failure: 'timeout' },
      },
    },
    {
      id: 'bad-request',
      status: [400],
      all: [{ body: '很抱歉，您提交的请求存在异常，请向网站管理员确认并获取正确的访问方式' }],
      confidence: 0.8,
      says: 'Tencent Cloud WAF\'s page for a request it could not route (no matching protected host, malformed request).',
      layer: 'waf',
      blame: 'client',
      failure: 'invalid-response',
    },
  ],
  sources: [
    'Public GitHub material quoting live blocks: <script>var i=location.href;...window.location.href="https://waf.tencent.com/501page.html?u="+location.origin+"&id=...&st=01&v="+v;</script>, served as HTTP 501',
    'EnableSecurity/wafw00f wafw00f/plugins/tencent.py (waf.tencent-cloud.com/) and qcloud.py (腾讯云Web应用防火墙 with 403)',
    'mashiroissocute/waf-review waf-note/docs/basic/network/http/http.md (Tencent WAF engine: 400 4x.html sentence; 502/504 "很抱歉，你提交的请求无法正常响应，请联系网站管理员处理")',
  ],
});
