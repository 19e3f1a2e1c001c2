import { defineCauseTranslation } from '../../translation';

export default defineCauseTranslation({
  id: "origin-address-misconfigured",
  title: { en: "f4a2c994", text: "代理上配置的源站地址、端口或协议有误" },
  summary: { en: "ab6a60d6", text: "网站前面的 CDN、防火墙或负载均衡把访问者的请求发往了错误的服务器地址、端口或协议。" },
  why: { en: "92de0de7", text: "CDN、WAF 或负载均衡严格按照配置回源：IP 地址（或 DNS 记录）、端口和协议。如果服务器已迁移到新 IP、某个后端条目写错、多台后端服务器中有一台配置有误，或者代理用 HTTPS 去连接只支持 HTTP 的端口（或反之），连接就会失败或连到错误的机器，代理随即返回 500 / 502 / 521 / 522 / 523。有多台后端时，只有部分请求会失败。" },
  because: {
    "huawei-tencent-500-502": { en: "b5f5e0d1", text: "华为云或腾讯云的安全代理返回了 500/502：两家厂商都把域名配置中的源站协议、IP 或端口填错列为原因之一（华为云现象 2、腾讯云原因 2）。" },
    "edge-providers-500-502": { en: "7a0a8d63", text: "WAF / 抗 DDoS 服务返回了 500/502：它严格按照配置中的源站协议、IP 和端口转发，其中任何一项填错都会让请求失败。" },
    "waf-anti-ddos-500-502": { en: "371b1286", text: "源站前面的安全代理无法使用所配置的源站。" },
    "cloudflare-523": { en: "7c2a9032", text: "Cloudflare 523：源站不可达，最常见的原因是 A/AAAA 记录指向了源站已不再使用的地址。" },
    "code-523": { en: "5664b59e", text: "错误代码 523：源站不可达。" },
    "cloudflare-522": { en: "9364d2ca", text: "Cloudflare 522：DNS 记录中的源站 IP 与主机服务商当前分配给服务器的地址不一致，是文档列出的原因之一。" },
    "cloudflare-521": { en: "05037915", text: "Cloudflare 521：SSL 模式为 Full 时源站必须监听 443 端口，为 Flexible 时必须监听 80 端口；不一致会导致连接被拒绝。" },
    "aws-cloudfront-502-504-blame-origin": { en: "d8cada91", text: "CloudFront 无法连接源站：请检查源站域名、HTTP/HTTPS 端口和源站协议策略。" },
    "load-balancers-502": { en: "c984139d", text: "负载均衡无法使用某个后端：可能是监听中的后端端口或协议配置有误。" },
    "every-try-refused-at-once": { en: "102f89bc", text: "每次查看都被立即拒绝：连接到一个没有程序监听的地址或端口时，每次都会这样被拒绝。" },
    "refused-unreachable-blame-origin": { en: "235f679f", text: "代理无法连接到为其配置的源站地址。" },
    "timeout-blame-origin": { en: "c6bb0204", text: "连接错误的地址，往往只会表现为超时。" },
    "tls-blame-origin": { en: "d5a3ecaa", text: "代理用 HTTPS 连接纯 HTTP 端口时，也会出现 TLS 失败。" },
    "config-blame-origin": { en: "d3416e72", text: "故障在于代理上的源站配置。" },
    "behind-security-proxies-500-502": { en: "6e8d4846", text: "这个 500/502 的路径中有 WAF / 抗 DDoS 服务：它严格按照配置中的源站协议、IP 和端口转发，其中任何一项填错都会让每个请求都失败。" },
    "nginx-page-behind-nginx-layout-wafs-500-502": { en: "4a2958c7", text: "路径中的 WAF 会自己写 nginx 样式的 500/502 页面来说明它回源这一跳的情况：其配置中的源站协议、IP 或端口填错，就会让这一跳失败。" },
    "status-502-blame-unknown": { en: "146cc9c1", text: "无法判断这个 502 是谁写的：站点前面的代理可能指向了错误的源站地址、端口或协议。" },
    "not-blame-edge-client": { en: "6e48bc9e", text: "页面把故障归于边缘节点本身或请求本身：代理并不是因为给它的源站地址而失败的。" },
  },
  steps: {
    "cloudflare-origin-settings": {
      title: { en: "e053d50b", text: "Cloudflare：检查 DNS 记录和 SSL/TLS 模式" },
      detail: { en: "590c4c20", text: "已代理的 A/AAAA 记录必须是源站当前的地址。SSL/TLS 模式决定了 Cloudflare 连接的端口：Full 和 Full (strict) 使用 443 和 HTTPS，Flexible 使用 80 和明文 HTTP。" },
    },
    "huawei-waf-origin-settings": {
      title: { en: "69d0452c", text: "华为云 WAF：检查域名的服务器信息" },
      detail: { en: "90873651", text: "在 WAF 控制台中打开该域名的详情，把每台源站服务器的协议、地址和端口与实际运行的服务器核对；有多台源站服务器时，每一台都要检查。" },
    },
    "cloudfront-origin-settings": {
      title: { en: "d3312ddf", text: "CloudFront：检查源站域名、端口和协议策略" },
      detail: { en: "f10ec901", text: "源站域名必须能解析到该服务器，源站协议策略（仅 HTTP、仅 HTTPS、与查看器一致）必须与源站监听的端口相符。" },
    },
    "check-origin-settings": {
      title: { en: "b96d14ef", text: "检查代理上的源站配置" },
      detail: { en: "6d6d6b09", text: "在 CDN / WAF / 负载均衡控制台中，将源站（服务器）的协议、IP 地址或主机名以及端口，与实际运行的服务器逐一核对。有多台后端时，每一台都要检查。" },
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
    "listening-ports-windows": {
      title: { en: "5e9212b4", text: "查看 Windows 源站监听了哪些端口" },
      detail: { en: "9803e5e3", text: "代理上配置的端口必须出现在 LISTENING 列表中，并绑定在公网地址（或面向负载均衡的地址）上。" },
    },
    "correct-origin": {
      title: { en: "c9c01ed2", text: "在代理上更正源站地址、端口或协议" },
      detail: { en: "c936e788", text: "填入服务器当前的地址（或能解析到它的主机名）、它监听的端口以及该端口所用的协议；删除或修正任何指向别处的后端条目。" },
    },
    "tell-owner": {
      title: { en: "673df4b3", text: "告知网站管理员" },
      detail: { en: "9ee351c9", text: "该网站的代理指向了错误的地址，只有网站管理员能修复。请把技术支持摘要发给网站管理员。" },
    },
  },
});
