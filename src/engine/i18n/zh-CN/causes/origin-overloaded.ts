import { defineCauseTranslation } from '../../translation';

export default defineCauseTranslation({
  id: "origin-overloaded",
  title: { en: "aff55ba8", text: "源站服务器过载（CPU、内存、带宽或连接数达到上限）" },
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
    "behind-security-proxies-502-504": { en: "da63489a", text: "这个 502/504 的路径中有 WAF / 抗 DDoS 服务：请求增多时后端的 CPU、内存、连接数或带宽耗尽是官方列出的原因（华为云现象 4、腾讯云原因 2）。" },
    "nginx-page-behind-nginx-layout-wafs-502-504": { en: "32787974", text: "路径中的 WAF 自己也会写 nginx 样式的 502/504 页面：后端的 CPU、内存、连接数或带宽耗尽是官方列出的原因。" },
    "status-502-504-blame-unknown": { en: "f32718c8", text: "无法判断这个网关错误是谁写的：源站忙得来不及响应是这类错误最常见的原因。" },
    "not-blame-elsewhere": { en: "3bfbbb5f", text: "出故障的环节不是源站。" },
    "not-maintenance-challenge": { en: "2163ba6c", text: "维护页或人机验证页是有意设置的，与负载无关。" },
  },
  steps: {
    "check-load": {
      title: { en: "e6fd8386", text: "检查源站的 CPU、内存以及资源占用最高的进程" },
      detail: { en: "f2a3781e", text: "腾讯云的判断标准：CPU 或内存使用率长时间高于 90%，说明 Web 服务已出现问题。请与平时的数据进行对比。" },
    },
    "check-connections": {
      title: { en: "d9c1e290", text: "检查连接数和套接字积压队列" },
      detail: { en: "94babe9c", text: "大量处于 SYN-RECV 状态的连接、accept 队列已满（LISTEN 套接字的 Recv-Q 等于 Send-Q），或出现“listen queue overflows”，都说明服务器接受连接的速度跟不上。" },
    },
    "check-limits": {
      title: { en: "8980740b", text: "调大文件描述符和 TCP 相关限制" },
      detail: { en: "370da97f", text: "华为云 WAF 建议调优 TCP 参数和 ulimit。先查看正在运行的 Web 服务器的实际限制，再将其调大（systemd：在单元文件中设置 LimitNOFILE=65535；nginx：worker_rlimit_nofile 65535;），同时调大 listen 积压队列。" },
    },
    "raise-somaxconn": {
      title: { en: "af9dd48f", text: "调大 accept 队列" },
      detail: { en: "aae85803", text: "写入 /etc/sysctl.conf 使其永久生效；nginx 还需要配置 listen 443 ssl backlog=4096;" },
    },
    "check-bandwidth": {
      title: { en: "dab0c8a1", text: "检查带宽使用情况" },
      detail: { en: "d40eaf1e", text: "出口带宽被占满时会丢包，在代理看来就是超时。" },
    },
    "scale-out": {
      title: { en: "c9db5bb8", text: "扩容" },
      detail: { en: "e2b9f5d4", text: "在 WAF / 负载均衡中添加后端服务器，升级实例规格，在边缘节点缓存更多内容；并可让代理终结 HTTPS、以 HTTP 回源，以节省源站的 CPU。" },
    },
    "retry-later": {
      title: { en: "e6ab7da4", text: "几分钟后重试" },
      detail: { en: "77b45c60", text: "该网站当前访问量过大。请稍后重试；如果问题持续，请把技术支持摘要发给网站管理员。" },
    },
  },
});
