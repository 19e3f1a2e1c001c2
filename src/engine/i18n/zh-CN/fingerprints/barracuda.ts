import { defineFingerprintTranslation } from '../../translation';

export default defineFingerprintTranslation({
  generator: "barracuda",
  pages: {
    "fake-404-deny-page": {
      says: { en: "2b4d7945", text: "Barracuda WAF 伪装成 404 的拦截页（“The specified URL cannot be found.”，后面跟着一长串数字填充注释）。" },
    },
  },
});
