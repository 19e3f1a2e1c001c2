import { defineCauseTranslation } from '../../../knowledge/translation';

export default defineCauseTranslation({
  id: "client-closed-request",
  title: "浏览器或客户端在响应到达之前关闭了连接",
  why: "当访问者离开页面、关闭标签页、客户端超时或移动网络中断时，代理会把该请求记录为被客户端中止：nginx 记为 499，ALB 记为 460，Heroku 记为 H27 “Client Request Interrupted”，Akamai 记为 ERR_CLIENT_ABORT。偶尔出现属于正常现象；如果某个接口上大量出现，说明它慢到客户端不愿再等。",
  because: [
    "该状态码表示客户端在收到响应之前关闭了连接。",
    "等待很久仍没有响应：客户端可能已放弃等待。",
    "服务器返回了错误，因此并不是客户端中止了请求。",
  ],
  steps: {
    "reload": {
      title: "刷新页面并等待加载完成",
      detail: "如果页面较慢，请耐心等它加载完；如果访问任何网站都出现这种情况，请检查你的网络连接。",
    },
    "slow-endpoints": {
      title: "找出客户端放弃等待的接口",
      detail: "某个 URL 上出现大量 499，说明它的响应慢于客户端（或上游代理的超时）所能等待的时间。",
    },
  },
});
