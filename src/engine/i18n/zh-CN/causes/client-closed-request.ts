import { defineCauseTranslation } from '../../translation';

export default defineCauseTranslation({
  id: "client-closed-request",
  title: { en: "9f5b13f6", text: "浏览器或客户端在响应到达之前关闭了连接" },
  why: { en: "5adedaf3", text: "当访问者离开页面、关闭标签页、客户端超时或移动网络中断时，代理会把该请求记录为被客户端中止：nginx 记为 499，ALB 记为 460，Heroku 记为 H27 “Client Request Interrupted”，Akamai 记为 ERR_CLIENT_ABORT。偶尔出现属于正常现象；如果某个接口上大量出现，说明它慢到客户端不愿再等。" },
  because: {
    "status-499-460": { en: "d9001c0e", text: "该状态码表示客户端在收到响应之前关闭了连接。" },
    "status-0-after-30s": { en: "f8b1d2fc", text: "等待很久仍没有响应：客户端可能已放弃等待。" },
    "not-status-5xx": { en: "fb50f167", text: "服务器返回了错误，因此并不是客户端中止了请求。" },
  },
  steps: {
    "reload": {
      title: { en: "284a7e5d", text: "刷新页面并等待加载完成" },
      detail: { en: "e8cc9526", text: "如果页面较慢，请耐心等它加载完；如果访问任何网站都出现这种情况，请检查你的网络连接。" },
    },
    "slow-endpoints": {
      title: { en: "76b87bdd", text: "找出客户端放弃等待的接口" },
      detail: { en: "fe0827fe", text: "某个 URL 上出现大量 499，说明它的响应慢于客户端（或上游代理的超时）所能等待的时间。" },
    },
  },
});
