import { defineCauseTranslation } from '../../translation';

export default defineCauseTranslation({
  id: "dynamic-backend-down-static-health-ok",
  title: { en: "db7b109f", text: "应用服务器已停止，而 Web 服务器（以及针对静态页面的健康检查）仍然正常响应" },
  summary: { en: "f2b34c01", text: "负责生成网站页面的程序没有在运行，但它前面的 Web 服务器仍在应答。" },
  why: { en: "e70fed9b", text: "Web 服务器或负载均衡仍在运行，因此静态文件能访问、针对静态页面的健康检查也能通过；但负责生成动态页面的进程——php-fpm、Node/Python/Java 应用服务器或容器——已停止、崩溃或仍在启动中。于是所有动态请求都会迅速失败：nginx 在日志中记录“connect() failed (111: Connection refused) while connecting to upstream”或“no live upstreams”，并返回 502；Apache 记录“AH00957: … attempt to connect to … failed”；Envoy 返回 503 “upstream connect error or disconnect/reset before headers … connection failure”；站点的应用程序池停止时，IIS 返回 503；Heroku 返回 503（H10 应用崩溃，H14 没有运行中的 web dyno，H20 启动超时）。" },
  because: {
    "nginx-502": { en: "d9c52b5b", text: "nginx 因上游问题返回 502：最常见的原因是它后面的应用服务器没有运行。" },
    "nginx-502-within-2s": { en: "f8421dce", text: "502 立即返回：上游是拒绝了连接，而不是超时——其进程没有在监听。" },
    "refused-blame-upstream-app": { en: "c4240c2b", text: "Web 服务器后面的应用拒绝了连接：它没有运行，或没有在监听。" },
    "alibaba-slb-502": { en: "de95b189", text: "阿里云：健康检查针对的是静态页面时，动态后端（如 php-fpm）停止后仍会导致 502。" },
    "load-balancers-502": { en: "937ead63", text: "云负载均衡返回了 502：后端的 Web 服务器能通过健康检查，但其应用已停止，所有动态请求都会失败。" },
    "envoy-503": { en: "82d5ce8b", text: "Envoy 503 “upstream connect error or disconnect/reset before headers”：它后面的服务拒绝或重置了连接。" },
    "heroku-503-within-27s": { en: "4876b6eb", text: "Heroku 很快返回 503：H10 “App crashed”（dyno 的进程已退出，或始终没有绑定到 $PORT），或 H14 “No web dynos running”。" },
    "heroku-503-after-67s-to-83s": { en: "ecc27b8c", text: "Heroku 在约 75 秒后返回 503：路由层一直等待 dyno 启动，最终放弃（H20 App boot timeout）。" },
    "reverse-proxies-502-503": { en: "6feec610", text: "反向代理无法连接它后面的应用服务器。" },
    "varnish-503": { en: "53e277e7", text: "Varnish 503 “Backend fetch failed”：它没有从后端拿到可用的应答，而后端没有在运行是首要原因。" },
    "aws-alb-502": { en: "8c60829b", text: "ALB 502：建立连接时目标返回 TCP RST，说明目标端口上没有进程在监听。" },
    "cdns-refused-blame-upstream-app": { en: "3b49a59c", text: "CDN 已连到源站主机，但主机上的应用拒绝了连接。" },
    "not-nginx-behind-nginx-layout-wafs": { en: "f55877c9", text: "这个 nginx 样式的页面来自路径中的 WAF，它会自己写这类页面来说明它回源这一跳的情况：这说明不了源站 Web 服务器后面的应用服务器。" },
    "not-nginx-504": { en: "8aade395", text: "nginx 返回的是 504，即超时：没有运行的应用服务器会拒绝连接，nginx 对此会立即返回 502。" },
    "not-blame-elsewhere": { en: "db3ce5cc", text: "页面把故障归于边缘节点、请求本身，或根本没有故障：请求并不是因为应用停止而失败的。" },
    "not-dns-tls": { en: "51366f1b", text: "请求在 DNS 或 TLS 阶段就失败了，还没有询问任何应用服务器。" },
  },
  steps: {
    "heroku-logs": {
      title: { en: "692d3153", text: "Heroku：查看路由层和 dyno 日志" },
      detail: { en: "5ff153fe", text: "每个失败的请求，路由器都会记录一个错误代码：H10（应用崩溃）、H14（没有运行中的 web dyno）、H20（启动超时）、H12 / H13（应用超时或关闭了连接）。heroku ps 可以查看 web dyno 是否在运行。" },
    },
    "heroku-restart": {
      title: { en: "2f393ba1", text: "Heroku：重新启动 web dyno" },
      detail: { en: "95c62de8", text: "H14 时把 web 进程扩容到至少一个；H10 时先修复日志中显示的崩溃（进程必须绑定到 $PORT），再重启。" },
    },
    "service-status": {
      title: { en: "f851fdac", text: "检查 php-fpm 和 nginx 是否在运行" },
      detail: { en: "92bc69d9", text: "php-fpm 的服务单元名可能是 php8.x-fpm。" },
    },
    "nginx-error-log": {
      title: { en: "7b3c20a2", text: "查看 nginx 错误日志" },
      detail: { en: "ddf209b9", text: "出现“connect() failed (111: Connection refused) while connecting to upstream”、针对套接字的“(2: No such file or directory)”或“no live upstreams”，即可确认应用已停止。" },
    },
    "listening-socket": {
      title: { en: "82ae9955", text: "检查应用是否在 nginx 所连接的地址上监听" },
      detail: { en: "c2f92ca0", text: "把 fastcgi_pass / proxy_pass 与实际监听的地址对照：可能是 TCP 端口（127.0.0.1:9000、:3000、:8080），也可能是 unix 套接字，此时要确认其路径正确且 nginx 有访问权限。" },
    },
    "apache-error-log": {
      title: { en: "d4e8c76f", text: "Apache：在错误日志中查找后端连接失败" },
      detail: { en: "414f8b64", text: "“AH00957: … attempt to connect to 127.0.0.1:PORT … failed”并伴随“(111)Connection refused”，说明 ProxyPass（或 FastCGI 处理程序）指向的地址上没有程序在监听。日志在 Debian 和 Ubuntu 上是 /var/log/apache2/error.log，在 Red Hat 系系统上是 /var/log/httpd/error_log。" },
    },
    "iis-app-pool": {
      title: { en: "2d781ef8", text: "IIS：检查应用程序池，或跟踪失败的请求" },
      detail: { en: "b3299c7f", text: "如果是 503，检查站点的应用程序池是否已启动：启动后又停止的池，是因反复崩溃被“快速故障防护”（rapid-fail protection）禁用了，Windows 事件日志会说明原因。如果是应用程序请求路由（ARR）返回的 502.3，为状态码 502 开启“失败请求跟踪”：跟踪记录会显示 ARR 从后端得到的错误（连接被拒绝、超时）。" },
    },
    "varnish-fetch-error": {
      title: { en: "d8e602ce", text: "Varnish：查看是哪个后端、以何种方式失败" },
      detail: { en: "c664d2a9", text: "失败的后端请求中的 FetchError 行会说明问题（连接被拒绝、超时、没有健康的后端），Backend 行则给出后端的名称。" },
    },
    "restart-and-log-php-fpm": {
      title: { en: "3d33940f", text: "重启 php-fpm，并查明它停止的原因" },
      detail: { en: "b4657bd9", text: "重启之前，先查找内存耗尽导致的进程终止和崩溃记录。" },
    },
    "app-running": {
      title: { en: "f5efba33", text: "检查应用进程是否在运行" },
      detail: { en: "7b4d5dd5", text: "在服务器上，查看它的服务或容器以及最近一次重启的时间；在托管平台上，查看控制台中的进程列表和应用日志。再把它监听的地址与 Web 服务器转发的目标地址对照。" },
    },
    "restart-app": {
      title: { en: "031c5820", text: "重新启动应用，并查明它停止的原因" },
      detail: { en: "ca6310d5", text: "阅读应用停止前几分钟的应用日志和系统日志（内存耗尽导致的进程终止、崩溃记录、失败的部署），然后启动它，并设置为故障后自动重启。" },
    },
    "dynamic-health-check": {
      title: { en: "fc2a7bab", text: "让健康检查访问动态页面" },
      detail: { en: "56e614ba", text: "把负载均衡的健康检查指向一个轻量的动态 URL，让它调用应用及其数据库，这样应用挂掉时，该服务器会被移出转发，而不是持续返回错误。" },
    },
    "retry-later": {
      title: { en: "523d322f", text: "稍后重试" },
      detail: { en: "69b6b8c1", text: "该网站服务器的一部分停止了工作。请几分钟后重试。" },
    },
  },
});
