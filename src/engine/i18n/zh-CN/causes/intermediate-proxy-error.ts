import { defineCauseTranslation } from '../../../knowledge/translation';

export default defineCauseTranslation({
  id: "intermediate-proxy-error",
  title: "CDN 与应用之间的负载均衡或代理产生了该错误",
  why: "CDN 后面往往不止一跳：云负载均衡、Ingress 控制器、本机的 nginx 或 HAProxy、服务网格。当其后方的环节出故障时，其中任何一跳都可能返回 502 / 504，而 CDN 会把这个页面原样转给访问者。如果应用自己的日志里找不到这个失败的请求，说明错误产生在中间环节——请查看那一跳的日志。",
  because: [
    "该页面由 CDN 后面的某个代理生成并被原样透传：故障在源站自己的基础设施内部。",
    "Cloudflare 转发了源站返回的 502/504；生成它的可能是应用前面的负载均衡或代理。",
    "源站一侧的某个代理出错。",
    "出故障的环节不在源站的基础设施内部。",
  ],
  steps: {
    "list-hops": {
      title: "列出 CDN 后面的每一跳",
      detail: "响应头（Server、Via、X-Cache、X-Served-By、x-envoy-*）会标出响应经过的各跳。Faultline 显示的请求路径按从外到内的顺序排列。",
    },
    "logs-per-hop": {
      title: "在每一跳的日志中找到这个请求",
      detail: "按时间和请求 ID（X-Request-Id、cf-ray）搜索负载均衡访问日志、Ingress / nginx 错误日志和应用日志。第一个记录了该失败的跳与最后一个没有记录的跳之间，就是故障所在的范围。",
    },
    "bypass-hops": {
      title: "逐一绕过各跳",
      detail: "使用相同的 Host 头，先直接请求负载均衡，再直接请求单台后端。",
    },
    "tell-owner": {
      title: "告知网站管理员",
      detail: "该网站内部的某台服务器出了故障。请把技术支持摘要发给网站管理员。",
    },
  },
});
