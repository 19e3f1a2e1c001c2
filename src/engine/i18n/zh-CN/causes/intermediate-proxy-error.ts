import { defineCauseTranslation } from '../../translation';

export default defineCauseTranslation({
  id: "intermediate-proxy-error",
  title: { en: "46af1f90", text: "CDN 与应用之间的负载均衡或代理产生了该错误" },
  why: { en: "7e2d3104", text: "CDN 后面往往不止一跳：云负载均衡、Ingress 控制器、本机的 nginx 或 HAProxy、服务网格。当其后方的环节出故障时，其中任何一跳都可能返回 502 / 504，而 CDN 会把这个页面原样转给访问者。如果应用自己的日志里找不到这个失败的请求，说明错误产生在中间环节——请查看那一跳的日志。" },
  because: {
    "proxies-behind-edge-providers-502-503-504": { en: "78df3468", text: "该页面由 CDN 后面的某个代理生成并被原样透传：故障在源站自己的基础设施内部。" },
    "cloudflare-502-504-blame-many": { en: "c7b8c674", text: "Cloudflare 转发了源站返回的 502/504；生成它的可能是应用前面的负载均衡或代理。" },
    "blame-reverse-proxy": { en: "f8f27ac2", text: "源站一侧的某个代理出错。" },
    "not-blame-elsewhere": { en: "5f609022", text: "出故障的环节不在源站的基础设施内部。" },
  },
  steps: {
    "list-hops": {
      title: { en: "db8122e7", text: "列出 CDN 后面的每一跳" },
      detail: { en: "58f1fd3a", text: "响应头（Server、Via、X-Cache、X-Served-By、x-envoy-*）会标出响应经过的各跳。Faultline 显示的请求路径按从外到内的顺序排列。" },
    },
    "logs-per-hop": {
      title: { en: "6792bd50", text: "在每一跳的日志中找到这个请求" },
      detail: { en: "546e675e", text: "按时间和请求 ID（X-Request-Id、cf-ray）搜索负载均衡访问日志、Ingress / nginx 错误日志和应用日志。第一个记录了该失败的跳与最后一个没有记录的跳之间，就是故障所在的范围。" },
    },
    "bypass-hops": {
      title: { en: "1c1cc0b5", text: "逐一绕过各跳" },
      detail: { en: "7579720b", text: "使用相同的 Host 头，先直接请求负载均衡，再直接请求单台后端。" },
    },
    "tell-owner": {
      title: { en: "673df4b3", text: "告知网站管理员" },
      detail: { en: "4b9f72c9", text: "该网站内部的某台服务器出了故障。请把技术支持摘要发给网站管理员。" },
    },
  },
});
