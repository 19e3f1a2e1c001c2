import { defineCauseTranslation } from '../../../knowledge/translation';

export default defineCauseTranslation({
  id: "origin-tls-outdated",
  title: "源站只支持代理拒绝使用的旧版 TLS 协议或加密套件",
  why: "代理通过 HTTPS 回源时，双方必须协商出共同支持的协议版本和加密套件。华为云 WAF 等代理要求 TLS 1.2 及以上版本；Cloudflare 和 CloudFront 也会拒绝弱加密套件。老旧的服务器（Windows Server 2008 及更早版本未启用 TLS 1.2、OpenSSL 版本过旧、IIS / Apache / nginx 配置中仍只启用 SSLv3 / TLS 1.0 / 1.1）会导致握手失败，代理于是返回 502 或 525——而使用旧客户端的访问者直接访问源站可能仍然正常。",
  because: [
    "Cloudflare 525：Cloudflare 与源站之间的 TLS 握手失败；双方没有共同支持的加密套件或协议是官方列出的原因之一。",
    "错误代码 525：SSL 握手失败。",
    "WAF 返回 502：源站只支持低于 1.2 版本的 TLS 是厂商列出的原因之一。",
    "安全防护代理以 HTTPS 回源时，与老旧的源站握手失败。",
    "CloudFront 502：源站未使用受支持的协议或加密套件响应，是官方文档列出的原因。",
    "ALB 502 可能是与目标之间的 SSL 握手出错或超时。",
    "代理与源站的 TLS 握手失败。",
    "这是一次 TLS 失败。",
    "出故障的环节不是代理到源站的连接。",
  ],
  steps: {
    "test-tls12": {
      title: "测试源站能否完成 TLS 1.2 握手",
      detail: "对源站地址执行，并以网站域名作为 SNI。如果这里握手失败，而 -tls1 或 -ssl3 可以成功，说明源站的配置已经过时。加上 -tls1_3 可同时检查 TLS 1.3。",
    },
    "list-ciphers": {
      title: "列出源站支持的协议和加密套件",
      detail: "与代理支持的列表进行对比。在线检测：https://www.ssllabs.com/ssltest/（直接检测源站，不要经过代理）。",
    },
    "enable-modern-tls-nginx": {
      title: "启用 TLS 1.2 / 1.3 及现代加密套件（nginx）",
      detail: "写在 server 块中（然后执行 nginx -t && systemctl reload nginx）。Apache：SSLProtocol -all +TLSv1.2 +TLSv1.3。Windows Server 2008 R2 及以上版本的 IIS：在 SCHANNEL 中启用 TLS 1.2；更早的 Windows 无法启用，只能升级操作系统。",
    },
    "http-to-origin": {
      title: "或改为以 HTTP 回源",
      detail: "华为云 WAF 建议由 WAF 终结 HTTPS、以 HTTP 协议回源，这样还能降低源站的负载。仅在代理与源站之间为内网或可信链路时才这样做。",
    },
    "tell-owner": {
      title: "告知网站管理员",
      detail: "该网站服务器使用的加密设置已不被其自己的代理服务接受。请把技术支持摘要发给网站管理员。",
    },
  },
});
