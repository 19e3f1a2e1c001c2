import { defineCauseTranslation } from '../../translation';

export default defineCauseTranslation({
  id: "origin-invalid-response",
  title: { en: "35672b5a", text: "源站返回了空的、格式错误的或被截断的响应" },
  summary: { en: "9df6bcb9", text: "网站服务器关闭了连接，或返回的内容不是有效的网页应答。" },
  why: { en: "b199af44", text: "代理已建立连接并发送了请求，但收到的不是有效的 HTTP 响应：连接在没有返回任何字节的情况下被关闭，状态行或响应头格式错误（HTTP/2 实现有问题、缺少必要的响应头、Content-Length 与正文不符），或应用在响应中途崩溃。Cloudflare 将其报告为 520 “Web server returned an unknown error”；ALB 和 HAProxy 返回 502（“The server returned an invalid or incomplete response”）；nginx 记录“upstream prematurely closed connection”；Heroku 记录 H13 / H17 / H18。" },
  because: {
    "cloudflare-520": { en: "0306b496", text: "Cloudflare 520：源站返回了空的、未知的或意外的响应。" },
    "code-520": { en: "8537dc3c", text: "错误代码 520：Web 服务器返回了未知错误。" },
    "empty-response": { en: "3009221d", text: "服务器没有返回响应就关闭了连接。" },
    "invalid-response-blame-origin-upstream-app": { en: "5415702c", text: "后端返回的内容不是有效的 HTTP。" },
    "haproxy-502": { en: "7a111d54", text: "HAProxy 502：“The server returned an invalid or incomplete response”。" },
    "aws-alb-502": { en: "e797d3e7", text: "ALB 502：目标的响应格式错误、响应头无效，或目标在仍有未完成请求时关闭了连接。" },
    "heroku-503-within-27s": { en: "267a9404", text: "Heroku 很快返回 503，可能是 H13（连接关闭且无响应）或 H18（请求被中断）。" },
    "google-frontend-502": { en: "daa9d10f", text: "Google Cloud 负载均衡 502：backend_connection_closed_before_data_sent_to_client 和无效响应是常见的 statusDetails。" },
    "envoy-502-503": { en: "086448b2", text: "Envoy 502/503 发生在上游重置或协议错误之后（UC / UPE）。" },
    "cdns-502-503-blame-origin-upstream-app": { en: "e11063ea", text: "CDN 无法从源站读取到有效的响应。" },
    "nginx-502": { en: "31d6835c", text: "nginx 502 也包括“upstream prematurely closed connection”和“upstream sent invalid header”。" },
    "not-blame-elsewhere": { en: "c09e6377", text: "页面把故障归于边缘节点、请求本身，或根本没有故障：出问题的不是源站的应答。" },
    "not-refused-etc": { en: "d419ac5c", text: "请求在收到任何应答之前就失败了（连接被拒绝、DNS、超时或没有后端）：根本没有可能格式错误的响应。" },
  },
  steps: {
    "raw-response": {
      title: { en: "f3c0dd66", text: "查看源站的原始响应" },
      detail: { en: "e12166b0", text: "空响应（“Empty reply from server”）、缺少状态行或异常的响应头都会在这里显示出来。分别用 --http1.1 和 --http2 测试：声明支持 HTTP/2 却处理不好的服务器只会在其中一种下失败。" },
    },
    "heroku-logs": {
      title: { en: "c8286579", text: "Heroku：查找 H13 / H17 / H18 日志行" },
      detail: { en: "c6ac4586", text: "H13：dyno 没有返回响应就关闭了连接；H17：响应格式错误；H18：dyno 在响应发送完之前就结束了请求。紧挨在前面的应用日志会显示崩溃或提前关闭的原因。" },
    },
    "error-logs": {
      title: { en: "23e05dcd", text: "在 nginx 错误日志和内核日志中查找崩溃记录" },
      detail: { en: "3c860cb8", text: "“upstream prematurely closed connection”或“upstream sent invalid header”会指出失败的后端；内核日志中的段错误和内存耗尽导致的进程终止，说明应用崩溃了。" },
    },
    "apache-error-log": {
      title: { en: "4b057d49", text: "Apache：在错误日志中查找“error reading status line”" },
      detail: { en: "9db6ed24", text: "“AH01102: error reading status line from remote server”表示 ProxyPass 后面的后端关闭了连接，或返回的内容不是 HTTP。" },
    },
    "iis-failed-request-tracing": {
      title: { en: "875859c1", text: "IIS：跟踪失败的请求（失败请求跟踪）" },
      detail: { en: "5df9d713", text: "为站点启用“失败请求跟踪”，添加一条针对状态码 502 的规则：对于 502.3，跟踪记录会显示应用程序请求路由（ARR）读取后端响应时遇到的错误。" },
    },
    "varnish-fetch-error": {
      title: { en: "ac1b02d3", text: "Varnish：查看失败的后端请求中的 FetchError" },
      detail: { en: "c911ffd9", text: "像“http first read error: EOF”这样的行，表示后端在发送响应之前就关闭了连接。" },
    },
    "app-logs": {
      title: { en: "7c52090d", text: "在 Web 服务器和应用日志中查找崩溃记录" },
      detail: { en: "25b8d677", text: "查看出错时刻：应用的异常和致命错误、其进程的崩溃或重启，以及 Web 服务器关于上游响应被关闭或无效的记录。" },
    },
    "cloudflare-http2": {
      title: { en: "142885ea", text: "Cloudflare：排除回源 HTTP/2 的问题" },
      detail: { en: "46716ec5", text: "如果源站声明支持 HTTP/2 但处理不当，请关闭“HTTP/2 to Origin”（Speed > Optimization > Protocol Optimization）后重新测试。Cloudflare 技术支持会要求提供两个 HAR 文件，其中一个在暂停 Cloudflare 后录制。" },
    },
    "fix-response": {
      title: { en: "7e0799b3", text: "修复导致应答无效的问题" },
      detail: { en: "ab18e84a", text: "消除日志中显示的崩溃，删除或修正格式错误的响应头，并让 Content-Length 与正文一致（或交给服务器计算）；然后用上面的原始请求重新测试。" },
    },
    "keepalive-check": {
      title: { en: "05a23169", text: "检查面向负载均衡的 keep-alive 设置" },
      detail: { en: "030111d7", text: "后端关闭空闲 keep-alive 连接的时间早于代理的预期，会造成这类间歇性错误；另见 keep-alive 相关的原因。" },
    },
    "retry": {
      title: { en: "5d734c26", text: "刷新页面" },
      detail: { en: "7e220772", text: "该网站的服务器返回了损坏的应答。刷新一次也许就能恢复。" },
    },
  },
});
