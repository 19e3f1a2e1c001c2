import { defineCauseTranslation } from '../../translation';

export default defineCauseTranslation({
  id: "client-closed-request",
  title: { en: "9f5b13f6", text: "浏览器或客户端在响应到达之前关闭了连接" },
  summary: { en: "c46f95a9", text: "浏览器或应用在网站完成响应之前就放弃并关闭了连接。" },
  why: { en: "5adedaf3", text: "当访问者离开页面、关闭标签页、客户端超时或移动网络中断时，代理会把该请求记录为被客户端中止：nginx 记为 499，ALB 记为 460，Heroku 记为 H27 “Client Request Interrupted”，Akamai 记为 ERR_CLIENT_ABORT。偶尔出现属于正常现象；如果某个接口上大量出现，说明它慢到客户端不愿再等。" },
  because: {
    "status-499-460": { en: "d9001c0e", text: "该状态码表示客户端在收到响应之前关闭了连接。" },
    "status-0-after-30s": { en: "f8b1d2fc", text: "等待很久仍没有响应：客户端可能已放弃等待。" },
    "not-status-5xx": { en: "6a6fb419", text: "服务器返回了错误状态码，说明客户端当时还在等待接收它。" },
  },
  steps: {
    "reload": {
      title: { en: "284a7e5d", text: "刷新页面并等待加载完成" },
      detail: { en: "96b2e58d", text: "如果页面较慢，就让它加载完，不要中途离开；如果所有网站都这样，检查一下网络连接。" },
    },
    "nginx-499-endpoints": {
      title: { en: "c7f14f67", text: "找出客户端放弃等待的接口（nginx 499）" },
      detail: { en: "daa9ad0c", text: "同一个 URL 上出现大量 499，说明它比客户端（或前面超时更短的代理）愿意等待的时间还慢。" },
    },
    "alb-460-endpoints": {
      title: { en: "4420ace4", text: "在访问日志中查找 ALB 460" },
      detail: { en: "2257b64c", text: "当客户端在空闲超时之前关闭连接时，ALB 会记录 elb_status_code 460；按请求 URL 对这些条目分组，找出慢的接口。" },
    },
    "heroku-h27": {
      title: { en: "a58fdfdc", text: "在 Heroku 路由日志中查找 H27" },
      detail: { en: "ead92322", text: "H27 \"Client Request Interrupted\" 日志行会写出路径；同一路径出现很多次，说明客户端等不及它的响应。" },
    },
    "slow-endpoints": {
      title: { en: "bf4b391e", text: "找出客户端放弃等待的接口" },
      detail: { en: "8855035a", text: "把代理访问日志中被中止的请求按 URL 分组：中止次数多的接口，比客户端愿意等待的时间还慢。" },
    },
    "speed-up-endpoint": {
      title: { en: "d01b65fc", text: "让慢接口更快返回" },
      detail: { en: "03aba84a", text: "缓存或预先计算它的结果，对大结果分页，或者立即返回、在后台完成工作，这样客户端就不会再等到超时。" },
    },
  },
});
