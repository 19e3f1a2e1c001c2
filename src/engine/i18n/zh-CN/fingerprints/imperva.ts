import { defineFingerprintTranslation } from '../../translation';

export default defineFingerprintTranslation({
  generator: "imperva",
  pages: {
    "incident-shell": {
      says: { en: "8a95e9e1", text: "Imperva 的错误外壳页：一个指向 /_Incapsula_Resource 的 iframe，带有“Request unsuccessful. Incapsula incident ID”。" },
      refine: {
        "body-_incapsula_resource-swudnsai": { en: "601ee953", text: "该框架是 Imperva 的机器人识别质询（SWUDNSAI），不是硬性拦截。" },
      },
    },
    "blocked-by-security-service": {
      says: { en: "c1f13c18", text: "Imperva 拦截页的文字：“This request was blocked by our security service”（Error 15/16/17）。" },
    },
  },
});
