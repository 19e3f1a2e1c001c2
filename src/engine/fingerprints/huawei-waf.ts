// Huawei Cloud WAF. Blocked requests get HTTP 418 by default (Huawei's FAQ "如何处理418错误码问题"; the
// "系统默认" alarm page is "HTTP返回码为418的拦截页面") and a page that starts <meta http-equiv="Server"
// content="CloudWAF" /><title id="title">访问被拦截！</title> ... <body onload="bindall()"> (captures that
// re-serialise the markup write the attributes the other way round: <meta content="CloudWAF"
// http-equiv="Server"/>); older block pages link account.hwclouds.com error images and the hws_security@
// mailbox. That markup is the WAF's own whatever the status, and owners who front it with a CDN or
// rewrite statuses see it at 403 or even 200, so the block rules accept those statuses too (at 200
// the verdict is a block, blame none). The WAF stamps proxied traffic with the cookies HWWAFSESID /
// HWWAFSESTIME and overwrites Server with "CloudWAF" (older nodes: "CW", wafw00f: "HuaweiCloudWAF").
// The WAF's own 502/504 after a failed back-to-origin request (Huawei's FAQ "How Do I Troubleshoot
// 500/502/504 Errors?": firewall or rate limit dropping WAF IPs, wrong origin protocol/port, origin
// TLS < 1.2, overloaded origin) is an nginx-layout status page; with the WAF's Server header on it the
// page is the WAF's (or passed through it) and the failing hop is the origin behind the WAF.
import { defineFingerprint, type PageRule, type Signal } from '../knowledge/fingerprint';

/** The Server values the WAF writes over every answer it sends. */
const WAF_HEADERS: Signal[] = [
  { header: 'server', is: 'cw' },
  { header: 'server', is: 'cloudwaf' },
  { header: 'server', starts: 'huaweicloudwaf' },
];
const WAF_COOKIES: Signal[] = [
  { header: 'set-cookie', starts: 'hwwafsesid=' },
  { header: 'set-cookie', starts: 'hwwafsestime=' },
];
/** Block pages may come at the documented 418, a rewritten 403, or 200. */
const BLOCK_STATUSES = [200, 403, 418];

/** The WAF's nginx-layout 502/504, one rule per Server value it writes. */
const originFailure = (server: Signal, suffix: string): PageRule => ({
  id: `origin-failure-${suffix}`,
  status: [500, 502, 503, 504],
  all: [{ body: '<body><center><h1>' }, server],
  any: WAF_COOKIES,
  confidence: 0.9,
  says: 'An nginx-style 5xx page sent with Huawei Cloud WAF\'s Server header: the WAF could not get an answer from the origin server.',
  layer: 'waf',
  blame: 'origin',
  failure: 'unknown',
  byStatus: {
    500: { failure: 'unknown' },
    502: { failure: 'refused' },
    503: { failure: 'overloaded' },
    504: { failure: 'timeout' },
  },
});

export default defineFingerprint({
  generator: 'huawei-waf',
  name: 'Huawei Cloud WAF',
  layer: 'waf',
  inPath: [...WAF_COOKIES, ...WAF_HEADERS],
  ownHeaders: [...WAF_HEADERS, ...WAF_COOKIES],
  pages: [
    {
      id: 'block-page-cloudwaf',
      status: BLOCK_STATUSES,
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
      status: BLOCK_STATUSES,
      all: [{ body: 'hws_security@' }],
      any: [{ body: 'account.hwclouds.com/static/error' }, { body: 'www.hwclouds.com' }],
      confidence: 0.8,
      says: 'Huawei Cloud WAF\'s older block page (hws_security@ contact, hwclouds.com error images).',
      layer: 'waf',
      blame: 'none',
      failure: 'blocked',
    },
    {
      id: 'block-page-cloudwaf-reordered',
      status: BLOCK_STATUSES,
      all: [{ body: '<meta content="cloudwaf" http-equiv="server"' }],
      any: [{ title: '访问被拦截' }, { body: 'onload="bindall()"' }],
      confidence: 0.9,
      says: 'Huawei Cloud WAF\'s block page as re-serialised by a capture (<meta content="CloudWAF" http-equiv="Server">, "访问被拦截！").',
      layer: 'waf',
      blame: 'none',
      failure: 'blocked',
    },
    {
      // The CC / rate-limit captcha: seen as HTTP 419 with <title>Access Verification</title>, a
      // Server meta naming HuaweiCloudWAF and a form posting to a "…-captcha" path.
      id: 'rate-limit-captcha',
      status: [200, 419, 429],
      all: [{ title: 'access verification' }, { body: 'huaweicloudwaf' }],
      any: [{ body: '-captcha' }, ...WAF_COOKIES],
      confidence: 0.75,
      says: 'Huawei Cloud WAF\'s "Access Verification" captcha: too many requests in a short time, the WAF asks for a human check.',
      layer: 'waf',
      blame: 'none',
      failure: 'challenge',
    },
    originFailure({ header: 'server', is: 'cloudwaf' }, 'cloudwaf'),
    originFailure({ header: 'server', is: 'cw' }, 'cw'),
    originFailure({ header: 'server', starts: 'huaweicloudwaf' }, 'huaweicloudwaf'),
  ],
  sources: [
    'Huawei Cloud WAF FAQ "如何处理418错误码问题" (requests with a malicious payload are blocked with 418, the default block status; check protection logs, handle false alarms)',
    'https://support.huaweicloud.com/intl/en-us/waf_faq/waf_01_0066.html (500/502/504 after connecting to WAF: whitelist WAF IPs, origin protocol/IP/port, TLS 1.2+, backend capacity)',
    'EnableSecurity/wafw00f wafw00f/plugins/huaweicloud.py (HWWAFSESID cookie, Server: HuaweiCloudWAF, hwclouds.com, hws_security@)',
    'Public GitHub test reports quoting live 418 pages: <meta http-equiv="Server" content="CloudWAF" /><title id="title">访问被拦截！</title> ... <body onload="bindall()"',
    'Public GitHub notes on live sites behind Huawei WAF: "Set-Cookie: HWWAFSESID" + "Server: CW"',
    'https://github.com/Ekultek/WhatWaf/issues/1520 (live 418 from celia.consumer.huawei.com: Server: CloudWAF, HWWAFSESID/HWWAFSESTIME cookies, <meta content="CloudWAF" http-equiv="Server"/><title id="title">访问被拦截！</title>, bindall() with the request id)',
    'Public crawler notes on a site behind Huawei Cloud WAF: a few rapid requests trigger HTTP 419 with <title>Access Verification</title>, meta Server: HuaweiCloudWAF, a form posting to a "-captcha" path and a captcha image; single requests pass again after 30-60 s',
    'Huawei Cloud WAF docs "修改拦截返回页面" (系统默认: the built-in 418 block page; 自定义: the owner sets the status code, headers and a text/html, text/xml or application/json body)',
    'Public notes comparing a site through the WAF and directly: the answer through the WAF carries "Server: CloudWAF", the origin\'s own "Server: nginx/1.24.0 (Ubuntu)" is replaced; huaweicloud SDK sample output with "Server: CloudWAF" on proxied JSON',
  ],
});
