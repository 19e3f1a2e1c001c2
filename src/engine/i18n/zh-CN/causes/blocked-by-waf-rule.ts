import { defineCauseTranslation } from '../../translation';

export default defineCauseTranslation({
  id: "blocked-by-waf-rule",
  title: { en: "32fab639", text: "网站的防火墙规则拦截了该请求" },
  why: { en: "e0b12cd7", text: "网站的 WAF 将请求与某条规则匹配——自定义防火墙规则（国家/地区、IP、User-Agent、路径）、托管的攻击特征规则或机器人规则——并用自己的页面拦截了它。网站本身运行正常；这个请求是被有意拒绝的，有时属于误拦（表单字段触发误报、VPN 地址、不常见的浏览器扩展）。" },
  because: {
    "code-1020": { en: "e1d3789b", text: "Cloudflare 错误 1020：网站的防火墙规则拒绝了访问。" },
    "blocked-blame-none": { en: "265452b9", text: "该页面是拦截页：安全规则拒绝了这个请求。" },
    "waf-403-406-418": { en: "74e9be40", text: "WAF 返回了表示拒绝的状态码。" },
    "aws-alb-or-aws-cloudfront-403": { en: "6d03b9a8", text: "ALB / CloudFront 403：AWS WAF 的 Web ACL 拦截了该请求。" },
    "status-403-blame-none": { en: "341254dc", text: "请求是被拒绝了，而不是出了故障。" },
    "not-blame-elsewhere": { en: "d7c0377a", text: "这是某个环节出了故障，而不是有意的拦截。" },
  },
  steps: {
    "send-block-id": {
      title: { en: "989365c6", text: "把拦截信息发给网站" },
      detail: { en: "64435a3e", text: "请附上时间、页面上显示的请求 / 事件 ID（Ray ID、incident ID、support ID）以及你的 IP 地址。网站管理员据此可以查到具体是哪条规则。" },
    },
    "try-without-vpn": {
      title: { en: "8b5d465f", text: "关闭 VPN 或隐私类扩展后重试" },
      detail: { en: "0adeeabe", text: "共享的 VPN 地址和不常见的请求头容易触发规则。换一个网络或浏览器也许就能正常访问。" },
    },
    "find-event": {
      title: { en: "a468566e", text: "找到对应的安全事件" },
      detail: { en: "d2caca5e", text: "在 WAF 事件日志（Cloudflare：Security > Events）中按请求 ID 或客户端 IP 及发生时间查找；如果属于误报，调整规则或添加例外（IP Access Rules / 白名单）。" },
    },
  },
});
