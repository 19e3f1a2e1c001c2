import { defineFingerprintTranslation } from '../../../knowledge/translation';

export default defineFingerprintTranslation({
  generator: "imperva",
  pages: {
    "incident-shell": {
      says: "Imperva 的错误外壳页：一个指向 /_Incapsula_Resource 的 iframe，带有“Request unsuccessful. Incapsula incident ID”。",
      refine: [
        "该框架是 Imperva 的机器人识别质询（SWUDNSAI），不是硬性拦截。",
      ],
    },
    "blocked-by-security-service": {
      says: "Imperva 拦截页的文字：“This request was blocked by our security service”（Error 15/16/17）。",
    },
  },
});
