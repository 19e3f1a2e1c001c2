import { defineCauseTranslation } from '../../../knowledge/translation';

export default defineCauseTranslation({
  id: "domain-not-configured-on-proxy",
  title: "前端代理上没有为该域名配置转发规则（或域名未备案）",
  why: "高防和 WAF 服务按域名转发流量：没有配置七层转发规则的域名，流量无处可去；在中国内地，未完成 ICP 备案的域名会在接入层被拦截。DNS 已指向代理，访问者能到达代理，但代理无法把请求交给源站，只能返回错误。",
  because: [
    "WAF / 高防服务返回了响应，而它可能没有该域名的转发规则。",
    "阿里云将域名未备案或未在 DDoS 高防中配置七层规则列为 SLB 后出现 5xx 的原因。",
    "代理报告该域名存在配置问题。",
    "国内云服务商拦截了该请求；未备案的域名正是以这种方式被拦截的。",
    "边缘节点上该主机名自身的配置有误。",
    "请求本身被拒绝了。",
  ],
  steps: {
    "check-forwarding-rule": {
      title: "检查代理上是否有该域名的转发规则",
      detail: "在 DDoS 高防 / WAF 控制台打开网站（七层）接入配置，确认其中列出了这个完整的主机名（以及 www / 泛域名等变体），且源站配置正确。",
    },
    "check-icp": {
      title: "检查 ICP 备案（中国内地地域）",
      detail: "从中国内地提供服务的网站，其域名需要完成 ICP 备案；未备案的域名会在接入层被拦截。",
    },
    "check-cname": {
      title: "检查域名指向哪里",
      detail: "该域名应解析到代理为其分配的 CNAME，而不是其他客户的或旧的 CNAME。",
    },
    "tell-owner": {
      title: "告知网站管理员",
      detail: "该网站的防护服务尚未为这个地址完成配置。请把技术支持摘要发给网站管理员。",
    },
  },
});
