import { defineCauseTranslation } from '../../translation';

export default defineCauseTranslation({
  id: "cloudflare-tunnel-down",
  title: { en: "91864d48", text: "该主机名对应的 Cloudflare Tunnel（cloudflared）未连接" },
  summary: { en: "017dd9da", text: "把网站服务器连到 Cloudflare 的 cloudflared 连接器没有运行，或没有连上。" },
  why: { en: "28190795", text: "使用 Cloudflare Tunnel 时，源站没有公网地址：源站一侧运行的 cloudflared 进程主动与 Cloudflare 保持出站连接，请求再经由这些连接回到源站。如果 cloudflared 停止运行、无法连接 Cloudflare，或隧道已被删除，Cloudflare 就无法转发请求，会返回 530 和错误 1033。" },
  because: {
    "code-1033": { en: "8283509d", text: "Cloudflare 错误 1033：无法解析该主机名对应的隧道。" },
    "cloudflare-530": { en: "206cd816", text: "Cloudflare 530 附带一个 1xxx 错误；1033（隧道断开）是其中常见的一种。" },
    "not-code-1016": { en: "06983df7", text: "错误 1016 是源站 DNS 记录的问题，与隧道无关。" },
  },
  steps: {
    "retry-later": {
      title: { en: "e6ab7da4", text: "几分钟后重试" },
      detail: { en: "a0e1a739", text: "网站服务器与其 CDN 之间的连接断开了。请稍后重试；如果一直如此，把支持摘要发给网站管理员。" },
    },
    "tunnel-info": {
      title: { en: "b922392d", text: "列出隧道的活动连接" },
      detail: { en: "1b5fcbe4", text: "没有任何连接，说明连接器已停止或无法连接 Cloudflare（出站 7844 端口必须放行）。" },
    },
    "cloudflared-status": {
      title: { en: "e6e4fb35", text: "确认 cloudflared 服务正在运行" },
      detail: { en: "c495748f", text: "在以服务方式运行连接器的 Linux 主机上执行；如果运行在容器中，请改为查看容器的日志。" },
    },
    "restart-connector": {
      title: { en: "042108a7", text: "重新启动连接器" },
      detail: { en: "6f8543ff", text: "在 cloudflared 所在的位置（服务、容器或 Pod）启动它，并确认其日志报告已注册隧道连接；如果隧道已被删除，就重新创建它，并把主机名路由到它。" },
    },
    "redundancy": {
      title: { en: "341b9d28", text: "再运行一个连接器" },
      detail: { en: "bb81b10c", text: "在另一台主机上为同一隧道运行 cloudflared（或把隧道放在 Cloudflare 负载均衡后面），这样单点故障不会导致整个网站不可用。" },
    },
  },
});
