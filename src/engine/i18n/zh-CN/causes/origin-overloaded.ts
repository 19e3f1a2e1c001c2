import { defineCauseTranslation } from '../../../knowledge/translation';

export default defineCauseTranslation({
  id: "origin-overloaded",
  title: "源站服务器过载（CPU、内存、带宽或连接数达到上限）",
  why: "当 CPU 或内存长时间接近 100%、出口带宽被占满，或服务器达到打开文件数和连接数的上限（ulimit -n、somaxconn、worker_connections）时，新连接会排队、被丢弃或超时，前面的代理随之返回 502 / 503 / 504 / 522 / 524。错误随流量增加而增多，直接访问源站的用户通常也会遇到。",
  because: [
    "响应表明代理后面的服务器已过载或容量不足。",
    "Cloudflare 522：源站过载或离线而丢弃传入的连接，是官方列出的原因之一。",
    "Cloudflare 524：源站接受了请求，但过于繁忙，未能及时响应。",
    "Cloudflare 转发了源站返回的 502/504；Cloudflare 要求首先排除的就是服务器负载过高。",
    "WAF / 高防服务返回 502/504：后端服务器性能瓶颈是官方列出的原因之一。",
    "负载均衡返回 5xx：后端服务器的 CPU、内存或带宽耗尽，无法承接请求。",
    "Heroku 503：H11 “backlog too deep”表示 dyno 跟不上当前的请求速率。",
    "CloudFront 503 通常表示源站的容量不足以应对当前的请求速率。",
    "源站接受了请求但未能及时响应，这是服务器繁忙时的典型表现。",
    "代理后面返回的 503：后端表示无法再承接更多请求。",
    "代理后面返回的网关错误。",
    "出故障的环节不是源站。",
    "维护页或人机验证页是有意设置的，与负载无关。",
  ],
  steps: {
    "check-load": {
      title: "检查源站的 CPU、内存以及资源占用最高的进程",
      detail: "腾讯云的判断标准：CPU 或内存使用率长时间高于 90%，说明 Web 服务已出现问题。请与平时的数据进行对比。",
    },
    "check-connections": {
      title: "检查连接数和套接字积压队列",
      detail: "大量处于 SYN-RECV 状态的连接、accept 队列已满（LISTEN 套接字的 Recv-Q 等于 Send-Q），或出现“listen queue overflows”，都说明服务器接受连接的速度跟不上。",
    },
    "check-limits": {
      title: "调大文件描述符和 TCP 相关限制",
      detail: "华为云 WAF 建议调优 TCP 参数和 ulimit。先查看正在运行的 Web 服务器的实际限制，再将其调大（systemd：在单元文件中设置 LimitNOFILE=65535；nginx：worker_rlimit_nofile 65535;），同时调大 listen 积压队列。",
    },
    "raise-somaxconn": {
      title: "调大 accept 队列",
      detail: "写入 /etc/sysctl.conf 使其永久生效；nginx 还需要配置 listen 443 ssl backlog=4096;",
    },
    "check-bandwidth": {
      title: "检查带宽使用情况",
      detail: "出口带宽被占满时会丢包，在代理看来就是超时。",
    },
    "scale-out": {
      title: "扩容",
      detail: "在 WAF / 负载均衡中添加后端服务器，升级实例规格，在边缘节点缓存更多内容；并可让代理终结 HTTPS、以 HTTP 回源，以节省源站的 CPU。",
    },
    "retry-later": {
      title: "几分钟后重试",
      detail: "该网站当前访问量过大。请稍后重试；如果问题持续，请把技术支持摘要发给网站管理员。",
    },
  },
});
