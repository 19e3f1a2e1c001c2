import { defineFingerprintTranslation } from '../../translation';

export default defineFingerprintTranslation({
  generator: "sucuri",
  pages: {
    "access-denied-200": {
      says: { en: "cb70d1c0", text: "Sucuri 的拦截页（“Access Denied - Sucuri Website Firewall”，带 Block ID），以 200 状态返回。" },
    },
    "access-denied": {
      says: { en: "7b165844", text: "Sucuri 的拦截页：“Access Denied - Sucuri Website Firewall”。" },
    },
    "block-header": {
      says: { en: "58b1348f", text: "响应带有 X-Sucuri-Block：Sucuri 防火墙拦截了该请求。" },
    },
    "backend-error-headers": {
      says: { en: "e1fde325", text: "Sucuri 防火墙返回的 502/504（Server: Sucuri/Cloudproxy）：它没有及时收到托管服务器的响应。" },
    },
  },
});
