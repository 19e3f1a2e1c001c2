import { defineCauseTranslation } from '../../translation';

export default defineCauseTranslation({
  id: "origin-tls-outdated",
  title: { en: "46b68f8e", text: "源站只支持代理拒绝使用的旧版 TLS 协议或加密套件" },
  summary: { en: "3f5bf37a", text: "网站服务器只提供过时的加密设置，因此它自己的代理或 CDN 拒绝与它建立安全连接。" },
  why: { en: "d9d4bd34", text: "代理通过 HTTPS 回源时，双方必须协商出共同支持的协议版本和加密套件。华为云 WAF 等代理要求 TLS 1.2 及以上版本；Cloudflare 和 CloudFront 也会拒绝弱加密套件。老旧的服务器（Windows Server 2008 及更早版本未启用 TLS 1.2、OpenSSL 版本过旧、IIS / Apache / nginx 配置中仍只启用 SSLv3 / TLS 1.0 / 1.1）会导致握手失败，代理于是返回 502 或 525——而使用旧客户端的访问者直接访问源站可能仍然正常。" },
  because: {
    "cloudflare-525": { en: "ccc2387e", text: "Cloudflare 525：Cloudflare 与源站之间的 TLS 握手失败；双方没有共同支持的加密套件或协议是官方列出的原因之一。" },
    "code-525": { en: "c5d2c550", text: "错误代码 525：SSL 握手失败。" },
    "huawei-waf-502": { en: "12f4ccd5", text: "华为云 WAF 返回了 502：它只用 TLS 1.2 或更高版本连接源站，并把版本更旧的源站列为原因之一（现象 3）。" },
    "security-proxies-502": { en: "b8c844e3", text: "WAF 返回了 502：通过 HTTPS 回源的服务，在源站只提供它已不再接受的 TLS 版本或加密套件时会失败。" },
    "waf-anti-ddos-502": { en: "8098475f", text: "安全防护代理以 HTTPS 回源时，与老旧的源站握手失败。" },
    "aws-cloudfront-502": { en: "fcef9377", text: "CloudFront 502：源站未使用受支持的协议或加密套件响应，是官方文档列出的原因。" },
    "aws-alb-502": { en: "898e15d9", text: "ALB 502 可能是与目标之间的 SSL 握手出错或超时。" },
    "tls-blame-origin-upstream-app": { en: "7eecf105", text: "代理与源站的 TLS 握手失败。" },
    "tls": { en: "8943df4c", text: "这是一次 TLS 失败。" },
    "behind-security-proxies-502": { en: "3eab145d", text: "这个 502 的路径中有 WAF / 抗 DDoS 服务：这类服务只用当前的 TLS 版本连接源站，版本更旧的源站会让每个 HTTPS 请求都失败。" },
    "nginx-page-behind-nginx-layout-wafs-502": { en: "0dbf00eb", text: "路径中的 WAF 自己也会写 nginx 样式的 502 页面：不支持 TLS 1.2 或更高版本的源站会让它的 HTTPS 回源请求失败。" },
    "https-behind-security-proxies-502": { en: "578576f5", text: "页面是通过 HTTPS 访问失败的：源站太旧、不支持 WAF 要求的 TLS 时，只有 HTTPS 流量失败，HTTP 仍然正常（华为云 WAF 现象 3）。" },
    "not-cloudflare-526": { en: "c144d061", text: "Cloudflare 526：与源站的握手已经成功，是 Cloudflare 拒绝了源站的证书；协议或加密套件不匹配会让握手本身失败，Cloudflare 对此报告的是 525。" },
    "not-blame-elsewhere": { en: "674d0c07", text: "页面把故障归于边缘节点或请求本身：失败的不是代理与源站之间的握手。" },
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
      detail: { en: "5272bcca", text: "写在 server 块中，然后测试并重新加载：nginx -t && nginx -s reload。" },
    },
    "enable-modern-tls-apache": {
      title: { en: "e6931d0b", text: "启用 TLS 1.2 / 1.3 及现代加密套件（Apache）" },
      detail: { en: "c15a662d", text: "写在 SSL 虚拟主机或 ssl.conf 中，然后执行 apachectl configtest 并平滑重启。TLS 1.3 需要 OpenSSL 1.1.1 或更高版本。" },
    },
    "enable-tls12-windows": {
      title: { en: "dc717708", text: "在 Windows 服务器上启用 TLS 1.2（IIS）" },
      detail: { en: "35be1a4b", text: "IIS 使用 Windows（SCHANNEL）允许的协议。Windows Server 2008 R2 自带 TLS 1.2 但默认关闭：在 SCHANNEL 注册表项中启用后重启。Windows Server 2008 需要先安装更新，更早的版本无法使用 TLS 1.2：请升级操作系统。" },
    },
    "enable-modern-tls": {
      title: { en: "b422df81", text: "在源站启用 TLS 1.2 / 1.3" },
      detail: { en: "a49a4830", text: "在源站的 Web 服务器或 TLS 终结端上，允许 TLS 1.2 和 1.3 及当前的 ECDHE / AES-GCM 加密套件，并关闭 SSLv3、TLS 1.0 和 1.1。服务器太旧、无法提供 TLS 1.2 时，需要升级其 TLS 库或操作系统。" },
    },
    "http-to-origin": {
      title: { en: "d6cd707a", text: "华为云 WAF：或改为以 HTTP 回源" },
      detail: { en: "53ebc3da", text: "华为云 WAF 允许由它终结 HTTPS、以明文 HTTP 回源，这样还能降低源站的负载。但这会降低安全性：WAF 与源站之间的流量将不再加密，因此只在这段链路是内网或可信链路时才这样做，并优先升级源站的 TLS。" },
    },
    "tell-owner": {
      title: { en: "673df4b3", text: "告知网站管理员" },
      detail: { en: "bdcd4c7b", text: "该网站服务器使用的加密设置已不被其自己的代理服务接受。请把技术支持摘要发给网站管理员。" },
    },
  },
});
