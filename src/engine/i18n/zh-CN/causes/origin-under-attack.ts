import { defineCauseTranslation } from '../../translation';

export default defineCauseTranslation({
  id: "origin-under-attack",
  title: { en: "19383f1d", text: "源站真实 IP 绕过防护直接遭到攻击" },
  why: { en: "7f914f21", text: "高防和 CDN 服务只能清洗经过它们的流量。如果源站的真实地址已经暴露（历史 DNS 记录、邮件头、未接入代理的子域名），攻击者就会直接攻击源站：带宽、CPU 或连接表被占满，防护服务转发过来的正常流量随之超时或被拒绝——而防护控制台上看不出任何异常。" },
  because: {
    "edge-providers-502-504": { en: "b14e4298", text: "防护服务没有收到源站的响应；未受防护的源站 IP 遭受攻击是官方列出的原因之一。" },
    "cloudflare-522-524-521": { en: "fad87fc8", text: "被直接流量淹没的源站同样不再响应 Cloudflare。" },
    "timeout-etc-blame-origin": { en: "8ee5c18e", text: "源站已停止响应，与遭受流量攻击时的表现一致。" },
    "overloaded": { en: "18365543", text: "后端容量已耗尽。" },
    "not-blame-elsewhere": { en: "3bfbbb5f", text: "出故障的环节不是源站。" },
  },
  steps: {
    "watch-traffic": {
      title: { en: "26180e85", text: "观察源站的流量" },
      detail: { en: "cccf4ace", text: "如果大量流量来自防护服务回源地址段以外的地址，说明源站正被直接攻击。" },
    },
    "top-sources": {
      title: { en: "2690aeba", text: "列出连接最多的源地址" },
      detail: { en: "f4b66432", text: "与服务商的回源地址段进行对比。" },
    },
    "lock-origin": {
      title: { en: "51abd671", text: "只接受来自防护服务的 Web 流量" },
      detail: { en: "09d7fda4", text: "除服务商的回源地址段（可在厂商控制台查看；Cloudflare：https://www.cloudflare.com/ips-v4）外，丢弃所有访问 80/443 端口的流量；由于源站 IP 已经暴露，再考虑更换源站 IP。" },
    },
    "check-console": {
      title: { en: "4b5f96af", text: "与防护控制台的数据对比" },
      detail: { en: "d225e212", text: "如果源站负载很高，而高防控制台显示流量正常，说明攻击绕过了防护。" },
    },
    "retry-later": {
      title: { en: "523d322f", text: "稍后重试" },
      detail: { en: "3102eff2", text: "该网站可能正在遭受攻击。请稍后重试；这个问题需要网站管理员处理。" },
    },
  },
});
