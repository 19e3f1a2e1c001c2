import { defineCauseTranslation } from '../../translation';

export default defineCauseTranslation({
  id: "origin-not-serving-domain",
  title: { en: "ef484150", text: "源站服务器没有配置该域名" },
  summary: { en: "74bd498e", text: "网站流量被发往的那台服务器没有为这个网址做配置，因此无法为它应答。" },
  why: { en: "aea7f485", text: "代理回源时会带上访问者请求中的 Host 头（以及 TLS SNI）。如果目标地址上的服务器没有该域名的虚拟主机——网站已迁移、DNS 已变更但旧记录仍在缓存中（TTL 未过期）、server 块被删除、共享主机已不再托管该域名——服务器就会返回默认站点、404、421 或它自己的网关错误，代理再将其转为 502 / 504 返回。" },
  because: {
    "behind-cloudflare-502-504-blame-many": { en: "f37d960f", text: "Cloudflare 转发了源站返回的 502/504；Cloudflare 首先怀疑的就是源站没有配置所请求的域名。" },
    "status-421": { en: "a4b28708", text: "421 Misdirected Request：所连接的服务器不提供该域名的服务。" },
    "behind-edge-providers-502-504-blame-origin-reverse-proxy": { en: "d5555dc9", text: "代理转发了源站返回的网关错误；源站不提供该域名的服务是可能的原因之一。" },
    "not-iis-502": { en: "f01b1f2d", text: "这个 502 是 IIS 自己写的，它是该站点的代理（应用程序请求路由）或处理程序：它接受了这个主机名并转发了请求，说明该域名已配置，失败的是 IIS 后面的那一跳。" },
    "not-cloudflare-code-1016-530": { en: "1ebf3dd0", text: "这是边缘节点上的 DNS 解析失败，发生在请求任何源站之前。" },
    "not-blame-elsewhere": { en: "bcae1bdf", text: "页面把故障归于边缘节点、请求本身，或根本没有故障：没有哪台源站服务器拒绝这个主机名。" },
  },
  steps: {
    "request-with-host": {
      title: { en: "ee9476d7", text: "直接用该域名请求源站" },
      detail: { en: "28159d31", text: "如果返回默认页面、404、421 或其他网站的内容，说明源站没有该域名的虚拟主机。" },
    },
    "list-vhosts": {
      title: { en: "7cd044ba", text: "列出 nginx 所服务的域名" },
      detail: { en: "da4b10ed", text: "nginx -T 会输出完整配置；该域名必须出现在某个 server 块的 server_name 中，且该 server 块监听代理所用的端口。" },
    },
    "list-vhosts-apache": {
      title: { en: "90339878", text: "列出 Apache 所服务的域名" },
      detail: { en: "15d1b04e", text: "apachectl -S 会列出每个虚拟主机及其 ServerName 和别名，以及在没有虚拟主机认领某个域名时应答的默认虚拟主机。" },
    },
    "list-bindings-iis": {
      title: { en: "a1ef4a76", text: "列出 IIS 站点及其绑定" },
      detail: { en: "68cfbafd", text: "该主机名必须出现在应答它的那个站点的某个绑定（协议、端口、主机名）中。" },
    },
    "list-names-generic": {
      title: { en: "2f4c344a", text: "列出 Web 服务器所服务的域名" },
      detail: { en: "232fb06c", text: "确认代理转发到的服务器上配置了这个主机名：在虚拟主机、站点绑定或平台的自定义域名列表中。" },
    },
    "dns-ttl": {
      title: { en: "57b85ccc", text: "检查迁移后是否有过期的 DNS 记录" },
      detail: { en: "eb2b17a4", text: "将代理上配置的源站记录和公共 DNS 中的记录与新服务器地址进行对比；旧的解析结果在记录的 TTL 到期前仍会生效。" },
    },
    "serve-the-name": {
      title: { en: "9630c8f8", text: "在源站配置该域名，或把代理指向正确的服务器" },
      detail: { en: "6b8c0aae", text: "把这个主机名加入源站服务器上的站点（其虚拟主机、别名或绑定），或把代理的源站地址改为现在承载该网站的服务器。" },
    },
    "tell-owner": {
      title: { en: "673df4b3", text: "告知网站管理员" },
      detail: { en: "b9eaffa9", text: "该网站的服务器没有为这个网址做好配置。请把技术支持摘要发给网站管理员或其主机服务商。" },
    },
  },
});
