import { defineCauseTranslation } from '../../../knowledge/translation';

export default defineCauseTranslation({
  id: "cloudflare-tunnel-down",
  title: "该主机名对应的 Cloudflare Tunnel（cloudflared）未连接",
  why: "使用 Cloudflare Tunnel 时，源站没有公网地址：源站一侧运行的 cloudflared 进程主动与 Cloudflare 保持出站连接，请求再经由这些连接回到源站。如果 cloudflared 停止运行、无法连接 Cloudflare，或隧道已被删除，Cloudflare 就无法转发请求，会返回 530 和错误 1033。",
  because: [
    "Cloudflare 错误 1033：无法解析该主机名对应的隧道。",
    "Cloudflare 530 附带一个 1xxx 错误；1033（隧道断开）是其中常见的一种。",
    "错误 1016 是源站 DNS 记录的问题，与隧道无关。",
  ],
  steps: {
    "cloudflared-status": {
      title: "检查 cloudflared 是否在运行",
      detail: "在运行连接器（connector）的机器（或容器）上执行。",
    },
    "tunnel-info": {
      title: "列出隧道的活动连接",
      detail: "没有任何连接，说明连接器已停止或无法连接 Cloudflare（出站 7844 端口必须放行）。",
    },
    "redundancy": {
      title: "再运行一个连接器",
      detail: "在另一台主机上为同一隧道运行 cloudflared（或把隧道放在 Cloudflare 负载均衡后面），这样单点故障不会导致整个网站不可用。",
    },
    "retry-later": {
      title: "几分钟后重试",
      detail: "该网站与 Cloudflare 之间的连接断开了。请稍后重试；如果问题持续，请把技术支持摘要发给网站管理员。",
    },
  },
});
