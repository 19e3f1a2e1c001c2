import { defineCauseTranslation } from '../../translation';

export default defineCauseTranslation({
  id: "proxy-ips-rate-limited-at-origin",
  title: { en: "8b7c0227", text: "源站对代理的回源 IP 进行了限速" },
  summary: { en: "d2602e6a", text: "源站上按地址的限制把所有访客都算作代理的少数几个地址，并对它们进行限流。" },
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
    "behind-security-proxies-502-504": { en: "9b4768e9", text: "路径上有 WAF / 抗 DDoS 服务：它从少数几个地址访问源站，源站上的限流会限制这些地址。" },
    "nginx-page-behind-nginx-layout-wafs-502-504": { en: "ebf5faa1", text: "路径中的 WAF 自己也会写 nginx 样式的 502/504 页面：源站对它仅有的几个回源地址限流是官方列出的原因。" },
    "failing-since-layer-added": { en: "4a0a689b", text: "故障始于某个防护层或 CDN 层开始转发请求之后：所有访客现在都从它的少数几个地址访问源站，按 IP 的限流很快就会限制它们。" },
    "not-blame-elsewhere": { en: "b2bdb4b1", text: "出故障的环节是边缘节点或请求本身，而不是源站的限流。" },
  },
  steps: {
    "nginx-find-limits": {
      title: { en: "38e63442", text: "nginx：找出 limit_req / limit_conn 及其拒绝记录" },
      detail: { en: "3a7e8280", text: "每次拒绝都会以“limiting requests”或“limiting connections”连同客户端地址记录下来：其中出现代理的地址即可确认这个原因。" },
    },
    "connection-count": {
      title: { en: "2d4c984f", text: "统计源站上每个来源地址的连接数" },
      detail: { en: "1d7692b1", text: "占用大部分连接的少数几个地址，就是代理的回源地址。" },
    },
    "find-limits": {
      title: { en: "19795d1c", text: "查找源站上按地址的限制" },
      detail: { en: "edb6cf2a", text: "在 Web 服务器、安全插件、主机安全软件和主机面板中查找按客户端地址计数的限制，以及它们的日志记录。" },
    },
    "cloudflare-real-ip": {
      title: { en: "273102f7", text: "Cloudflare：按 CF-Connecting-IP 进行限流" },
      detail: { en: "84993ceb", text: "Cloudflare 在 CF-Connecting-IP 中发送访客的地址。让源站的 Web 服务器从这个请求头中获取访客地址，只信任来自 Cloudflare 地址段的请求，并按它进行限流。" },
    },
    "nginx-real-ip": {
      title: { en: "363a471e", text: "nginx：在限流之前还原访客地址" },
      detail: { en: "ac523e16", text: "只信任来自代理地址段的转发地址（每个地址段一行 set_real_ip_from），这样 limit_req 统计的是访客而不是代理。" },
    },
    "nginx-exempt-forwarding-ranges": {
      title: { en: "5e7836be", text: "nginx：让回源地址段不受限流" },
      detail: { en: "60390db6", text: "limit_req 不统计空的键，因此映射为 \"\" 的地址不受限制。" },
    },
    "restore-real-ip": {
      title: { en: "41e6a0fb", text: "按访问者的地址而不是代理的地址做限制" },
      detail: { en: "cd538953", text: "让源站从代理设置的请求头（通常是 X-Forwarded-For）中读取访客地址，只信任来自代理地址段的请求，或让这些地址段不受限流。" },
    },
    "retry-later": {
      title: { en: "e6ab7da4", text: "几分钟后重试" },
      detail: { en: "8c993624", text: "该网站可能在限制它自己的 CDN 或防火墙。几分钟后重试可能会成功；如果一直这样，请把技术支持摘要发给网站管理员。" },
    },
  },
});
