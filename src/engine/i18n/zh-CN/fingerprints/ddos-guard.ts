import { defineFingerprintTranslation } from '../../translation';

export default defineFingerprintTranslation({
  generator: "ddos-guard",
  pages: {
    "browser-check": {
      says: { en: "50f46e7f", text: "DDoS-Guard 的浏览器检查页（页面标题为“DDoS-Guard”）。" },
    },
    "check-script": {
      says: { en: "46d63127", text: "页面加载了 DDoS-Guard 的检查脚本（check.ddos-guard.net/check.js）。" },
    },
    "edge-refusal": {
      says: { en: "95e18739", text: "DDoS-Guard 边缘节点返回的 403（Server: ddos-guard）：访问者被 DDoS 防护过滤拦截。" },
    },
  },
});
