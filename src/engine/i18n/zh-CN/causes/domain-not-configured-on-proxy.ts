import { defineCauseTranslation } from '../../translation';

export default defineCauseTranslation({
  id: "domain-not-configured-on-proxy",
  title: { en: "a533e36a", text: "网站前面的 CDN 或防护服务没有为这个域名做配置" },
  summary: { en: "876aadb3", text: "网站前面的 CDN 或防护服务没有这个域名的配置，因此无法把请求转发出去。" },
  why: { en: "b3529987", text: "CDN、DDoS 防护和 WAF 服务按域名转发：某个域名如果从未添加到服务中，或没有七层转发规则，它的流量就无处可去；在中国内地，未备案（ICP 备案）的域名会在接入层被拦截。DNS 指向了代理，访客能到达代理，但代理无法把请求交给源站，只能返回错误。" },
  because: {
    "edge-providers-config": { en: "ee9c56d8", text: "代理表示它没有这个主机名的配置。" },
    "bunnycdn-domain-not-configured": { en: "3ae5fc0a", text: "bunny.net 表示该主机名没有关联到任何有效的拉取区域（pull zone）。" },
    "platform-no-site-for-host": { en: "296ceae7", text: "平台针对主机名本身返回了 404：那里没有任何应用或站点认领这个域名。" },
    "azure-front-door-no-route": { en: "f880e9be", text: "Azure Front Door 返回了它自己的页面：它没有这个主机名的路由。" },
    "vercel-deployment-not-found": { en: "62525c14", text: "Vercel 找不到这个地址对应的部署：该域名或 URL 没有分配给任何部署。" },
    "behind-alibaba-waf-5xx": { en: "3202526c", text: "路径中有阿里云 WAF / DDoS 高防：域名未备案，或未在其中配置七层转发规则，是阿里云列出的第一个 5xx 原因。" },
    "not-forwarded-timeout": { en: "0e083075", text: "代理已经转发了请求，并在等待源站时超时，说明它有这个域名的转发规则。" },
    "not-rule-block": { en: "f8a2d764", text: "是安全规则针对这个域名作出了响应，说明代理已经配置了该域名。" },
    "not-blame-client": { en: "95f1886f", text: "页面归咎于请求本身，而没有这个域名配置的代理不会去评判请求。" },
  },
  steps: {
    "tell-owner": {
      title: { en: "673df4b3", text: "告知网站管理员" },
      detail: { en: "b8c0b55e", text: "网站前面的服务不知道该把这个请求发往哪里；它对这个地址的配置可能还没有完成。请把支持摘要发给网站管理员。" },
    },
    "alibaba-cdn-add-domain": {
      title: { en: "f3e1bd17", text: "在阿里云 CDN 中把该主机名添加为加速域名" },
      detail: { en: "3b1941f1", text: "\"X-Tengine-Bf-Error: non-existent domain\" 表示该域名指向了 CDN 的 CNAME，但从未在 CDN 控制台中添加（或已被删除）。请连同源站一起添加它，或让 DNS 不再指向 CDN。" },
    },
    "edgeone-bind-domain": {
      title: { en: "bbb7790e", text: "确认该域名已在 EdgeOne 中添加并生效" },
      detail: { en: "2b16b6cf", text: "当 CNAME 指向 EdgeOne、但该域名没有绑定到站点时，EdgeOne 会返回 418。请在站点的域名服务中添加该域名，或完成其生效流程。" },
    },
    "check-forwarding-rule": {
      title: { en: "4387d74e", text: "确认该域名在防护服务上有七层转发规则" },
      detail: { en: "a0876049", text: "在 DDoS 防护 / WAF 控制台中打开网站（七层）配置，确认列出了这个确切的主机名（以及 www / 泛域名形式），并且源站正确。" },
    },
    "check-icp": {
      title: { en: "08ee62f6", text: "检查 ICP 备案（中国内地地域）" },
      detail: { en: "c4765ce9", text: "从中国内地提供服务的网站，其域名需要完成 ICP 备案；未备案的域名会在接入层被拦截。" },
    },
    "check-cname": {
      title: { en: "5746c581", text: "检查域名指向哪里" },
      detail: { en: "1ea01f54", text: "该域名应解析到代理为其分配的 CNAME，而不是其他客户的或旧的 CNAME。" },
    },
    "add-host-to-proxy": {
      title: { en: "256b8ea8", text: "把该主机名加入代理的配置" },
      detail: { en: "51d200e7", text: "把这个确切的主机名（及其 www 或泛域名形式）连同正确的源站添加到 CDN 或防护服务中；如果不再使用该服务，就让 DNS 不再指向它。" },
    },
  },
});
