import { defineFingerprintTranslation } from '../../translation';

export default defineFingerprintTranslation({
  generator: "apache",
  pages: {
    "mod-proxy-error": {
      says: { en: "957fbc4a", text: "Apache mod_proxy 的“Proxy Error”页面（“The proxy server could not handle the request … Reason: …”）。" },
      refine: {
        "body-reason-strong-error-during-ssl-handshake-with-remote-server": { en: "9173e9d8", text: "mod_proxy 与后端的 TLS 握手失败。" },
        "body-reason-strong-dns-lookup-failure-for": { en: "25df3795", text: "mod_proxy 无法解析后端的主机名。" },
        "body-reason-strong-error-reading-from-remote-server": { en: "9f1b604b", text: "mod_proxy 没有从后端收到有效的状态行（连接被关闭、重置或超时）。" },
      },
    },
    "bad-gateway": {
      says: { en: "e0549c22", text: "Apache 内置的 502 文本（“The proxy server received an invalid response from an upstream server.”）。" },
    },
    "service-unavailable": {
      says: { en: "66c30d4c", text: "Apache 内置的 503 页面；若 Apache 通过 mod_proxy 反向代理，表示后端拒绝了连接，对应的 worker 已被置为错误状态。" },
    },
    "gateway-timeout": {
      says: { en: "b605d78a", text: "Apache 内置的 504 页面（等待后端响应时 ProxyTimeout 超时）。" },
    },
    "internal-server-error": {
      says: { en: "fdc4921e", text: "Apache 内置的 500 页面（“internal error or misconfiguration”：.htaccess、CGI 或处理程序出错）。" },
    },
    "header-fields-too-large": {
      says: { en: "61a0987f", text: "Apache 认为某个请求头过大而拒绝了请求（LimitRequestFieldSize）。" },
    },
  },
});
