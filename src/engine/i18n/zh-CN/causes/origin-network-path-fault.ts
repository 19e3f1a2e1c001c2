import { defineCauseTranslation } from '../../translation';

export default defineCauseTranslation({
  id: "origin-network-path-fault",
  title: { en: "8dff0c07", text: "代理与源站之间的网络链路故障" },
  why: { en: "c97c2826", text: "从代理的回源地址到源站，中间要经过主机服务商及其上游运营商的路由器、防火墙和 NAT 网关。路由缺失或配置错误（例如范围过大的 VPC 路由把 Cloudflare 的 172.64.0.0/13 也“吸”了进去）、链路故障或中间设备异常，都会使代理访问源站不通或严重丢包，而从其他位置访问源站可能一切正常：表现为 502 / 504 / 522 / 523。" },
  because: {
    "cloudflare-523": { en: "aa80ae5e", text: "Cloudflare 523：Cloudflare 与源站之间的某台网络设备没有到源站地址的路由。" },
    "unreachable-blame-origin": { en: "dbb2c1bb", text: "代理在网络层无法访问源站。" },
    "timeout-blame-origin": { en: "7a3d051b", text: "代理连接源站超时，与链路丢包或中断时的表现一致。" },
    "cloudflare-522": { en: "48bedcb6", text: "Cloudflare 522：发往源站的数据包在途中被丢弃，是官方列出的原因之一。" },
    "edge-providers-502-504": { en: "196f73ef", text: "防护服务无法连接源站；腾讯云将公网到源站之间的链路故障列为原因之一。" },
    "cdns-timeout-unreachable-blame-origin": { en: "5313af00", text: "CDN 在网络层无法连接源站。" },
    "not-refused-etc": { en: "f0e98ab5", text: "源站在网络层有响应，说明链路是通的。" },
    "not-blame-elsewhere": { en: "29a41184", text: "出故障的环节不是到源站的网络链路。" },
  },
  steps: {
    "mtr-from-origin": {
      title: { en: "e9170e2b", text: "从源站向代理方向做路由追踪" },
      detail: { en: "dde9cca6", text: "Cloudflare 要求提供从源站到某个曾经正常连接过的 Cloudflare IP 的 MTR 结果（可在访问日志中找到这样的 IP）。如果从某一跳开始出现丢包并一直延续到终点，故障就在这一跳。" },
    },
    "mtr-to-origin": {
      title: { en: "52bed177", text: "从外部向源站做路由追踪" },
      detail: { en: "5c3680df", text: "与从代理所在地域附近的机器发起的追踪结果对比。" },
    },
    "check-routes": {
      title: { en: "045c7837", text: "检查源站的路由表" },
      detail: { en: "a7f70a78", text: "在 AWS 上，确认没有 VPC 路由把 172.64.0.0/13（Cloudflare）或其他代理地址段指向私有目标；如有需要，添加一条更精确的路由指向 Internet Gateway。" },
    },
    "isp-ticket": {
      title: { en: "ede57a0f", text: "请主机服务商或运营商排查链路" },
      detail: { en: "2ff606c2", text: "提供两个方向的追踪结果及发生时间；腾讯云还建议切换到其他线路加以验证。" },
    },
  },
});
