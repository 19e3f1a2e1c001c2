import { defineCauseTranslation } from '../../translation';

export default defineCauseTranslation({
  id: "origin-overloaded",
  title: { en: "aff55ba8", text: "源站服务器过载（CPU、内存、带宽或连接数达到上限）" },
  summary: { en: "88d59c03", text: "代理后面的服务器耗尽了 CPU、内存、带宽或连接数，无法再接收更多请求。" },
  why: { en: "60f20d8a", text: "当 CPU 或内存长时间接近 100%、出口带宽被占满，或服务器达到打开文件数和连接数的上限（ulimit -n、somaxconn、worker_connections）时，新连接会排队、被丢弃或超时，前面的代理随之返回 502 / 503 / 504 / 522 / 524。错误随流量增加而增多，直接访问源站的用户通常也会遇到。" },
  because: {
    "overloaded": { en: "1faa8158", text: "响应表明代理后面的服务器已过载或容量不足。" },
    "cloudflare-522": { en: "cae24c5e", text: "Cloudflare 522：源站过载或离线而丢弃传入的连接，是官方列出的原因之一。" },
    "cloudflare-524": { en: "337d13c3", text: "Cloudflare 524：源站接受了请求，但过于繁忙，未能及时响应。" },
    "cloudflare-502-504-blame-many": { en: "08cd5496", text: "Cloudflare 转发了源站返回的 502/504；Cloudflare 要求首先排除的就是服务器负载过高。" },
    "edge-providers-502-504": { en: "82405ec6", text: "WAF / 高防服务返回 502/504：后端服务器性能瓶颈是官方列出的原因之一。" },
    "load-balancers-502-503-504": { en: "86aa0b9c", text: "负载均衡返回 5xx：后端服务器的 CPU、内存或带宽耗尽，无法承接请求。" },
    "heroku-503": { en: "e7982ddd", text: "Heroku 503：H11 “backlog too deep”表示 dyno 跟不上当前的请求速率。" },
    "aws-cloudfront-503": { en: "a2c82fea", text: "CloudFront 503 通常表示源站的容量不足以应对当前的请求速率。" },
    "timeout-blame-origin-upstream-app": { en: "db6592f4", text: "源站接受了请求但未能及时响应，这是服务器繁忙时的典型表现。" },
    "status-503-blame-upstream-app-origin": { en: "75c3eae1", text: "代理后面返回的 503：后端表示无法再承接更多请求。" },
    "status-502-504-blame-origin-upstream-app": { en: "8c6a4d2f", text: "代理后面返回的网关错误。" },
    "behind-cloudflare-502-504-blame-many": { en: "3177ad6e", text: "Cloudflare 转发了源站一侧写出的 502/504：源站服务器被突发流量压垮是 Cloudflare 常见问题给出的第二个原因。" },
    "behind-security-proxies-502-504": { en: "c6a07a44", text: "这个 502/504 的路径上有 WAF / 抗 DDoS 服务：随着请求增多，后端耗尽 CPU、内存、连接数或带宽是常见原因。" },
    "nginx-page-behind-nginx-layout-wafs-502-504": { en: "32787974", text: "路径中的 WAF 自己也会写 nginx 样式的 502/504 页面：后端的 CPU、内存、连接数或带宽耗尽是官方列出的原因。" },
    "status-502-504-blame-unknown": { en: "f32718c8", text: "无法判断这个网关错误是谁写的：源站忙得来不及响应是这类错误最常见的原因。" },
    "not-blame-elsewhere": { en: "9bc925e9", text: "出故障的环节是边缘节点或请求本身，而不是源站。" },
    "not-maintenance-challenge": { en: "f55b0698", text: "这是维护页面或验证页面：是有意的拦截，而不是服务器容量不足。" },
  },
  steps: {
    "heroku-metrics": {
      title: { en: "62db5643", text: "Heroku：查找积压和内存错误" },
      detail: { en: "6365c6e0", text: "路由日志中的 H11（积压过深）和 H12（请求超时），或 dyno 的 R14（超出内存配额），都说明 dyno 处理不过来。" },
    },
    "platform-metrics": {
      title: { en: "f2ac5db1", text: "查看平台上该应用的指标" },
      detail: { en: "5710b98a", text: "平台控制台中的 CPU、内存、并发和排队时间可以说明实例是否已饱和；它的限制（实例规格、并发数）在那里设置，而不是在主机上。" },
    },
    "check-load": {
      title: { en: "e6fd8386", text: "检查源站的 CPU、内存以及资源占用最高的进程" },
      detail: { en: "25f23b0d", text: "CPU 或内存长时间高于约 90%，说明服务器已经处理不过来。与正常时段进行对比。" },
    },
    "windows-counters": {
      title: { en: "3dc4f337", text: "Windows：查看 CPU、内存和请求队列计数器" },
      detail: { en: "5fd5794a", text: "请求队列不断增长，同时 CPU 接近 100% 或可用内存很少，说明服务器处理不过来。" },
    },
    "check-connections": {
      title: { en: "d9c1e290", text: "检查连接数和套接字积压队列" },
      detail: { en: "94babe9c", text: "大量处于 SYN-RECV 状态的连接、accept 队列已满（LISTEN 套接字的 Recv-Q 等于 Send-Q），或出现“listen queue overflows”，都说明服务器接受连接的速度跟不上。" },
    },
    "nginx-worker-limits": {
      title: { en: "7968bf28", text: "nginx：对比它的文件和连接限制与负载" },
      detail: { en: "b8c820ee", text: "每个连接占用一个文件描述符；worker_connections 和 worker 进程的打开文件数限制决定了 nginx 能承载多少连接。" },
    },
    "check-bandwidth": {
      title: { en: "dab0c8a1", text: "检查带宽使用情况" },
      detail: { en: "d40eaf1e", text: "出口带宽被占满时会丢包，在代理看来就是超时。" },
    },
    "heroku-scale": {
      title: { en: "5f47b8a8", text: "Heroku：增加 dyno 或使用更大的 dyno" },
      detail: { en: "f31b1e8a", text: "更多的 web dyno 可以同时处理更多请求；更大的 dyno 类型为每个 dyno 提供更多内存和 CPU。" },
    },
    "check-limits": {
      title: { en: "8980740b", text: "调大文件描述符和 TCP 相关限制" },
      detail: { en: "fcd591ae", text: "检查打开文件数限制和接受队列，然后调大它们：在 Web 服务器的 systemd 单元中设置 LimitNOFILE，用 sysctl 设置 net.core.somaxconn 和 net.ipv4.tcp_max_syn_backlog（并写入 /etc/sysctl.d/ 以持久化）。" },
    },
    "nginx-raise-limits": {
      title: { en: "d6d4761c", text: "nginx：调大连接限制和 listen backlog" },
      detail: { en: "8b34e48a", text: "在 main 上下文中设置 worker_rlimit_nofile，在 events 中设置 worker_connections，在 listen 行上设置 backlog（不得超过 net.core.somaxconn）。" },
    },
    "scale-out": {
      title: { en: "c9db5bb8", text: "扩容" },
      detail: { en: "cfee7d39", text: "在代理后面增加后端服务器或实例，换用更大的规格，在边缘缓存更多内容，并让代理终止 HTTPS、以 HTTP 回源，以节省源站 CPU。" },
    },
    "retry-later": {
      title: { en: "e6ab7da4", text: "几分钟后重试" },
      detail: { en: "77b45c60", text: "该网站当前访问量过大。请稍后重试；如果问题持续，请把技术支持摘要发给网站管理员。" },
    },
  },
});
