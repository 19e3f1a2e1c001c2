import { defineFingerprintTranslation } from '../../translation';

export default defineFingerprintTranslation({
  generator: "imperva",
  pages: {
    "challenge-script-stub": {
      says: { en: "e0e9636c", text: "Imperva 的 JavaScript 质询页（一个几乎为空、只从 /_Incapsula_Resource 加载脚本的页面）：浏览器必须运行该脚本才能通过。" },
    },
    "incident-shell-200": {
      says: { en: "06300212", text: "Imperva 的事件外壳页（指向 /_Incapsula_Resource 的 iframe，“Request unsuccessful. Incapsula incident ID”），以 200 状态返回。" },
      refine: {
        "body-_incapsula_resource-swudnsai": { en: "601ee953", text: "该框架是 Imperva 的机器人识别质询（SWUDNSAI），并非直接拦截。" },
      },
    },
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
