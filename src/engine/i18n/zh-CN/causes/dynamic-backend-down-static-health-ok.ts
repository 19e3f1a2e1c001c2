import { defineCauseTranslation } from '../../translation';

export default defineCauseTranslation({
  id: "dynamic-backend-down-static-health-ok",
  title: { en: "db7b109f", text: "应用服务器已停止，而 Web 服务器（以及针对静态页面的健康检查）仍然正常响应" },
  why: { en: "6e4d4699", text: "Web 服务器或负载均衡仍在运行，因此静态文件能访问、针对静态页面的健康检查也能通过；但负责生成动态页面的进程——php-fpm、Node/Python/Java 应用服务器或容器——已停止、崩溃或仍在启动中。于是所有动态请求都会迅速失败：nginx 在日志中记录“connect() failed (111: Connection refused) while connecting to upstream”或“no live upstreams”，并返回 502；Envoy 返回 503 “upstream connect error or disconnect/reset before headers … connection failure”；Heroku 返回 503（H10 应用崩溃，H20 启动超时）。" },
  because: {
    "nginx-502": { en: "d9c52b5b", text: "nginx 因上游问题返回 502：最常见的原因是它后面的应用服务器没有运行。" },
    "nginx-502-within-2s": { en: "f8421dce", text: "502 立即返回：上游是拒绝了连接，而不是超时——其进程没有在监听。" },
    "refused-blame-upstream-app": { en: "c4240c2b", text: "Web 服务器后面的应用拒绝了连接：它没有运行，或没有在监听。" },
    "load-balancers-502": { en: "de95b189", text: "阿里云：健康检查针对的是静态页面时，动态后端（如 php-fpm）停止后仍会导致 502。" },
    "envoy-503": { en: "82d5ce8b", text: "Envoy 503 “upstream connect error or disconnect/reset before headers”：它后面的服务拒绝或重置了连接。" },
    "heroku-503-within-27s": { en: "f45b218d", text: "Heroku 很快返回 503：H10 “App crashed”——dyno 的进程已退出，或始终没有绑定到 $PORT。" },
    "heroku-503-after-67s-to-83s": { en: "ecc27b8c", text: "Heroku 在约 75 秒后返回 503：路由层一直等待 dyno 启动，最终放弃（H20 App boot timeout）。" },
    "reverse-proxies-502-503": { en: "6feec610", text: "反向代理无法连接它后面的应用服务器。" },
    "aws-alb-502": { en: "8c60829b", text: "ALB 502：建立连接时目标返回 TCP RST，说明目标端口上没有进程在监听。" },
    "cdns-refused-blame-upstream-app": { en: "3b49a59c", text: "CDN 已连到源站主机，但主机上的应用拒绝了连接。" },
    "not-nginx-behind-nginx-layout-wafs": { en: "23ad9cf6", text: "路径中的 WAF 自己也会写 nginx 样式的 5xx 页面：这个页面可能是它对 WAF 回源这一跳的答复，而不是源站 nginx 写的。" },
    "not-nginx-504": { en: "618387d6", text: "504 说明上游接受了请求、只是处理太慢，因此它是在运行的。" },
    "not-blame-elsewhere": { en: "4656607a", text: "出故障的环节不是应用服务器。" },
    "not-dns-tls": { en: "463456da", text: "DNS 或 TLS 失败并不意味着应用停止运行。" },
  },
  steps: {
    "service-status": {
      title: { en: "4366a27b", text: "检查应用服务器是否在运行" },
      detail: { en: "356b17fe", text: "php-fpm 的服务单元名可能是 php8.x-fpm；其他技术栈请检查相应的服务单元或容器。" },
    },
    "listening-socket": {
      title: { en: "61d93879", text: "检查它是否在 Web 服务器所连接的地址上监听" },
      detail: { en: "ea03cc0b", text: "与 fastcgi_pass / proxy_pass 对照：可能是 TCP 端口（127.0.0.1:9000、:3000、:8080），也可能是 unix 套接字，此时要确认其路径正确且 nginx 有访问权限。" },
    },
    "nginx-error-log": {
      title: { en: "7b3c20a2", text: "查看 nginx 错误日志" },
      detail: { en: "ddf209b9", text: "出现“connect() failed (111: Connection refused) while connecting to upstream”、针对套接字的“(2: No such file or directory)”或“no live upstreams”，即可确认应用已停止。" },
    },
    "restart-and-log": {
      title: { en: "827f3982", text: "重启应用，并查明它停止的原因" },
      detail: { en: "b4657bd9", text: "重启之前，先查看是否有进程因内存不足（OOM）被杀，以及崩溃时的堆栈信息。" },
    },
    "dynamic-health-check": {
      title: { en: "fc2a7bab", text: "让健康检查访问动态页面" },
      detail: { en: "8239e77f", text: "把负载均衡的健康检查指向一个轻量的动态 URL（例如会调用 PHP 和数据库的 /health.php），这样应用挂掉时，该服务器会被移出转发，而不是持续返回 502。" },
    },
    "heroku-logs": {
      title: { en: "692d3153", text: "Heroku：查看路由层和 dyno 日志" },
      detail: { en: "21b2adaa", text: "H10 / H20 日志行会显示崩溃或启动超时；应用必须在 60 秒内绑定到 $PORT。" },
    },
    "retry-later": {
      title: { en: "523d322f", text: "稍后重试" },
      detail: { en: "242e960f", text: "该网站服务器的一部分停止了工作。请几分钟后重试；如果问题持续，请把技术支持摘要发给网站管理员。" },
    },
  },
});
