import { defineCauseTranslation } from '../../translation';

export default defineCauseTranslation({
  id: "origin-invalid-response",
  title: { en: "35672b5a", text: "源站返回了空的、格式错误的或被截断的响应" },
  why: { en: "b199af44", text: "代理已建立连接并发送了请求，但收到的不是有效的 HTTP 响应：连接在没有返回任何字节的情况下被关闭，状态行或响应头格式错误（HTTP/2 实现有问题、缺少必要的响应头、Content-Length 与正文不符），或应用在响应中途崩溃。Cloudflare 将其报告为 520 “Web server returned an unknown error”；ALB 和 HAProxy 返回 502（“The server returned an invalid or incomplete response”）；nginx 记录“upstream prematurely closed connection”；Heroku 记录 H13 / H17 / H18。" },
  because: {
    "cloudflare-520": { en: "0306b496", text: "Cloudflare 520：源站返回了空的、未知的或意外的响应。" },
    "code-520": { en: "8537dc3c", text: "错误代码 520：Web 服务器返回了未知错误。" },
    "empty-response": { en: "e807b1d0", text: "后端没有返回响应就关闭了连接。" },
    "invalid-response-blame-origin-upstream-app": { en: "5415702c", text: "后端返回的内容不是有效的 HTTP。" },
    "haproxy-502": { en: "7a111d54", text: "HAProxy 502：“The server returned an invalid or incomplete response”。" },
    "aws-alb-502": { en: "e797d3e7", text: "ALB 502：目标的响应格式错误、响应头无效，或目标在仍有未完成请求时关闭了连接。" },
    "heroku-503-within-27s": { en: "267a9404", text: "Heroku 很快返回 503，可能是 H13（连接关闭且无响应）或 H18（请求被中断）。" },
    "google-frontend-502": { en: "daa9d10f", text: "Google Cloud 负载均衡 502：backend_connection_closed_before_data_sent_to_client 和无效响应是常见的 statusDetails。" },
    "envoy-502-503": { en: "086448b2", text: "Envoy 502/503 发生在上游重置或协议错误之后（UC / UPE）。" },
    "cdns-502-503-blame-origin-upstream-app": { en: "e11063ea", text: "CDN 无法从源站读取到有效的响应。" },
    "nginx-502": { en: "31d6835c", text: "nginx 502 也包括“upstream prematurely closed connection”和“upstream sent invalid header”。" },
    "not-blame-elsewhere": { en: "6bac7cf6", text: "出故障的环节不是源站的响应。" },
    "not-refused-etc": { en: "45d4bb66", text: "代理根本没有收到可供判断的响应。" },
  },
  steps: {
    "raw-response": {
      title: { en: "f3c0dd66", text: "查看源站的原始响应" },
      detail: { en: "b906561f", text: "空响应（“Empty reply from server”）、缺少状态行或异常的响应头都会在这里显示出来。分别用 --http1.1 和 --http2 测试：HTTP/2 配置有误是已知的 520 原因。" },
    },
    "error-logs": {
      title: { en: "7c52090d", text: "在 Web 服务器和应用日志中查找崩溃记录" },
      detail: { en: "0beced27", text: "nginx：“upstream prematurely closed connection”、“upstream sent invalid header”；PHP：段错误（segfault）、致命错误（fatal error）；应用：当时抛出的异常。" },
    },
    "cloudflare-http2": {
      title: { en: "142885ea", text: "Cloudflare：排除回源 HTTP/2 的问题" },
      detail: { en: "46716ec5", text: "如果源站声明支持 HTTP/2 但处理不当，请关闭“HTTP/2 to Origin”（Speed > Optimization > Protocol Optimization）后重新测试。Cloudflare 技术支持会要求提供两个 HAR 文件，其中一个在暂停 Cloudflare 后录制。" },
    },
    "keepalive-check": {
      title: { en: "05a23169", text: "检查面向负载均衡的 keep-alive 设置" },
      detail: { en: "311860cd", text: "后端关闭空闲 keep-alive 连接的时间早于代理的预期，会造成间歇性的 502；另见 keep-alive 相关的原因。" },
    },
    "retry": {
      title: { en: "bfda1894", text: "重试并告知网站管理员" },
      detail: { en: "395a98e9", text: "该网站的服务器返回了损坏的响应。刷新一次也许就能恢复；如果不行，请把技术支持摘要发给网站管理员。" },
    },
  },
});
