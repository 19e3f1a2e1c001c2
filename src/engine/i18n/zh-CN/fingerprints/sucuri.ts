import { defineFingerprintTranslation } from '../../../knowledge/translation';

export default defineFingerprintTranslation({
  generator: "sucuri",
  pages: {
    "access-denied": {
      says: "Sucuri 的拦截页：“Access Denied - Sucuri Website Firewall”。",
    },
    "block-header": {
      says: "响应带有 X-Sucuri-Block：Sucuri 防火墙拦截了该请求。",
    },
    "backend-error-headers": {
      says: "Sucuri 防火墙返回的 502/504（Server: Sucuri/Cloudproxy）：它没有及时收到托管服务器的响应。",
    },
  },
});
