import { defineCauseTranslation } from '../../translation';

export default defineCauseTranslation({
  id: "proxy-ips-rate-limited-at-origin",
  title: { en: "8b7c0227", text: "源站对代理的回源 IP 进行了限速" },
  why: { en: "f3d8df7c", text: "接入代理后，所有访问者的请求都来自少数几个回源地址。源站上按 IP 的限制（nginx limit_req / limit_conn、WAF 插件、主机安全软件、主机面板的连接数上限）会把所有访问者都算作这几个客户端，流量一上来就开始限流。代理随即遇到连接被拒绝、被重置或挂起，返回 502 / 522。典型特征：网站起初正常，负载升高后才出错，或者只在高峰时段出错。" },
  because: {
    "edge-providers-502-504": { en: "65c28b73", text: "WAF / 高防服务返回 5xx：各厂商都把源站对其回源 IP 的限速列为主要原因。" },
    "waf-anti-ddos-502-504": { en: "a2d1118c", text: "安全防护代理让所有访问者都从少数几个地址到达源站，源站按 IP 的限制会对它们限流。" },
    "cloudflare-522": { en: "f236d0b9", text: "Cloudflare 522：Cloudflare 把其地址被限速与被拦截一并列为最常见的原因。" },
    "cloudflare-521": { en: "f23fba37", text: "Cloudflare 521：源站拒绝了连接，连接数达到上限后就会这样。" },
    "cloudflare-520": { en: "35adebeb", text: "会重置连接的限流措施，可能表现为 Cloudflare 520。" },
    "rate-limited-refused-blame-origin": { en: "7f5e0a20", text: "源站拒绝或限制了代理的连接。" },
    "timeout-blame-origin": { en: "0512a491", text: "被限流的连接可能一直挂起，直到代理超时。" },
    "rate-limited-blame-many": { en: "bd4d720e", text: "响应表明源站正在限流。" },
    "proxies-behind-proxies-429": { en: "891cf4c3", text: "源站经由代理返回了 429：它按 IP 的限制统计的是代理，而不是访问者。" },
    "behind-security-proxies-502-504": { en: "457948fa", text: "路径中有 WAF / 抗 DDoS 服务：它只用少数几个地址访问源站，源站的限速策略会对这些地址限流（华为云现象 1、腾讯云原因 1）。" },
    "nginx-page-behind-nginx-layout-wafs-502-504": { en: "ebf5faa1", text: "路径中的 WAF 自己也会写 nginx 样式的 502/504 页面：源站对它仅有的几个回源地址限流是官方列出的原因。" },
    "not-blame-elsewhere": { en: "ee0dc0b1", text: "出故障的环节是边缘节点或请求本身。" },
  },
  steps: {
    "find-limits": {
      title: { en: "5635a743", text: "查找源站上按 IP 的限制" },
      detail: { en: "8eb2f2ca", text: "查找 nginx 的 limit_req / limit_conn 区域、Apache 的 mod_evasive / mod_qos、安全插件以及主机面板中按客户端地址生效的限制，并查看它们的日志记录。" },
    },
    "restore-real-ip": {
      title: { en: "41e6a0fb", text: "按访问者的地址而不是代理的地址做限制" },
      detail: { en: "34b5c6d0", text: "让源站从代理设置的请求头中读取访问者地址，并且只信任来自代理地址段的该请求头。Cloudflare 使用 CF-Connecting-IP；大多数 WAF 和负载均衡使用 X-Forwarded-For。服务商的每个地址段都需要一条 set_real_ip_from。" },
    },
    "allowlist-forwarding-ips": {
      title: { en: "168751dd", text: "将回源地址段排除在限流之外" },
      detail: { en: "5808899f", text: "把服务商的回源地址段（Cloudflare：https://www.cloudflare.com/ips-v4；WAF / 高防：在厂商控制台查看；阿里云 SLB：100.64.0.0/10）加入限流模块和主机安全软件的白名单。" },
    },
    "connection-count": {
      title: { en: "2d4c984f", text: "统计源站上每个来源地址的连接数" },
      detail: { en: "f90f58c7", text: "如果少数几个地址占了大部分连接，它们就是代理的回源 IP。" },
    },
    "retry-later": {
      title: { en: "c6e961fa", text: "稍后重试，并告知网站管理员" },
      detail: { en: "6201dee4", text: "该网站正在对自己的 CDN 或防火墙服务进行限流。过几分钟重试也许可以成功；请把技术支持摘要发给网站管理员。" },
    },
  },
});
