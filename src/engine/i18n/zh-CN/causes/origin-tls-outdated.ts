import { defineCauseTranslation } from '../../translation';

export default defineCauseTranslation({
  id: "origin-tls-outdated",
  title: { en: "46b68f8e", text: "源站只支持代理拒绝使用的旧版 TLS 协议或加密套件" },
  why: { en: "d9d4bd34", text: "代理通过 HTTPS 回源时，双方必须协商出共同支持的协议版本和加密套件。华为云 WAF 等代理要求 TLS 1.2 及以上版本；Cloudflare 和 CloudFront 也会拒绝弱加密套件。老旧的服务器（Windows Server 2008 及更早版本未启用 TLS 1.2、OpenSSL 版本过旧、IIS / Apache / nginx 配置中仍只启用 SSLv3 / TLS 1.0 / 1.1）会导致握手失败，代理于是返回 502 或 525——而使用旧客户端的访问者直接访问源站可能仍然正常。" },
  because: {
    "cloudflare-525": { en: "ccc2387e", text: "Cloudflare 525：Cloudflare 与源站之间的 TLS 握手失败；双方没有共同支持的加密套件或协议是官方列出的原因之一。" },
    "code-525": { en: "c5d2c550", text: "错误代码 525：SSL 握手失败。" },
    "edge-providers-502": { en: "02bd5e7a", text: "WAF 返回 502：源站只支持低于 1.2 版本的 TLS 是厂商列出的原因之一。" },
    "waf-anti-ddos-502": { en: "8098475f", text: "安全防护代理以 HTTPS 回源时，与老旧的源站握手失败。" },
    "aws-cloudfront-502": { en: "fcef9377", text: "CloudFront 502：源站未使用受支持的协议或加密套件响应，是官方文档列出的原因。" },
    "aws-alb-502": { en: "898e15d9", text: "ALB 502 可能是与目标之间的 SSL 握手出错或超时。" },
    "tls-blame-origin-upstream-app": { en: "7eecf105", text: "代理与源站的 TLS 握手失败。" },
    "tls": { en: "8943df4c", text: "这是一次 TLS 失败。" },
    "behind-security-proxies-502": { en: "51b496c0", text: "这个 502 的路径中有 WAF / 抗 DDoS 服务：WAF 要求源站支持 TLS 1.2 或更高版本，版本更旧的源站会让每个 HTTPS 请求都失败（华为云现象 3）。" },
    "nginx-page-behind-nginx-layout-wafs-502": { en: "0dbf00eb", text: "路径中的 WAF 自己也会写 nginx 样式的 502 页面：不支持 TLS 1.2 或更高版本的源站会让它的 HTTPS 回源请求失败。" },
    "https-behind-security-proxies-502": { en: "8b7d4350", text: "页面是通过 HTTPS 访问失败的：源站太旧、不支持 WAF 要求的 TLS 1.2 时，只有 HTTPS 流量失败，HTTP 仍然正常（华为云 WAF 现象 3）。" },
    "http-page": { en: "634af0e2", text: "页面是通过普通 HTTP 访问的：除非代理本身用 HTTPS 回源，否则源站的 TLS 版本与此无关。" },
    "not-blame-elsewhere": { en: "f258c356", text: "出故障的环节不是代理到源站的连接。" },
  },
  steps: {
    "test-tls12": {
      title: { en: "77409e5f", text: "测试源站能否完成 TLS 1.2 握手" },
      detail: { en: "39eccd2f", text: "对源站地址执行，并以网站域名作为 SNI。如果这里握手失败，而 -tls1 或 -ssl3 可以成功，说明源站的配置已经过时。加上 -tls1_3 可同时检查 TLS 1.3。" },
    },
    "list-ciphers": {
      title: { en: "a78552fc", text: "列出源站支持的协议和加密套件" },
      detail: { en: "bf7f303c", text: "与代理支持的列表进行对比。在线检测：https://www.ssllabs.com/ssltest/（直接检测源站，不要经过代理）。" },
    },
    "enable-modern-tls-nginx": {
      title: { en: "37d5d555", text: "启用 TLS 1.2 / 1.3 及现代加密套件（nginx）" },
      detail: { en: "a3cb64b5", text: "写在 server 块中（然后执行 nginx -t && systemctl reload nginx）。Apache：SSLProtocol -all +TLSv1.2 +TLSv1.3。Windows Server 2008 R2 及以上版本的 IIS：在 SCHANNEL 中启用 TLS 1.2；更早的 Windows 无法启用，只能升级操作系统。" },
    },
    "http-to-origin": {
      title: { en: "1c1e181f", text: "或改为以 HTTP 回源" },
      detail: { en: "db3025b2", text: "华为云 WAF 建议由 WAF 终结 HTTPS、以 HTTP 协议回源，这样还能降低源站的负载。仅在代理与源站之间为内网或可信链路时才这样做。" },
    },
    "tell-owner": {
      title: { en: "673df4b3", text: "告知网站管理员" },
      detail: { en: "bdcd4c7b", text: "该网站服务器使用的加密设置已不被其自己的代理服务接受。请把技术支持摘要发给网站管理员。" },
    },
  },
});
