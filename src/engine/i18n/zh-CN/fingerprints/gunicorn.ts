import { defineFingerprintTranslation } from '../../translation';

export default defineFingerprintTranslation({
  generator: "gunicorn",
  pages: {
    "worker-internal-error": {
      says: { en: "892aaa8f", text: "Gunicorn 自己的“Internal Server Error”页面（<h1><p>…</p></h1>）：Python 应用在发出响应之前抛出了异常。" },
    },
    "request-rejected": {
      says: { en: "61bbcff3", text: "Gunicorn 自己拒绝了这个请求（它的“<h1><p>Bad Request</p></h1>”式页面）：无法解析请求行或请求头。" },
      refine: {
        "body-contradictory-scheme-headers": { en: "777d839b", text: "“Contradictory scheme headers”：前面的代理发送了相互矛盾的 X-Forwarded-Proto / X-Forwarded-Ssl 请求头（secure_scheme_headers）。" },
        "body-request-forbidden": { en: "9eb35e95", text: "“Request forbidden”：转发来的请求来自 gunicorn 不信任的地址（forwarded_allow_ips / proxy_allow_ips）。" },
        "body-proxy-request-from": { en: "7270a972", text: "来自不在 proxy_allow_ips 中的地址的 PROXY 协议请求。" },
      },
    },
    "reload-syntax-error": {
      says: { en: "925d0dcc", text: "Gunicorn（启用了 --reload）无法导入应用：出现 SyntaxError，以经过 load_wsgi 的回溯信息显示出来。" },
    },
  },
});
