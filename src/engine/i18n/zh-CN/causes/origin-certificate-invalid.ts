import { defineCauseTranslation } from '../../translation';

export default defineCauseTranslation({
  id: "origin-certificate-invalid",
  title: { en: "f9f17b78", text: "源站的 TLS 证书缺失、已过期、为自签名证书或域名不符" },
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
    "not-blame-elsewhere": { en: "a4caecd0", text: "出故障的环节不是到源站的 TLS 连接。" },
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
    "install-valid-cert": {
      title: { en: "27de606f", text: "安装有效的证书（含完整证书链）" },
      detail: { en: "fe6fd98a", text: "续期已过期的证书（certbot renew），提供完整证书链（nginx 的 ssl_certificate 必须指向 fullchain.pem），或在 Cloudflare 是唯一客户端时安装 Cloudflare Origin CA 证书。然后重新加载 Web 服务器。" },
    },
    "proxy-trust": {
      title: { en: "5fa7be74", text: "或者让代理信任该证书" },
      detail: { en: "6b9bf2ee", text: "Cloudflare：将自签名证书添加到 Custom Origin Trust Store，或（临时）把 SSL 模式从 Full (strict) 改为 Full。Azure Application Gateway：在后端设置中上传后端的根 CA，作为受信任的根证书。" },
    },
    "tell-owner": {
      title: { en: "673df4b3", text: "告知网站管理员" },
      detail: { en: "a0555bc9", text: "该网站服务器的证书被它自己的 CDN 拒绝了。请把技术支持摘要发给网站管理员。" },
    },
  },
});
