import { defineCauseTranslation } from '../../translation';

export default defineCauseTranslation({
  id: "origin-network-path-fault",
  title: { en: "8dff0c07", text: "代理与源站之间的网络链路故障" },
  summary: { en: "52010c77", text: "代理与源站之间的路由器、路由或设备丢失了流量，导致源站无法访问。" },
  why: { en: "c97c2826", text: "从代理的回源地址到源站，中间要经过主机服务商及其上游运营商的路由器、防火墙和 NAT 网关。路由缺失或配置错误（例如范围过大的 VPC 路由把 Cloudflare 的 172.64.0.0/13 也“吸”了进去）、链路故障或中间设备异常，都会使代理访问源站不通或严重丢包，而从其他位置访问源站可能一切正常：表现为 502 / 504 / 522 / 523。" },
  because: {
    "cloudflare-523": { en: "aa80ae5e", text: "Cloudflare 523：Cloudflare 与源站之间的某台网络设备没有到源站地址的路由。" },
    "unreachable-blame-origin": { en: "dbb2c1bb", text: "代理在网络层无法访问源站。" },
    "timeout-blame-origin": { en: "7a3d051b", text: "代理连接源站超时，与链路丢包或中断时的表现一致。" },
    "cloudflare-522": { en: "48bedcb6", text: "Cloudflare 522：发往源站的数据包在途中被丢弃，是官方列出的原因之一。" },
    "edge-providers-502-504": { en: "59b25409", text: "防护服务无法访问源站；公网与源站之间的链路故障是官方列出的原因之一。" },
    "caddy-504-at-dial-timeout": { en: "8ed30b1d", text: "Caddy 在大约 3 秒后返回 504，这是它的 dial_timeout：到后端的连接始终没有建立，数据包在途中丢失或被丢弃时就会这样。" },
    "traefik-504-at-dial-timeout": { en: "5fbee676", text: "Traefik 在大约 30 秒后返回 504，这是它的 dialTimeout：到后端的连接始终没有建立。" },
    "cdns-timeout-unreachable-blame-origin": { en: "5313af00", text: "CDN 在网络层无法连接源站。" },
    "not-refused-etc": { en: "f83102aa", text: "源站拒绝了连接或已进行到 TLS，说明数据包能到达它（或者域名根本没有解析成功，还没有发出任何数据包）。" },
    "not-blame-elsewhere": { en: "b3814a72", text: "出故障的环节是边缘节点或请求本身，而不是到源站的路径。" },
  },
  steps: {
    "cloudflare-mtr": {
      title: { en: "28d59e3f", text: "Cloudflare：从源站追踪到 Cloudflare 地址的路由" },
      detail: { en: "1e542294", text: "Cloudflare 支持团队会要求提供从源站到一个曾经连接过的 Cloudflare 地址的 MTR（可从访问日志中找一个）。从某一跳开始并一直持续到终点的丢包就是故障所在。" },
    },
    "mtr-from-origin": {
      title: { en: "e9170e2b", text: "从源站向代理方向做路由追踪" },
      detail: { en: "c7f5b725", text: "取一个代理用来连接源站的地址（访问日志中可以看到）。从某一跳开始并一直持续到终点的丢包就是故障所在。" },
    },
    "mtr-to-origin": {
      title: { en: "52bed177", text: "从外部向源站做路由追踪" },
      detail: { en: "b001a745", text: "与代理所在区域附近一台机器的追踪结果进行对比：从一处通、从另一处不通，就能把故障缩小到中间的某个网络。" },
    },
    "cloudflare-vpc-route": {
      title: { en: "b7fe0eeb", text: "Cloudflare：查找截获其地址段的路由" },
      detail: { en: "b39b7351", text: "如果云路由表中有条目把 172.64.0.0/13（或其他 Cloudflare 地址段）指向私有目标，源站就会沿错误的路径回复 Cloudflare；添加一条指向互联网网关的更具体路由。" },
    },
    "check-routes": {
      title: { en: "d86f653e", text: "检查源站的路由表" },
      detail: { en: "3bc8fe4f", text: "发给代理的回复必须从它进来的网卡和网关出去。" },
    },
    "isp-ticket": {
      title: { en: "e90725fb", text: "请托管服务商或网络运营商检查链路" },
      detail: { en: "a13cf83c", text: "把两份追踪结果连同时间一起发过去。如果有条件，把源站换到另一条线路或另一个区域，可以确认是链路的问题。" },
    },
  },
});
