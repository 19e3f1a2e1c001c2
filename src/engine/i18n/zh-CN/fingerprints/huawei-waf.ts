import { defineFingerprintTranslation } from '../../translation';

export default defineFingerprintTranslation({
  generator: "huawei-waf",
  pages: {
    "block-page-cloudwaf": {
      says: { en: "f9330610", text: "华为云 WAF 的拦截页（<meta http-equiv=\"Server\" content=\"CloudWAF\">，“访问被拦截！”）。" },
    },
    "block-page-legacy": {
      says: { en: "9ccb8667", text: "华为云 WAF 的旧版拦截页（hws_security@ 联系邮箱，hwclouds.com 的错误图片）。" },
    },
    "block-page-cloudwaf-reordered": {
      says: { en: "ce227067", text: "华为云 WAF 的拦截页（抓包工具重新序列化了属性顺序：<meta content=\"CloudWAF\" http-equiv=\"Server\">，“访问被拦截！”）。" },
    },
    "rate-limit-captcha": {
      says: { en: "b684b992", text: "华为云 WAF 的“Access Verification”验证码页：短时间内请求过多，WAF 要求进行人机验证。" },
    },
    "origin-failure-cloudwaf": {
      says: { en: "3b19fcb2", text: "带华为云 WAF Server 头的 nginx 样式 5xx 页面：WAF 回源时没能从源站拿到响应。" },
    },
    "origin-failure-cw": {
      says: { en: "3b19fcb2", text: "带华为云 WAF Server 头的 nginx 样式 5xx 页面：WAF 回源时没能从源站拿到响应。" },
    },
    "origin-failure-huaweicloudwaf": {
      says: { en: "3b19fcb2", text: "带华为云 WAF Server 头的 nginx 样式 5xx 页面：WAF 回源时没能从源站拿到响应。" },
    },
  },
});
