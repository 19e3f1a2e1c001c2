import { defineFingerprintTranslation } from '../../../knowledge/translation';

export default defineFingerprintTranslation({
  generator: "openresty",
  pages: {
    "stock-error-page": {
      says: "页面结尾是 OpenResty 的标准签名“<hr><center>openresty</center>”。",
      refine: [
        "OpenResty 认为请求头过大而拒绝了请求（494 页面）。",
        "一个普通 HTTP 请求发到了 HTTPS 监听端口（497 页面）。",
      ],
    },
    "header-only-5xx": {
      says: "以“Server: openresty”返回的空 502/504（对 HEAD 请求的标准响应）。",
    },
  },
});
