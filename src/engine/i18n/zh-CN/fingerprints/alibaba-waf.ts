import { defineFingerprintTranslation } from '../../translation';

export default defineFingerprintTranslation({
  generator: "alibaba-waf",
  pages: {
    "block-page-waf3": {
      says: { en: "1b26b2f3", text: "阿里云 WAF 的拦截页（block_message / block_traceid_tips，图片来自 errors.aliyun.com）。" },
    },
    "block-page-classic": {
      says: { en: "298195cc", text: "阿里云 WAF 的拦截页（“您的访问被阻断”，附“您的请求ID是”）。" },
    },
    "anti-crawler-challenge-200": {
      says: { en: "4e848a28", text: "阿里云 WAF 的反爬虫 JavaScript 质询，以 200 状态返回（根据 arg1 设置 acw_sc__v2 Cookie）。" },
    },
    "anti-crawler-challenge": {
      says: { en: "2ce9180d", text: "阿里云 WAF 反爬虫的 JavaScript 校验（根据 arg1 设置 acw_sc__v2 Cookie）。" },
    },
  },
});
