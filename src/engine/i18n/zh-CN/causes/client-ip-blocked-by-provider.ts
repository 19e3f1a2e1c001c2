import { defineCauseTranslation } from '../../translation';

export default defineCauseTranslation({
  id: "client-ip-blocked-by-provider",
  title: { en: "78b3b058", text: "访问者的 IP 地址或网络被服务商的安全防护拦截" },
  summary: { en: "afc2bc66", text: "访客的 IP 地址、网络或所在国家/地区在拦截名单上，所以来自它的每个请求都会被拒绝。" },
  why: { en: "8f165d98", text: "安全防护既按内容拦截，也按地址拦截：网站管理员可以封禁某个 IP、某个网络（ASN）或某个国家/地区，云安全服务（阿里云云盾、DDoS 清洗、CDN 的信誉名单）也会封禁参与过攻击的地址。有些运营商还会拦截某些云服务商的地址。只有使用受影响地址或网络的访客会失败；同一访客换一个网络就能打开网站。" },
  because: {
    "cloudflare-code-1005-to-1009": { en: "52f61ef7", text: "Cloudflare 1005-1009 页面：网站封禁了访客的 IP 地址、网络（ASN）或国家/地区。" },
    "behind-alibaba-500-502-504": { en: "7d70f952", text: "阿里云把客户端 IP 被阿里云云盾封禁列为其负载均衡和 WAF 之后出现 5xx 的原因之一。" },
  },
  steps: {
    "try-other-network": {
      title: { en: "f9bfcd2f", text: "换一个网络试试" },
      detail: { en: "5602337a", text: "关闭 VPN，用移动数据或其他运营商的网络打开网站。如果在那里能打开，说明你的地址或网络被拦截了。" },
    },
    "send-ip-to-owner": {
      title: { en: "a6810d3a", text: "把你的公网 IP 地址发给网站管理员" },
      detail: { en: "c38050ee", text: "只有网站管理员（或服务商）能解除地址封禁。请发送支持摘要，附上你的公网 IP 地址（可在 https://ifconfig.me 查看）和发生时间。" },
    },
    "cloudflare-ip-access-rules": {
      title: { en: "dcf7994d", text: "在 Cloudflare 中找到封禁该地址的规则" },
      detail: { en: "c49b7902", text: "1005-1009 错误来自 IP Access 规则、国家/地区或 ASN 规则，或者自定义规则。在 Security > Events 中搜索页面上的 Ray ID，然后删除或收窄匹配的规则。" },
    },
    "alibaba-compare-clients": {
      title: { en: "949c4af7", text: "确认是否只有部分客户端失败，然后咨询阿里云" },
      detail: { en: "5cd421e1", text: "用其他运营商的客户端测试。如果只有部分客户端失败，请提交工单：阿里云会通过抓包确认客户端地址是否被阿里云云盾封禁；同时向运营商确认服务地址是否被其拦截。" },
    },
    "unblock-address": {
      title: { en: "4626691e", text: "解除或收窄地址封禁" },
      detail: { en: "ac8c8632", text: "如果访客是正常用户，就把该地址、网络或国家/地区从拦截名单中移除，或单独放行这个地址；对整段网络，优先使用质询而不是直接拦截。" },
    },
  },
});
