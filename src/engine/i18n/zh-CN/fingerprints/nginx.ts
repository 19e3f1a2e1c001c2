import { defineFingerprintTranslation } from '../../../knowledge/translation';

export default defineFingerprintTranslation({
  generator: "nginx",
  pages: {
    "stock-error-page": {
      says: "页面结尾是 nginx 的标准签名“<hr><center>nginx</center>”。",
      refine: [
        "nginx 认为请求头过大而拒绝了请求（494 页面，large_client_header_buffers）。",
        "一个普通 HTTP 请求发到了 nginx 的 HTTPS 监听端口（497 页面）。",
        "nginx 要求客户端证书，但客户端没有发送（496 页面，ssl_verify_client）。",
        "nginx 拒绝了客户端证书（495 页面）。",
      ],
    },
    "default-50x-html": {
      says: "nginx 默认的 50x.html（“An error occurred. … Faithfully yours, nginx.”）。",
    },
    "distro-50x-html": {
      says: "Fedora / EPEL / Amazon Linux 软件包自带的 nginx 50x.html（“nginx error!” … “This is the default error page for nginx”）。",
    },
    "header-only-5xx": {
      says: "以“Server: nginx”返回的空 502/504（nginx 对 HEAD 请求的标准响应）。",
    },
  },
});
