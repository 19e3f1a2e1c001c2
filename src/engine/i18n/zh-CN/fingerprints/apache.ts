import { defineFingerprintTranslation } from '../../../knowledge/translation';

export default defineFingerprintTranslation({
  generator: "apache",
  pages: {
    "mod-proxy-error": {
      says: "Apache mod_proxy 的“Proxy Error”页面（“The proxy server could not handle the request … Reason: …”）。",
      refine: [
        "mod_proxy 与后端的 TLS 握手失败。",
        "mod_proxy 无法解析后端的主机名。",
        "mod_proxy 没有从后端收到有效的状态行（连接被关闭、重置或超时）。",
      ],
    },
    "bad-gateway": {
      says: "Apache 内置的 502 文本（“The proxy server received an invalid response from an upstream server.”）。",
    },
    "service-unavailable": {
      says: "Apache 内置的 503 页面；若 Apache 通过 mod_proxy 反向代理，表示后端拒绝了连接，对应的 worker 已被置为错误状态。",
    },
    "gateway-timeout": {
      says: "Apache 内置的 504 页面（等待后端响应时 ProxyTimeout 超时）。",
    },
    "internal-server-error": {
      says: "Apache 内置的 500 页面（“internal error or misconfiguration”：.htaccess、CGI 或处理程序出错）。",
    },
    "header-fields-too-large": {
      says: "Apache 认为某个请求头过大而拒绝了请求（LimitRequestFieldSize）。",
    },
  },
});
