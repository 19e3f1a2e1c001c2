import { defineCauseTranslation } from '../../translation';

export default defineCauseTranslation({
  id: "visitor-rate-limited",
  title: { en: "de6abae5", text: "访问者的请求数超过了网站的限流阈值" },
  summary: { en: "26a1d95e", text: "短时间内来自这位访客或其共享地址的请求过多，所以网站暂时拒绝更多请求。" },
  why: { en: "9df04e9b", text: "网站管理员在边缘节点上设置了限流规则（Cloudflare 限速规则、WAF 频率控制规则、API Gateway 限流）。这位访问者——或者与其共用同一个 IP 地址的所有人，例如办公室、手机运营商和 VPN 用户——超过了阈值，于是边缘节点在一段时间内返回 429（Cloudflare：错误 1015）。并没有东西出故障。" },
  because: {
    "code-1015": { en: "1bd17507", text: "Cloudflare 错误 1015：你的请求已被限速。" },
    "rate-limited-blame-many": { en: "5b53dac0", text: "页面表明请求被某条规则限流。" },
    "status-429": { en: "7b164887", text: "429 Too Many Requests（请求过多）。" },
    "not-challenge": { en: "901bd108", text: "这个响应是浏览器验证，而不是速率限制：通过验证的浏览器就能继续访问。" },
    "not-blame-elsewhere": { en: "751423a2", text: "页面报告的是代理后面的服务器出了故障，而不是对访客的限制。" },
  },
  steps: {
    "wait": {
      title: { en: "ea7e3d84", text: "稍等片刻，然后放慢速度重试" },
      detail: { en: "d6c30e9b", text: "先停止刷新几分钟：频繁重试可能会延长封禁时间。关闭多余的标签页，并暂停会反复访问该网站的脚本或扩展程序。" },
    },
    "contact-site": {
      title: { en: "ab4de5dc", text: "如果一直如此，请联系网站" },
      detail: { en: "1183ac1c", text: "只有网站管理员能调整这个限制。请发送支持摘要（其中包含请求 ID）。" },
    },
    "review-rule": {
      title: { en: "7cd21328", text: "在 Cloudflare 安全事件中查找速率限制事件" },
      detail: { en: "eaa214af", text: "在 Security > Events 中搜索 Ray ID 或客户端 IP：事件会写出速率限制规则及其阈值和周期。" },
    },
    "cloudflare-lengthen-period": {
      title: { en: "898180a3", text: "延长规则的统计周期，而不是收紧它" },
      detail: { en: "f3a3005c", text: "周期太短（1 秒）会限制正常浏览，因为浏览时会同时加载很多资源；Cloudflare 建议使用 10 秒或更长的周期，并配合相应的阈值。" },
    },
    "api-gateway-throttling": {
      title: { en: "d8848446", text: "把 API Gateway 的限流设置与流量进行对比" },
      detail: { en: "be3eaf42", text: "当账号、阶段、方法或使用计划的速率或突发上限被超过时，API Gateway 会返回 429；把这些限制与 CloudWatch 中当时的请求数进行对比。" },
    },
    "find-rate-rule": {
      title: { en: "5a6d5cd4", text: "找到返回 429 的规则" },
      detail: { en: "6ac998d0", text: "在防火墙或网关的日志中按请求 ID 或客户端 IP 及时间搜索，查看匹配规则的阈值和周期。" },
    },
    "allow-for-shared-addresses": {
      title: { en: "21a885eb", text: "设置按地址的限制时考虑共享地址" },
      detail: { en: "cbb7694b", text: "办公室、移动运营商和 VPN 会让很多访客共用一个地址：提高按 IP 的阈值，或在规则允许时按会话或 API 密钥计数。" },
    },
  },
});
