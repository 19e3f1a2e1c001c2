// Alibaba Cloud WAF / Anti-DDoS (AliYunDun). Its default block action answers 405 with a page of its
// own: WAF 3.0 renders the text from JS ("block_message", "block_traceid_tips", an image from
// errors.aliyun.com or g.alicdn.com/sd-base/static/.../405.png) and carries the request id in
// <textarea id="renderData">{"traceid":"..."}</textarea>; the older page prints "很抱歉，由于您访问的URL
// 有可能对网站造成安全威胁，您的访问被阻断。" and "您的请求ID是: <strong>id</strong>". Both are unique to
// Alibaba. The anti-crawler JS challenge sets the cookie acw_sc__v2 from "var arg1='...'" (usually
// served with 200, which the engine never treats as a failure). acw_tc is the cookie the WAF sets on
// the traffic it proxies. No evidence was found of a WAF-specific page or header on the WAF's own
// back-to-origin 502/504 (those are Tengine pages): such pages are left to the tengine fingerprint.
// The block pages are declared at 405, the documented default block status, and also at 403 and
// 200, the statuses users report the stock page with (a front that rewrites statuses, or a custom
// response code, which the WAF accepts from 200 to 600). At 200 the engine only reads a page as a
// block when the WAF's acw_tc cookie shows it in the path; the anti-crawler challenge, usually a 200,
// has its own 200 rule for the same reason.
import { defineFingerprint } from '../knowledge/fingerprint';

/** The documented default 405, a rewritten 403, or 200. */
const BLOCK_STATUSES = [200, 403, 405];

export default defineFingerprint({
  generator: 'alibaba-waf',
  name: 'Alibaba Cloud WAF',
  layer: 'waf',
  inPath: [{ header: 'set-cookie', starts: 'acw_tc=' }],
  requestIds: [
    { from: 'body', pattern: /"traceid":"([0-9a-f]{16,40})"/, label: 'WAF Request ID' },
    { from: 'body', pattern: /您的请求id是: ?<strong> ?([0-9a-f]{16,40})/, label: 'WAF Request ID' },
  ],
  pages: [
    {
      id: 'block-page-waf3',
      status: BLOCK_STATUSES,
      all: [{ body: 'block_traceid_tips' }],
      any: [
        { body: 'errors.aliyun.com/images/' },
        { body: 'g.alicdn.com/sd-base/static/' },
        { body: '<textarea id="renderdata" style="display:none">{"traceid":' },
      ],
      confidence: 0.9,
      says: 'Alibaba Cloud WAF\'s block page (block_message / block_traceid_tips, image from errors.aliyun.com).',
      layer: 'waf',
      blame: 'none',
      failure: 'blocked',
    },
    {
      id: 'block-page-classic',
      status: BLOCK_STATUSES,
      all: [{ body: '有可能对网站造成安全威胁，您的访问被阻断' }, { body: '您的请求id是' }],
      any: [{ body: 'errors.aliyun.com' }, { body: 'data-spm="7663354"' }],
      confidence: 0.9,
      says: 'Alibaba Cloud WAF\'s block page ("您的访问被阻断", with "您的请求ID是").',
      layer: 'waf',
      blame: 'none',
      failure: 'blocked',
    },
    {
      id: 'anti-crawler-challenge-200',
      status: [200],
      all: [{ body: 'setcookie("acw_sc__v2"' }, { body: 'var arg1=\'' }],
      any: [{ body: '<script name="aliyunwaf_' }, { header: 'set-cookie', starts: 'acw_tc=' }],
      confidence: 0.85,
      says: 'Alibaba Cloud WAF\'s anti-crawler JavaScript challenge served with 200 (sets the acw_sc__v2 cookie from arg1).',
      layer: 'waf',
      blame: 'none',
      failure: 'challenge',
    },
    {
      id: 'anti-crawler-challenge',
      all: [{ body: 'setcookie("acw_sc__v2"' }],
      any: [{ body: 'var arg1=\'' }, { body: '<script name="aliyunwaf_' }],
      confidence: 0.85,
      says: 'Alibaba Cloud WAF\'s anti-crawler JavaScript challenge (sets the acw_sc__v2 cookie from arg1).',
      layer: 'waf',
      blame: 'none',
      failure: 'challenge',
    },
  ],
  sources: [
    'https://www.alibabacloud.com/help/en/waf/web-application-firewall-3-0/user-guide/custom-response ("The default block response code for WAF is 405"; a custom response sets its own status code, headers and body)',
    'http://helpcdn.aliyun.com/document_detail/95492.html (WAF log actions: block returns the 405 page, captcha, js)',
    'EnableSecurity/wafw00f wafw00f/plugins/aliyundun.py (block sentence, errors.aliyun.com, g.alicdn.com/sd-base/static/x/image/405.png)',
    'Public GitHub notes pasting the WAF 3.0 405 page (renderData traceid, block_traceid_tips, TB15QGaHpXXXXXOaXXXXia39XXX-660-117.png) and the classic page (data-spm="7663354", 您的请求ID是)',
    'Public GitHub code handling the acw_sc__v2 challenge ("var arg1=\'...\'", setCookie("acw_sc__v2", x), <script name="aliyunwaf_...">)',
    'https://www.alibabacloud.com/help/faq-detail/43463.htm (troubleshooting access exceptions behind WAF: bypass WAF via hosts file, whitelist back-to-origin IPs)',
  ],
});
