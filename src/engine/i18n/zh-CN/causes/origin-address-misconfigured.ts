import { defineCauseTranslation } from '../../translation';

export default defineCauseTranslation({
  id: "origin-address-misconfigured",
  title: { en: "f4a2c994", text: "代理上配置的源站地址、端口或协议有误" },
  why: { en: "92de0de7", text: "CDN、WAF 或负载均衡严格按照配置回源：IP 地址（或 DNS 记录）、端口和协议。如果服务器已迁移到新 IP、某个后端条目写错、多台后端服务器中有一台配置有误，或者代理用 HTTPS 去连接只支持 HTTP 的端口（或反之），连接就会失败或连到错误的机器，代理随即返回 500 / 502 / 521 / 522 / 523。有多台后端时，只有部分请求会失败。" },
  because: {
    "edge-providers-500-502": { en: "5001ccdb", text: "WAF / 高防服务返回 500/502：域名配置中的源站协议、IP 或端口错误是文档列出的原因之一。" },
    "waf-anti-ddos-500-502": { en: "371b1286", text: "源站前面的安全代理无法使用所配置的源站。" },
    "cloudflare-523": { en: "7c2a9032", text: "Cloudflare 523：源站不可达，最常见的原因是 A/AAAA 记录指向了源站已不再使用的地址。" },
    "code-523": { en: "5664b59e", text: "错误代码 523：源站不可达。" },
    "cloudflare-522": { en: "9364d2ca", text: "Cloudflare 522：DNS 记录中的源站 IP 与主机服务商当前分配给服务器的地址不一致，是文档列出的原因之一。" },
    "cloudflare-521": { en: "05037915", text: "Cloudflare 521：SSL 模式为 Full 时源站必须监听 443 端口，为 Flexible 时必须监听 80 端口；不一致会导致连接被拒绝。" },
    "aws-cloudfront-502-504-blame-origin": { en: "d8cada91", text: "CloudFront 无法连接源站：请检查源站域名、HTTP/HTTPS 端口和源站协议策略。" },
    "load-balancers-502": { en: "c984139d", text: "负载均衡无法使用某个后端：可能是监听中的后端端口或协议配置有误。" },
    "refused-unreachable-blame-origin": { en: "235f679f", text: "代理无法连接到为其配置的源站地址。" },
    "timeout-blame-origin": { en: "c6bb0204", text: "连接错误的地址，往往只会表现为超时。" },
    "tls-blame-origin": { en: "d5a3ecaa", text: "代理用 HTTPS 连接纯 HTTP 端口时，也会出现 TLS 失败。" },
    "config-blame-origin": { en: "d3416e72", text: "故障在于代理上的源站配置。" },
    "behind-security-proxies-500-502": { en: "993b1e7b", text: "这个 500/502 的路径中有 WAF / 抗 DDoS 服务：其域名配置里的源站协议、IP 或端口填错是官方列出的原因（华为云现象 2、腾讯云原因 2）。" },
    "nginx-page-behind-nginx-layout-wafs-500-502": { en: "872201dd", text: "路径中的 WAF 自己也会写 nginx 样式的 500/502 页面：其配置里的源站协议、IP 或端口填错是官方列出的原因。" },
    "status-502-blame-unknown": { en: "146cc9c1", text: "无法判断这个 502 是谁写的：站点前面的代理可能指向了错误的源站地址、端口或协议。" },
    "not-blame-edge-client": { en: "ee0dc0b1", text: "出故障的环节是边缘节点或请求本身。" },
  },
  steps: {
    "check-origin-settings": {
      title: { en: "b96d14ef", text: "检查代理上的源站配置" },
      detail: { en: "63a221bb", text: "在 CDN / WAF / 负载均衡控制台中，将源站（服务器）的协议、IP 地址或主机名以及端口，与实际运行的服务器逐一核对。有多台后端时，每一台都要检查。Cloudflare：DNS 中的 A/AAAA 记录和 SSL/TLS 模式；华为云 WAF：域名详情 > 服务器信息。" },
    },
    "compare-dns": {
      title: { en: "36529fc2", text: "比较域名的解析结果与服务器的真实地址" },
      detail: { en: "b0d144a2", text: "在代理后面，公网域名解析到的是代理；应将代理上配置的源站记录或后端 IP 与服务器当前的公网地址进行比较。" },
    },
    "probe-port-protocol": {
      title: { en: "a639fa8c", text: "用所配置的协议探测所配置的端口" },
      detail: { en: "9752e813", text: "如果同一端口上 HTTPS 失败而 HTTP 正常（或反之），说明代理的回源协议与服务器不匹配。" },
    },
    "listening-ports": {
      title: { en: "f2c3b079", text: "查看源站在哪些端口上监听" },
      detail: { en: "a6c10714", text: "代理上配置的端口必须出现在这里，并绑定在公网地址（或面向负载均衡的地址）上。" },
    },
    "tell-owner": {
      title: { en: "673df4b3", text: "告知网站管理员" },
      detail: { en: "9ee351c9", text: "该网站的代理指向了错误的地址，只有网站管理员能修复。请把技术支持摘要发给网站管理员。" },
    },
  },
});
