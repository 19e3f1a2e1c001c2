import { defineCauseTranslation } from '../../translation';

export default defineCauseTranslation({
  id: "proxy-ips-blocked-at-origin",
  title: { en: "9cd862ba", text: "源站防火墙拦截了代理的回源 IP" },
  summary: { en: "ff83de54", text: "源站上的防火墙或安全工具拦截了 CDN、WAF 或负载均衡用来连接源站的地址。" },
  why: { en: "386c7e11", text: "CDN、WAF、高防服务或负载均衡不会透传访问者的地址：它们从一小组回源地址（也称“转发”地址）向源站发起自己的连接。在源站的防火墙、主机安全软件或自动封禁工具看来，这就像少数几个客户端发出了网站的全部流量，于是将其封禁。代理随即无法建立连接（被拒绝或被丢弃），并返回自己的 502、521 或 522 页面。这种问题往往在网站接入代理几分钟后、流量逐渐上来时开始出现。" },
  because: {
    "cloudflare-521": { en: "3e2a2b88", text: "Cloudflare 521 表示源站拒绝了它的连接；Cloudflare 的地址被拦截是两种常见原因之一。" },
    "code-521": { en: "8a6bc7ed", text: "错误代码 521：源站拒绝了来自代理的连接。" },
    "cloudflare-522": { en: "65590154", text: "Cloudflare 522 表示源站始终没有响应它的连接；Cloudflare 指出最常见的原因是 Cloudflare IP 被拦截或限速。" },
    "code-522": { en: "9968c39c", text: "错误代码 522：代理连接源站超时。" },
    "cloudflare-522-after-17s-to-22s": { en: "80caae0b", text: "错误在约 19 秒后出现，这正是 Cloudflare 等待源站 SYN+ACK 的时长：数据包被丢弃了，与防火墙 DROP 规则的效果一致。" },
    "cloudflare-520": { en: "821fd9ca", text: "Cloudflare 将拦截其地址的安全插件和防火墙列为 520 的原因之一。" },
    "edge-providers-500-502-504": { en: "d1e7c724", text: "WAF / 抗 DDoS 服务替源站返回了 5xx：源站拦截了该服务的回源地址，是常见原因。" },
    "waf-anti-ddos-502-504": { en: "9ae6aede", text: "源站前面的安全防护代理未能获取页面；源站常把这类代理当作“单个 IP 请求过多”而拦截。" },
    "load-balancers-500-502": { en: "0179760a", text: "云负载均衡自己返回了 5xx；后端的安全软件拦截了负载均衡的地址段，是官方列出的原因之一。" },
    "aws-cloudfront-502-504-blame-origin": { en: "acc97dfa", text: "CloudFront 无法连接源站：防火墙或安全组未放行 CloudFront 是常见原因。" },
    "aws-alb-504-after-9s-to-12s": { en: "448f527b", text: "ALB 在约 10 秒（即其连接超时时间）后放弃：目标的安全组或网络 ACL 丢弃了负载均衡的数据包。" },
    "google-frontend-502": { en: "33bee015", text: "Google 负载均衡从 35.191.0.0/16 和 130.211.0.0/22 发起连接；VPC 防火墙未放行这些地址段时，所有请求都会失败。" },
    "akamai-or-fastly-refused-etc-blame-origin": { en: "a0b5e727", text: "CDN 无法连接源站：源站防火墙未放行 CDN 的地址是常见原因。" },
    "refused-blame-origin": { en: "12838244", text: "源站拒绝了来自代理的连接。" },
    "timeout-unreachable-blame-origin": { en: "83062502", text: "代理无法与源站建立连接：数据包被丢弃时正是这种表现。" },
    "blocked-blame-origin": { en: "96479db0", text: "源站自身拦截了来自代理的请求。" },
    "behind-security-proxies-500-502-504": { en: "0f1e38f9", text: "这个 5xx 的路径上有 WAF / 抗 DDoS 服务：无论页面由哪个服务器生成，通常都是源站防火墙或安全工具拦截了它为数不多的回源地址。" },
    "nginx-page-behind-nginx-layout-wafs-500-502-504": { en: "b0c39d2f", text: "路径上的 WAF 在回源失败后会自己生成 nginx 样式的 5xx 页面；源站拦截该 WAF 的地址是官方列出的原因之一。" },
    "nginx-behind-nginx-layout-wafs-500-502-504": { en: "c0b72900", text: "这个 nginx 样式的页面经过了一个自己也会写这种页面的 WAF：这不能证明请求到达过源站。" },
    "tengine-500-502": { en: "f125442b", text: "这个 500/502 由 Tengine 生成，阿里云 SLB 也是如此：阿里云列出了后端安全软件拦截 SLB 地址段 100.64.0.0/10 这一原因。" },
    "cloudflare-502-504-blame-origin-side": { en: "73dc5c9c", text: "Cloudflare 的 502/504 常见问题把源站上的服务被拦截（例如防火墙或安全插件拒绝 Cloudflare 的地址）列为三个原因之一。" },
    "status-502-504-blame-unknown": { en: "93243b91", text: "无法判断这个网关错误是谁写的：它常常来自站点前面的防护服务，而源站拦截了该服务的回源地址。" },
    "not-reverse-proxies-blame-upstream-app-reverse-proxy": { en: "a4176b17", text: "这个页面是源站的 Web 服务器生成的，说明代理确实连上了源站。" },
    "every-try-refused-at-once": { en: "b1d125b7", text: "每次查看都被立即拒绝：拒绝代理地址的防火墙每次都会这么快地回应。" },
    "failing-since-layer-added": { en: "f2da30af", text: "故障始于某个防护层或 CDN 层开始转发请求之后：屏蔽其少数回源地址的源站防火墙或安全软件正会造成这种情况（网站起初正常，几分钟后开始出错）。" },
    "every-try-at-connect-timer": { en: "b0915ee2", text: "每次查看都在代理放弃建立连接的时间点失败：发往源站的数据包被丢弃了，就像丢弃代理地址的防火墙那样。" },
    "not-blame-elsewhere": { en: "1a5d6b6f", text: "出故障的环节是边缘节点或请求本身，而不是到源站的连接。" },
  },
  steps: {
    "bypass-the-proxy": {
      title: { en: "0f176b1a", text: "对比经过代理的请求与直接访问源站的请求" },
      detail: { en: "44ef471f", text: "在代理之外的机器上，直接向源站发送请求。如果直接访问源站正常、经过代理却失败，说明代理的地址被拦截或限速了。" },
    },
    "find-blocking-rules": {
      title: { en: "fc4e7abf", text: "在源站上查找 DROP / REJECT 规则和自动封禁记录" },
      detail: { en: "eceed468", text: "检查主机防火墙、自动封禁工具（fail2ban、CSF）、云安全组和主机安全软件中是否有与代理地址匹配的条目。" },
    },
    "allow-cloudflare-addresses": {
      title: { en: "e738d21d", text: "放行 Cloudflare 公布的地址段" },
      detail: { en: "acee2457", text: "Cloudflare 在 https://www.cloudflare.com/ips/ 列出了它连接源站所用的全部地址段（纯文本列表 ips-v4 和 ips-v6）。在源站前的每一道防火墙、安全组和安全插件中放行这些地址段的 80 和 443 端口，并放在任何丢弃流量的规则之前。" },
    },
    "allow-aws-cloudfront-addresses": {
      title: { en: "07477f8f", text: "放行 CloudFront 面向源站的前缀列表" },
      detail: { en: "932a2eac", text: "AWS 把 CloudFront 访问源站所用的地址维护在托管前缀列表 com.amazonaws.global.cloudfront.origin-facing 中。请在源站安全组的入站规则中引用它，而不是复制地址；它会按多条规则计入安全组的配额。" },
    },
    "allow-aws-alb-addresses": {
      title: { en: "0868e21a", text: "在目标上放行负载均衡器的安全组" },
      detail: { en: "7c9ffd7a", text: "Application Load Balancer 从它自己子网中的地址连接目标。在目标的安全组中添加一条入站规则，来源为负载均衡器的安全组，端口为目标端口和健康检查端口。" },
    },
    "allow-fastly-addresses": {
      title: { en: "3129a14e", text: "放行 Fastly 公布的地址列表" },
      detail: { en: "9bf8e0c6", text: "Fastly 通过其 API（无需密钥）公布缓存节点连接源站所用的地址段。在源站防火墙中放行两个列表（addresses 和 ipv6_addresses）中的每个地址段，并定期刷新。" },
    },
    "allow-akamai-addresses": {
      title: { en: "78618396", text: "放行 Akamai Site Shield 映射中的地址" },
      detail: { en: "b96af16b", text: "Akamai 的边缘服务器从大量且不断变化的地址访问源站。要使用固定的白名单，需要 Site Shield：其映射（Control Center 中的 Site Shield）列出了与源站通信的地址段。放行这些地址段，并且只在防火墙加入新地址段之后再确认映射更新。" },
    },
    "allow-google-frontend-addresses": {
      title: { en: "4be02f42", text: "放行 Google Cloud 负载均衡和健康检查的地址段" },
      detail: { en: "4ec011e2", text: "Google 前端和健康检查程序从 35.191.0.0/16 和 130.211.0.0/22 访问后端。VPC 防火墙规则必须在后端端口上放行这两个地址段。" },
    },
    "allow-azure-front-door-addresses": {
      title: { en: "b7675402", text: "按服务标记放行 Azure Front Door" },
      detail: { en: "ef9882ff", text: "在源站的网络安全组中放行来自服务标记 AzureFrontDoor.Backend 的入站流量，然后让源站只接受 X-Azure-FDID 请求头为你的配置文件 ID 的请求：该服务标记涵盖所有 Front Door 客户。" },
    },
    "allow-huawei-waf-addresses": {
      title: { en: "67a2cf31", text: "放行华为云 WAF 的回源地址" },
      detail: { en: "bfbb419a", text: "华为云 WAF 在控制台中显示它的回源地址（在防护网站列表中复制回源 IP 地址）。在源站的安全组、防火墙和主机安全软件中放行这些地址。" },
    },
    "allow-huawei-elb-addresses": {
      title: { en: "42c664e2", text: "放行华为云 ELB 地址段 100.125.0.0/16" },
      detail: { en: "f8db03fb", text: "华为云共享型负载均衡从 100.125.0.0/16 转发请求并进行健康检查。在后端服务器的安全组（以及所有网络 ACL）中放行该地址段访问后端端口。" },
    },
    "allow-alibaba-slb-addresses": {
      title: { en: "40934a11", text: "放行阿里云 SLB 的地址段 100.64.0.0/10" },
      detail: { en: "ea05158e", text: "阿里云 SLB 从为其保留的地址段 100.64.0.0/10 转发请求并进行健康检查。把它加入后端的防火墙以及所有主机安全软件的白名单。" },
    },
    "allow-alibaba-waf-addresses": {
      title: { en: "02202935", text: "放行阿里云 WAF 的回源网段" },
      detail: { en: "d1bf9d1e", text: "阿里云 WAF 在控制台中列出它的回源网段（系统管理 > 产品信息 > 回源网段）；DDoS 高防的回源网段在它自己的控制台中查看。在源站的安全组、防火墙和安全软件中放行每个网段。" },
    },
    "allow-alibaba-cdn-addresses": {
      title: { en: "3c9f968e", text: "查询阿里云 CDN 当前的回源地址" },
      detail: { en: "7276b745", text: "阿里云 CDN 节点会随时间变化，因此没有固定的列表：DescribeL2VipsByDomain 接口返回当前为某个域名回源的地址。最好在源站上采用不依赖来源地址的放行方式，否则要经常刷新这份列表。" },
    },
    "allow-tencent-forwarding-addresses": {
      title: { en: "b5b7d0af", text: "放行腾讯云的回源地址" },
      detail: { en: "3f9f2ebe", text: "腾讯云 DDoS 高防和 WAF 在控制台中显示它们的回源地址。腾讯云的建议是在切换流量之前，把这些地址加入源站所有防火墙和安全软件的白名单。" },
    },
    "allow-tencent-clb-addresses": {
      title: { en: "04f14918", text: "让腾讯云 CLB 通过后端安全组" },
      detail: { en: "3f2c9d13", text: "在 CLB 的安全组设置中开启“后端服务器放通 CLB 流量”（仅适用于同一 VPC 内的后端），或者在 CVM / 节点的安全组中放行客户端地址和服务端口：使用公网 CLB 时，后端看到的是访客的地址。" },
    },
    "allow-imperva-addresses": {
      title: { en: "cc89ed32", text: "放行 Imperva 的地址段" },
      detail: { en: "66afa936", text: "Imperva 通过一个无需密钥的 API 公布它的地址段（POST 请求；resp_format=text 每行一个地址段，resp_format=json 给出 IPv4 和 IPv6 列表）。放行全部地址段，然后在 Web 端口上拦截其他来源。" },
    },
    "allow-sucuri-addresses": {
      title: { en: "2d796808", text: "放行 Sucuri 防火墙的地址" },
      detail: { en: "91c59fd8", text: "Sucuri 在其故障排查指南中列出防火墙连接源站所用的地址段（没有机器可读的列表）。在主机防火墙和安全插件中放行它们，这些插件常把它们当作单个繁忙的客户端封禁。" },
    },
    "allow-cloudflare-iptables": {
      title: { en: "7f68a3c2", text: "在 iptables 中放行 Cloudflare 的地址段" },
      detail: { en: "8054d6c4", text: "为每个 Cloudflare 地址段插入一条 ACCEPT 规则，位于所有 DROP 规则之前（ip6tables 以同样方式处理 IPv6 列表）。之后保存规则（iptables-save 或 netfilter-persistent save），使其在重启后仍然有效。" },
    },
    "allow-proxy-addresses": {
      title: { en: "8e0822f5", text: "放行代理的回源地址" },
      detail: { en: "2712b39a", text: "找到你的 CDN、WAF 或负载均衡连接源站所用的地址列表（在其文档或控制台中），并在源站前的防火墙、安全组、主机安全软件和所有限流模块中放行每个地址段。" },
    },
    "send-summary": {
      title: { en: "673df4b3", text: "告知网站管理员" },
      detail: { en: "a59f38d5", text: "该网站自己的服务器看来在拒绝它所用的 CDN 或防火墙服务的连接。这不是你这边能解决的：请把技术支持摘要发给网站管理员。" },
    },
  },
});
