import { defineFingerprintTranslation } from '../../translation';

export default defineFingerprintTranslation({
  generator: "nginx",
  pages: {
    "stock-error-page": {
      says: { en: "a56fee06", text: "页面结尾是 nginx 的标准签名“<hr><center>nginx</center>”。" },
      refine: {
        "body-request-header-or-cookie-too-large": { en: "4240dffe", text: "nginx 认为请求头过大而拒绝了请求（494 页面，large_client_header_buffers）。" },
        "body-the-plain-http-request-was-sent-to-https-port": { en: "28675022", text: "一个普通 HTTP 请求发到了 nginx 的 HTTPS 监听端口（497 页面）。" },
        "body-no-required-ssl-certificate-was-sent": { en: "f97041c9", text: "nginx 要求客户端证书，但客户端没有发送（496 页面，ssl_verify_client）。" },
        "body-center-the-ssl-certificate-error-center": { en: "8790a0ee", text: "nginx 拒绝了客户端证书（495 页面）。" },
      },
    },
    "default-50x-html": {
      says: { en: "a0fa2523", text: "nginx 默认的 50x.html（“An error occurred. … Faithfully yours, nginx.”）。" },
    },
    "distro-50x-html": {
      says: { en: "b1ecde0f", text: "Fedora / EPEL / Amazon Linux 软件包自带的 nginx 50x.html（“nginx error!” … “This is the default error page for nginx”）。" },
    },
    "header-only-5xx": {
      says: { en: "248504b2", text: "以“Server: nginx”返回的空 502/504（nginx 对 HEAD 请求的标准响应）。" },
    },
  },
});
