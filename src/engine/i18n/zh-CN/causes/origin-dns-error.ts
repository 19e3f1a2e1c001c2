import { defineCauseTranslation } from '../../translation';

export default defineCauseTranslation({
  id: "origin-dns-error",
  title: { en: "8af34f85", text: "代理无法解析源站的主机名" },
  summary: { en: "df87fa49", text: "网站前面的 CDN 查询网站服务器的域名时查不到地址，因此无处发送请求。" },
  why: { en: "8e199320", text: "当源站配置为主机名时（CNAME 目标、负载均衡域名、源站记录），边缘节点必须先解析它才能建立连接。缺少 A 记录、CNAME 指向已不存在的域名、DNS 服务商故障，或自定义主机名尚未配置完成，都会让边缘节点无处可连：Cloudflare 返回 530 和错误 1016 “Origin DNS error”，CloudFront 返回 502（NonS3OriginDnsError），Akamai 返回 ERR_DNS_FAIL。" },
  because: {
    "code-1016": { en: "2fa17723", text: "Cloudflare 错误 1016：源站 DNS 错误。" },
    "cloudflare-530": { en: "fdcf8078", text: "Cloudflare 530 附带一个 1xxx 错误，最常见的是 1016（源站 DNS 错误）。" },
    "dns-blame-origin-cdn-config": { en: "a06c24e1", text: "边缘节点无法解析源站域名。" },
    "dns": { en: "049cde5a", text: "这是一次 DNS 解析失败。" },
    "aws-cloudfront-502-dns": { en: "c0922afb", text: "CloudFront 502 且为 DNS 错误：源站域名无法解析。" },
    "not-code-1033": { en: "90ac574f", text: "错误 1033 表示 Cloudflare Tunnel 未连接：源站是通过隧道而不是 DNS 记录访问的。" },
    "not-blame-elsewhere": { en: "035ea2b5", text: "页面把故障归于请求本身、源站后面的应用，或根本没有故障：边缘节点上的域名解析是正常的。" },
  },
  steps: {
    "resolve-origin": {
      title: { en: "68018f06", text: "解析代理所使用的源站域名" },
      detail: { en: "61f22508", text: "将 ORIGIN_HOSTNAME 替换为代理上配置的 CNAME 目标或源站主机名。返回 NXDOMAIN 或空结果，即为故障所在。" },
    },
    "check-records": {
      title: { en: "394ba6e8", text: "Cloudflare：检查源站所依赖的记录" },
      detail: { en: "d90f0556", text: "DNS 中必须有指向有效 IP 的 A/AAAA 记录，或指向可解析域名的 CNAME；负载均衡（Load Balancer）的源站池和 SaaS 的回退源站（fallback origin）也必须能够解析。" },
    },
    "public-view": {
      title: { en: "dbfe2a92", text: "与公共 DNS 的结果对比" },
      detail: { en: "489489b6", text: "即访问者解析该网站本身时得到的结果。" },
    },
    "fix-origin-record": {
      title: { en: "3535b53f", text: "让源站指向一个能解析的域名" },
      detail: { en: "e7b26bad", text: "创建缺失的 A/AAAA 记录，或把代理上的 CNAME 目标或源站主机名改为能解析到该服务器的域名；在 DNS 服务商处删除或改名的记录会让该域名解析为空。" },
    },
    "tell-owner": {
      title: { en: "673df4b3", text: "告知网站管理员" },
      detail: { en: "8b6b943c", text: "该网站在服务商一侧的 DNS 配置有误。请把技术支持摘要发给网站管理员。" },
    },
  },
});
