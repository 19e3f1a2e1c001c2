import { defineCauseTranslation } from '../../translation';

export default defineCauseTranslation({
  id: "proxy-ips-blocked-at-origin",
  title: { en: "9cd862ba", text: "源站防火墙拦截了代理的回源 IP" },
  why: { en: "386c7e11", text: "CDN、WAF、高防服务或负载均衡不会透传访问者的地址：它们从一小组回源地址（也称“转发”地址）向源站发起自己的连接。在源站的防火墙、主机安全软件或自动封禁工具看来，这就像少数几个客户端发出了网站的全部流量，于是将其封禁。代理随即无法建立连接（被拒绝或被丢弃），并返回自己的 502、521 或 522 页面。这种问题往往在网站接入代理几分钟后、流量逐渐上来时开始出现。" },
  because: {
    "cloudflare-521": { en: "3e2a2b88", text: "Cloudflare 521 表示源站拒绝了它的连接；Cloudflare 的地址被拦截是两种常见原因之一。" },
    "code-521": { en: "8a6bc7ed", text: "错误代码 521：源站拒绝了来自代理的连接。" },
    "cloudflare-522": { en: "65590154", text: "Cloudflare 522 表示源站始终没有响应它的连接；Cloudflare 指出最常见的原因是 Cloudflare IP 被拦截或限速。" },
    "code-522": { en: "9968c39c", text: "错误代码 522：代理连接源站超时。" },
    "cloudflare-522-after-17s-to-22s": { en: "80caae0b", text: "错误在约 19 秒后出现，这正是 Cloudflare 等待源站 SYN+ACK 的时长：数据包被丢弃了，与防火墙 DROP 规则的效果一致。" },
    "cloudflare-520": { en: "821fd9ca", text: "Cloudflare 将拦截其地址的安全插件和防火墙列为 520 的原因之一。" },
    "edge-providers-500-502-504": { en: "c79f5671", text: "WAF / 高防服务为源站返回了 5xx：各厂商列出的首要原因，就是其回源地址被源站拦截。" },
    "waf-anti-ddos-502-504": { en: "9ae6aede", text: "源站前面的安全防护代理未能获取页面；源站常把这类代理当作“单个 IP 请求过多”而拦截。" },
    "load-balancers-500-502": { en: "3cdc9211", text: "云负载均衡返回 5xx；后端服务器上的安全软件拦截了负载均衡的地址段（阿里云：100.64.0.0/10），是官方列出的原因之一。" },
    "aws-cloudfront-502-504-blame-origin": { en: "acc97dfa", text: "CloudFront 无法连接源站：防火墙或安全组未放行 CloudFront 是常见原因。" },
    "aws-alb-504-after-9s-to-12s": { en: "448f527b", text: "ALB 在约 10 秒（即其连接超时时间）后放弃：目标的安全组或网络 ACL 丢弃了负载均衡的数据包。" },
    "google-frontend-502": { en: "33bee015", text: "Google 负载均衡从 35.191.0.0/16 和 130.211.0.0/22 发起连接；VPC 防火墙未放行这些地址段时，所有请求都会失败。" },
    "akamai-or-fastly-refused-etc-blame-origin": { en: "a0b5e727", text: "CDN 无法连接源站：源站防火墙未放行 CDN 的地址是常见原因。" },
    "refused-blame-origin": { en: "12838244", text: "源站拒绝了来自代理的连接。" },
    "timeout-unreachable-blame-origin": { en: "83062502", text: "代理无法与源站建立连接：数据包被丢弃时正是这种表现。" },
    "blocked-blame-origin": { en: "96479db0", text: "源站自身拦截了来自代理的请求。" },
    "behind-security-proxies-500-502-504": { en: "12f9c2c4", text: "这个 5xx 的路径中有 WAF / 抗 DDoS 服务：无论页面由哪台服务器写出，华为云、腾讯云和阿里云都把源站（防火墙、主机安全软件）拦截其回源地址列为首要原因。" },
    "nginx-page-behind-nginx-layout-wafs-500-502-504": { en: "04875678", text: "路径中的 WAF 在回源失败后会写出自己的 nginx 样式 5xx 页面；源站拦截 WAF 的地址是华为云和阿里云列出的首要原因。" },
    "nginx-behind-nginx-layout-wafs-500-502-504": { en: "c0b72900", text: "这个 nginx 样式的页面经过了一个自己也会写这种页面的 WAF：这不能证明请求到达过源站。" },
    "tengine-500-502": { en: "ab4d80e9", text: "这个 500/502 由 Tengine 写出，阿里云 SLB 正是如此：后端安全软件拦截 SLB 网段 100.64.0.0/10 是官方列出的原因。" },
    "cloudflare-502-504-blame-origin-side": { en: "73dc5c9c", text: "Cloudflare 的 502/504 常见问题把源站上的服务被拦截（例如防火墙或安全插件拒绝 Cloudflare 的地址）列为三个原因之一。" },
    "status-502-504-blame-unknown": { en: "93243b91", text: "无法判断这个网关错误是谁写的：它常常来自站点前面的防护服务，而源站拦截了该服务的回源地址。" },
    "not-reverse-proxies-blame-upstream-app-reverse-proxy": { en: "a4176b17", text: "这个页面是源站的 Web 服务器生成的，说明代理确实连上了源站。" },
    "not-blame-elsewhere": { en: "1a5d6b6f", text: "出故障的环节是边缘节点或请求本身，而不是到源站的连接。" },
  },
  steps: {
    "bypass-the-proxy": {
      title: { en: "0f176b1a", text: "对比经过代理的请求与直接访问源站的请求" },
      detail: { en: "44ef471f", text: "在代理之外的机器上，直接向源站发送请求。如果直接访问源站正常、经过代理却失败，说明代理的地址被拦截或限速了。" },
    },
    "find-blocking-rules": {
      title: { en: "fc4e7abf", text: "在源站上查找 DROP / REJECT 规则和自动封禁记录" },
      detail: { en: "04115a4d", text: "检查主机防火墙、fail2ban / CSF / DenyHosts 的封禁列表、云安全组以及安全软件（宝塔面板、安全狗、杀毒软件），看是否有与代理地址匹配的条目。" },
    },
    "allow-cloudflare-iptables": {
      title: { en: "0aadf4f6", text: "放行 Cloudflare 的地址段（iptables）" },
      detail: { en: "aa3ba6e8", text: "Cloudflare 在 https://www.cloudflare.com/ips-v4 和 https://www.cloudflare.com/ips-v6 公布了其回源地址段。将 ACCEPT 规则插入到所有 DROP 规则之前，然后保存规则（iptables-save / netfilter-persistent save）。" },
    },
    "allow-cloudflare-firewalld": {
      title: { en: "5be969e8", text: "放行 Cloudflare 的地址段（firewalld）" },
      detail: { en: "16fa6f9f", text: "在由 firewalld 管理的主机上，把这些地址段加入 trusted 区域。" },
    },
    "allow-cloudflare-nftables": {
      title: { en: "0c28603d", text: "放行 Cloudflare 的地址段（nftables）" },
      detail: { en: "70f63cbb", text: "这里假定存在名为“filter”的 inet 表及其 input 链；请按你的规则集修改名称。" },
    },
    "allow-slb-range": {
      title: { en: "40934a11", text: "放行阿里云 SLB 的地址段 100.64.0.0/10" },
      detail: { en: "35030204", text: "阿里云 SLB 从其专用的保留地址段 100.64.0.0/10 转发请求并进行健康检查。请将该地址段加入防火墙及所有主机安全软件的白名单。" },
    },
    "allow-waf-ranges": {
      title: { en: "b4173c14", text: "放行 WAF / 高防服务的回源地址段" },
      detail: { en: "c4b936b3", text: "华为云 WAF、腾讯云高防 / WAF 和阿里云 WAF 在各自的控制台中提供回源（转发）IP 段，并没有统一公布的列表。请把每个地址段加入防火墙、主机安全软件以及所有限流模块的白名单。" },
    },
    "allow-google-lb": {
      title: { en: "f361b37c", text: "放行 Google Cloud 负载均衡和健康检查的地址段" },
      detail: { en: "730aba95", text: "Google 前端和健康检查程序从 35.191.0.0/16 和 130.211.0.0/22 发起连接。" },
    },
    "send-summary": {
      title: { en: "673df4b3", text: "告知网站管理员" },
      detail: { en: "b4b00c4c", text: "该网站自己的服务器拒绝了来自它所用的 CDN 或防火墙服务的连接。你这边做什么都无法解决：请把技术支持摘要发给网站管理员。" },
    },
  },
});
