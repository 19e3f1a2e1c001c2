import { defineCauseTranslation } from '../../translation';

export default defineCauseTranslation({
  id: "origin-certificate-invalid",
  title: { en: "f9f17b78", text: "源站的 TLS 证书缺失、已过期、为自签名证书或域名不符" },
  summary: { en: "b7077adc", text: "网站服务器出示的安全证书不被它自己的 CDN 或代理接受，因此连接被拒绝。" },
  why: { en: "dd387f3a", text: "通过 HTTPS 回源的代理会像浏览器一样校验源站证书，至少也要求源站装有证书。证书过期或被吊销、使用自签名证书、证书链顺序错误，或证书中的域名与源站主机名不符，都会让代理拒绝连接：Cloudflare 526（SSL 模式为 Full (strict)）或 525，CloudFront 502，Azure Application Gateway 502 且后端显示不健康，Akamai ERR_FWD_SSL_HANDSHAKE。浏览器可能始终察觉不到这个问题，因为它们只连接到代理。" },
  because: {
    "cloudflare-526": { en: "b1a23711", text: "Cloudflare 526：Cloudflare 无法验证源站证书（SSL 模式为 Full (strict)）。" },
    "code-526": { en: "58e93ee7", text: "错误代码 526：SSL 证书无效。" },
    "cloudflare-525": { en: "ba5a7feb", text: "Cloudflare 525：源站未安装有效证书是握手失败的原因之一。" },
    "tls-blame-origin-upstream-app": { en: "8f20c233", text: "代理到源站的 TLS 连接失败。" },
    "aws-cloudfront-502": { en: "8e612835", text: "CloudFront 502：源站证书过期、为自签名或域名不符，会导致 SSL/TLS 协商失败。" },
    "azure-app-gateway-502": { en: "af4e9393", text: "Application Gateway 502：网关不信任的后端证书会使后端被标记为不健康。" },
    "azure-front-door-503": { en: "cfea55e3", text: "Front Door 仅在 HTTPS 下返回 503：源站证书与源站主机名不匹配。" },
    "aws-alb-502": { en: "6fe735d6", text: "ALB 502 可能是与目标之间的 SSL 握手错误。" },
    "not-blame-elsewhere": { en: "e9102e68", text: "页面把故障归于边缘节点、请求本身，或根本没有故障：出问题的不是源站的证书。" },
  },
  steps: {
    "show-cert": {
      title: { en: "ddb064be", text: "查看源站出示的证书" },
      detail: { en: "b8d750d3", text: "检查有效期、签发者，以及域名是否包含在主题（subject）/ SAN 中。“Verify return code”不为 0 表示证书链无法通过验证。" },
    },
    "verify-chain": {
      title: { en: "7db07d86", text: "像严格校验的客户端那样验证证书链" },
      detail: { en: "cb4d20a9", text: "curl 会因与代理相同的原因而失败。" },
    },
    "install-valid-cert-nginx": {
      title: { en: "4f435015", text: "续期证书并提供完整证书链（nginx）" },
      detail: { en: "d95db4e4", text: "用 certbot 续期已过期的 Let's Encrypt 证书，并让 ssl_certificate 指向 fullchain.pem（而不是 cert.pem），以便发送中间证书；然后测试配置并重新加载 nginx。" },
    },
    "install-valid-cert": {
      title: { en: "e2f4d208", text: "安装有效的证书（含完整证书链）" },
      detail: { en: "47f5cfb8", text: "续期已过期的证书；把自签名证书或签发给其他域名的证书，换成为源站主机名签发的证书；并让服务器同时发送中间证书。然后重新加载 Web 服务器。" },
    },
    "cloudflare-origin-cert": {
      title: { en: "1a34b12d", text: "Cloudflare：使用 Cloudflare 信任的证书" },
      detail: { en: "6abae093", text: "在源站安装 Cloudflare Origin CA 证书（在 Cloudflare 是唯一客户端时有效），或把源站自己的证书加入自定义源站信任存储（Custom Origin Trust Store）。把 SSL 模式从 Full (strict) 改为 Full 能消除错误，但 Cloudflare 也就不再校验证书：只能作为临时措施。" },
    },
    "azure-app-gateway-trust": {
      title: { en: "f31a15fb", text: "应用程序网关：信任后端的根证书" },
      detail: { en: "322b301b", text: "在后端设置中把后端证书的根 CA 上传为受信任的根证书，并让网关使用的主机名与证书相符。" },
    },
    "tell-owner": {
      title: { en: "673df4b3", text: "告知网站管理员" },
      detail: { en: "a0555bc9", text: "该网站服务器的证书被它自己的 CDN 拒绝了。请把技术支持摘要发给网站管理员。" },
    },
  },
});
