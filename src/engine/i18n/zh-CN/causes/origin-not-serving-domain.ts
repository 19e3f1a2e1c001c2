import { defineCauseTranslation } from '../../../knowledge/translation';

export default defineCauseTranslation({
  id: "origin-not-serving-domain",
  title: "源站服务器没有配置该域名",
  why: "代理回源时会带上访问者请求中的 Host 头（以及 TLS SNI）。如果目标地址上的服务器没有该域名的虚拟主机——网站已迁移、DNS 已变更但旧记录仍在缓存中（TTL 未过期）、server 块被删除、共享主机已不再托管该域名——服务器就会返回默认站点、404、421 或它自己的网关错误，代理再将其转为 502 / 504 返回。",
  because: [
    "Cloudflare 转发了源站返回的 502/504；Cloudflare 首先怀疑的就是源站没有配置所请求的域名。",
    "421 Misdirected Request：所连接的服务器不提供该域名的服务。",
    "代理转发了源站返回的网关错误；源站不提供该域名的服务是可能的原因之一。",
    "这是边缘节点上的 DNS 解析失败，发生在请求任何源站之前。",
    "出故障的环节不是源站的站点配置。",
  ],
  steps: {
    "request-with-host": {
      title: "直接用该域名请求源站",
      detail: "如果返回默认页面、404、421 或其他网站的内容，说明源站没有该域名的虚拟主机。",
    },
    "list-vhosts": {
      title: "列出 Web 服务器所服务的域名",
      detail: "nginx -T 会输出完整配置；Apache 使用 apachectl -S。",
    },
    "dns-ttl": {
      title: "检查迁移后是否有过期的 DNS 记录",
      detail: "将代理上配置的源站记录和公共 DNS 中的记录与新服务器地址进行对比；旧的解析结果在记录的 TTL 到期前仍会生效。",
    },
    "tell-owner": {
      title: "告知网站管理员",
      detail: "该网站的服务器没有为这个网址做好配置。请把技术支持摘要发给网站管理员或其主机服务商。",
    },
  },
});
