import { defineFingerprintTranslation } from '../../translation';

export default defineFingerprintTranslation({
  generator: "tencent-waf",
  pages: {
    "block-redirect-501page": {
      says: { en: "8f81eba5", text: "腾讯云 WAF 的拦截响应（脚本跳转到 waf.tencent.com/501page.html，附拦截 ID）。" },
    },
    "block-page-branded": {
      says: { en: "48a8b213", text: "写明“腾讯云Web应用防火墙”字样的 403 页面（腾讯云 WAF）。" },
    },
    "origin-unanswered": {
      says: { en: "c8388603", text: "腾讯云 WAF 在源站未响应时返回的页面（“你提交的请求无法正常响应”）。" },
    },
    "bad-request": {
      says: { en: "f7f44aca", text: "腾讯云 WAF 在无法转发请求时返回的页面（没有匹配的防护域名，或请求格式错误）。" },
    },
  },
});
