import { defineFingerprintTranslation } from '../../translation';

export default defineFingerprintTranslation({
  generator: "aws-alb",
  pages: {
    "waf-challenge": {
      says: { en: "9aad0d84", text: "该负载均衡器上的 AWS WAF 以其 Challenge（质询）动作作答（“x-amzn-waf-action: challenge”）：请求会被拦住，直到浏览器通过质询。" },
    },
    "waf-captcha": {
      says: { en: "4bcdbc78", text: "该负载均衡器上的 AWS WAF 以其 CAPTCHA（验证码）动作作答（“x-amzn-waf-action: captcha”）：请求会被拦住，直到浏览器通过验证。" },
    },
    "stock-error-page": {
      says: { en: "201e4f29", text: "负载均衡自己的页面（Server: awselb/2.0，只有“<center><h1>…</h1></center>”、没有服务器页脚的简陋页面）。" },
    },
    "stock-error-page-body-only": {
      says: { en: "7dc89441", text: "AWS 负载均衡只有“<center><h1>…</h1></center>”的简陋页面（没有服务器页脚），未见其响应头。" },
    },
    "header-only-error": {
      says: { en: "f0698357", text: "负载均衡自己作出了响应（Server: awselb），没有响应体。" },
    },
    "classic-elb-status-text": {
      says: { en: "62722909", text: "空响应，状态行是 Classic ELB 特有的（“Back-end server is at capacity” / “GATEWAY_TIMEOUT”）。" },
    },
    "fixed-response": {
      says: { en: "6b871849", text: "负载均衡上配置的响应（固定响应操作或 WAF 自定义响应），不是目标返回的页面。" },
    },
  },
});
