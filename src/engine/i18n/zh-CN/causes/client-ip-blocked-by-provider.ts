import { defineCauseTranslation } from '../../translation';

export default defineCauseTranslation({
  id: "client-ip-blocked-by-provider",
  title: { en: "78b3b058", text: "访问者的 IP 地址或网络被服务商的安全防护拦截" },
  why: { en: "30e273f5", text: "云安全防护（阿里云云盾、高防清洗、CDN 的信誉库）会封禁参与过攻击或存在异常行为的地址，部分运营商也会拦截某些云服务商的地址。只有使用受影响地址或网络的访问者会访问失败；其他人，以及同一访问者换一个网络，都能正常打开网站。" },
  because: {
    "alibaba-blocked": { en: "3f8cbfa9", text: "阿里云的某一层防护拦截了这个请求：客户端地址被阿里云云盾封禁是文档列出的原因之一。" },
    "alibaba-slb-or-alibaba-waf-500-502-504": { en: "35aa897e", text: "阿里云将客户端 IP 被阿里云云盾封禁列为 SLB 后出现 5xx 的原因之一。" },
    "anti-ddos-waf-blocked-blame-none": { en: "fc726316", text: "是安全防护拦截了这位访问者，而不是网站出了故障。" },
    "cloudflare-code-1005-to-1009": { en: "1ef6404f", text: "Cloudflare 1005–1009 页面：访问者的 IP、网络（ASN）或国家/地区被封禁。" },
    "blocked-blame-none-edge": { en: "eaad473c", text: "请求是被拦截了，而不是出了故障。" },
    "not-blame-elsewhere": { en: "824d7d79", text: "故障在源站一侧，与访问者是谁无关。" },
  },
  steps: {
    "try-other-network": {
      title: { en: "f9bfcd2f", text: "换一个网络试试" },
      detail: { en: "f9bc45e0", text: "用手机流量或其他运营商的网络打开网站。如果能打开，说明你的地址或网络被拦截了；请把技术支持摘要（附上你的公网 IP，可在 https://ifconfig.me 查看）发给网站管理员。" },
    },
    "compare-clients": {
      title: { en: "23fe4e4a", text: "确认是所有客户端都失败，还是只有部分失败" },
      detail: { en: "17918af2", text: "从几个不同的网络 / 地域进行测试。如果只有部分客户端失败，请向云服务商确认客户端地址是否被封禁（阿里云：提交工单，对方会通过抓包确认），并向运营商确认服务地址是否被拦截。" },
    },
    "check-security-events": {
      title: { en: "6e3caa5b", text: "在安全事件中搜索访问者地址" },
      detail: { en: "6272f340", text: "在 WAF / 高防控制台中，用访问者 IP 和技术支持摘要中的请求 ID 搜索安全事件；如果属于误拦，将其放行。" },
    },
  },
});
