import { defineCauseTranslation } from '../../translation';

export default defineCauseTranslation({
  id: "visitor-rate-limited",
  title: { en: "de6abae5", text: "访问者的请求数超过了网站的限流阈值" },
  why: { en: "9df04e9b", text: "网站管理员在边缘节点上设置了限流规则（Cloudflare 限速规则、WAF 频率控制规则、API Gateway 限流）。这位访问者——或者与其共用同一个 IP 地址的所有人，例如办公室、手机运营商和 VPN 用户——超过了阈值，于是边缘节点在一段时间内返回 429（Cloudflare：错误 1015）。并没有东西出故障。" },
  because: {
    "code-1015": { en: "1bd17507", text: "Cloudflare 错误 1015：你的请求已被限速。" },
    "rate-limited-blame-many": { en: "5b53dac0", text: "页面表明请求被某条规则限流。" },
    "status-429": { en: "7b164887", text: "429 Too Many Requests（请求过多）。" },
    "not-blame-elsewhere": { en: "e661e23b", text: "出故障的是代理后面的服务器，而不是针对访问者的限制。" },
  },
  steps: {
    "wait": {
      title: { en: "ea7e3d84", text: "稍等片刻，然后放慢速度重试" },
      detail: { en: "d6c30e9b", text: "先停止刷新几分钟：频繁重试可能会延长封禁时间。关闭多余的标签页，并暂停会反复访问该网站的脚本或扩展程序。" },
    },
    "contact-site": {
      title: { en: "ab4de5dc", text: "如果一直如此，请联系网站" },
      detail: { en: "f3e1f79c", text: "只有网站管理员能调整这个限制。请发送技术支持摘要（其中包含请求 ID）。" },
    },
    "review-rule": {
      title: { en: "f0b61b4c", text: "检查限流规则" },
      detail: { en: "6988f18a", text: "在“安全性 > 事件”中按 Ray ID / 客户端 IP 找到对应事件，检查阈值和统计周期；周期过短（1 秒）会误伤正常浏览，Cloudflare 建议设为 10 秒或更长。设置按 IP 的限制时，还要考虑共享 IP 的情况（NAT、运营商）。" },
    },
  },
});
