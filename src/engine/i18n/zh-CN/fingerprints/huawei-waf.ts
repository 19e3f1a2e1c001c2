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
  },
});
