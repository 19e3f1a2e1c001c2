import { defineCauseTranslation } from '../../translation';

export default defineCauseTranslation({
  id: "origin-under-attack",
  title: { en: "19383f1d", text: "源站真实 IP 绕过防护直接遭到攻击" },
  summary: { en: "02cb16de", text: "攻击者绕过防护服务，直接冲击源站的真实地址，导致正常流量无法通过。" },
  why: { en: "7f914f21", text: "高防和 CDN 服务只能清洗经过它们的流量。如果源站的真实地址已经暴露（历史 DNS 记录、邮件头、未接入代理的子域名），攻击者就会直接攻击源站：带宽、CPU 或连接表被占满，防护服务转发过来的正常流量随之超时或被拒绝——而防护控制台上看不出任何异常。" },
  because: {
    "edge-providers-502-504": { en: "b14e4298", text: "防护服务没有收到源站的响应；未受防护的源站 IP 遭受攻击是官方列出的原因之一。" },
    "cloudflare-522-524-521": { en: "fad87fc8", text: "被直接流量淹没的源站同样不再响应 Cloudflare。" },
    "timeout-etc-blame-origin": { en: "8ee5c18e", text: "源站已停止响应，与遭受流量攻击时的表现一致。" },
    "overloaded": { en: "18365543", text: "后端容量已耗尽。" },
    "not-blame-elsewhere": { en: "9bc925e9", text: "出故障的环节是边缘节点或请求本身，而不是源站。" },
  },
  steps: {
    "top-sources": {
      title: { en: "b57160fe", text: "列出源站上连接最多的来源地址" },
      detail: { en: "85dd59de", text: "大量连接来自防护服务回源地址段之外的地址，说明源站正被直接攻击。" },
    },
    "check-console": {
      title: { en: "4b5f96af", text: "与防护控制台的数据对比" },
      detail: { en: "06db75af", text: "源站负载很高而防护服务显示流量正常，说明攻击绕过了它。" },
    },
    "watch-traffic": {
      title: { en: "26180e85", text: "观察源站的流量" },
      detail: { en: "dc3016b8", text: "按连接显示的带宽可以看出是谁占满了上行链路。把 eth0 替换为公网网卡。" },
    },
    "lock-origin": {
      title: { en: "51abd671", text: "只接受来自防护服务的 Web 流量" },
      detail: { en: "11909b97", text: "在 80/443 端口上丢弃除服务商回源地址段（其文档或控制台中有列出）以外的所有流量，最好在云安全组中设置，让攻击流量在到达主机之前就被挡住。" },
    },
    "change-origin-address": {
      title: { en: "b90aae0d", text: "把源站换到新地址并保持其私密" },
      detail: { en: "a3117dba", text: "旧地址已被攻击者知道。换一个新地址，只让防护服务指向它，并检查没有任何 DNS 记录、邮件头或未受保护的子域名泄露它。" },
    },
    "retry-later": {
      title: { en: "523d322f", text: "稍后重试" },
      detail: { en: "3102eff2", text: "该网站可能正在遭受攻击。请稍后重试；这个问题需要网站管理员处理。" },
    },
  },
});
