import { defineFingerprintTranslation } from '../../translation';

export default defineFingerprintTranslation({
  generator: "openresty",
  pages: {
    "stock-error-page": {
      says: { en: "60781998", text: "页面结尾是 OpenResty 的标准签名“<hr><center>openresty</center>”。" },
      refine: {
        "body-request-header-or-cookie-too-large": { en: "7d9219c8", text: "OpenResty 认为请求头过大而拒绝了请求（494 页面）。" },
        "body-the-plain-http-request-was-sent-to-https-port": { en: "1ce3d1b2", text: "一个普通 HTTP 请求发到了 HTTPS 监听端口（497 页面）。" },
      },
    },
    "header-only-5xx": {
      says: { en: "49dd385e", text: "以“Server: openresty”返回的空 502/504（对 HEAD 请求的标准响应）。" },
    },
  },
});
