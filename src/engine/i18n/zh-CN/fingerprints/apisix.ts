import { defineFingerprintTranslation } from '../../translation';

export default defineFingerprintTranslation({
  generator: "apisix",
  pages: {
    "route-not-found": {
      says: { en: "11b51c46", text: "APISIX 的路由返回 {\"error_msg\":\"404 Route Not Found\"}：没有路由匹配此主机和路径。" },
    },
    "openresty-page-with-apisix-header": {
      says: { en: "669bc0c0", text: "带有“Server: APISIX”的 OpenResty 默认错误页：这是 APISIX 自己针对上游故障给出的应答。" },
    },
    "error-page-plugin": {
      says: { en: "f46b6d27", text: "APISIX error-page 插件的页面（“<hr><center>Apache APISIX</center>”）。" },
    },
    "auth-plugin-rejection": {
      says: { en: "e2295865", text: "APISIX 的认证插件（key-auth、jwt-auth、basic-auth）拒绝了请求：{\"message\":\"Missing API key in request\"} 或类似信息。" },
    },
  },
});
