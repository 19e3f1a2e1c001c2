import { defineCauseTranslation } from '../../translation';

export default defineCauseTranslation({
  id: "domain-not-configured-on-proxy",
  title: { en: "6153ccb0", text: "前端代理上没有为该域名配置转发规则（或域名未备案）" },
  why: { en: "4376f263", text: "高防和 WAF 服务按域名转发流量：没有配置七层转发规则的域名，流量无处可去；在中国内地，未完成 ICP 备案的域名会在接入层被拦截。DNS 已指向代理，访问者能到达代理，但代理无法把请求交给源站，只能返回错误。" },
  because: {
    "edge-providers-5xx": { en: "9cf77fb8", text: "WAF / 高防服务返回了响应，而它可能没有该域名的转发规则。" },
    "alibaba-slb-or-alibaba-cdn-500-502-504": { en: "f119c78c", text: "阿里云将域名未备案或未在 DDoS 高防中配置七层规则列为 SLB 后出现 5xx 的原因。" },
    "edge-providers-config": { en: "f4a3aee4", text: "代理报告该域名存在配置问题。" },
    "proxies-blocked-blame-many": { en: "4be14287", text: "国内云服务商拦截了该请求；未备案的域名正是以这种方式被拦截的。" },
    "config-blame-cdn-config": { en: "0e7c2699", text: "边缘节点上该主机名自身的配置有误。" },
    "behind-alibaba-waf-5xx": { en: "3202526c", text: "路径中有阿里云 WAF / DDoS 高防：域名未备案，或未在其中配置七层转发规则，是阿里云列出的第一个 5xx 原因。" },
    "not-blame-client": { en: "42305995", text: "请求本身被拒绝了。" },
  },
  steps: {
    "check-forwarding-rule": {
      title: { en: "6dbebd11", text: "检查代理上是否有该域名的转发规则" },
      detail: { en: "31b34c66", text: "在 DDoS 高防 / WAF 控制台打开网站（七层）接入配置，确认其中列出了这个完整的主机名（以及 www / 泛域名等变体），且源站配置正确。" },
    },
    "check-icp": {
      title: { en: "08ee62f6", text: "检查 ICP 备案（中国内地地域）" },
      detail: { en: "c4765ce9", text: "从中国内地提供服务的网站，其域名需要完成 ICP 备案；未备案的域名会在接入层被拦截。" },
    },
    "check-cname": {
      title: { en: "5746c581", text: "检查域名指向哪里" },
      detail: { en: "1ea01f54", text: "该域名应解析到代理为其分配的 CNAME，而不是其他客户的或旧的 CNAME。" },
    },
    "tell-owner": {
      title: { en: "673df4b3", text: "告知网站管理员" },
      detail: { en: "c4720212", text: "该网站的防护服务尚未为这个地址完成配置。请把技术支持摘要发给网站管理员。" },
    },
  },
});
