import { defineFingerprintTranslation } from '../../translation';

export default defineFingerprintTranslation({
  generator: "safedog",
  pages: {
    "block-page": {
      says: { en: "4804d0c8", text: "安全狗的拦截页（网站防火墙：“您的请求带有不合法参数，已被网站管理员设置拦截！”）。" },
    },
    "site-dog-error-page": {
      says: { en: "eecbe02c", text: "安全狗替换后的错误页（“site dog”，404.safedog.cn）：安全狗把服务器自己的错误页替换掉了。" },
    },
  },
});
