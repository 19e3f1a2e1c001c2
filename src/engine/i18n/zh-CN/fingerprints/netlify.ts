import { defineFingerprintTranslation } from '../../../knowledge/translation';

export default defineFingerprintTranslation({
  generator: "netlify",
  pages: {
    "function-crashed": {
      says: "Netlify 的函数崩溃页面（“An unhandled error in the function code triggered the following message”）。",
      refine: [
        "边缘函数超时（通常是在等待其后的源站函数响应时）。",
        "无服务器函数运行超出时间限制（Sandbox.Timedout）。",
        "无服务器函数运行超出时间限制（“Task timed out”）。",
      ],
    },
    "function-timeout-json": {
      says: "Netlify 转发了函数运行时的超时信息（“Task timed out after 10.01 seconds”）。",
    },
    "inactivity-timeout": {
      says: "Netlify 边缘节点（Apache Traffic Server）放弃了请求：“Inactivity Timeout — Too much time has passed without sending any data”。",
    },
    "site-not-found": {
      says: "Netlify 的“Site not found”页面：该主机名指向 Netlify，但没有关联到任何已部署的站点。",
    },
    "site-paused": {
      says: "Netlify 暂停了该站点：账号已达到用量上限。",
    },
    "page-not-found": {
      says: "Netlify 默认的“Page Not Found”：站点存在，但该路径没有对应的文件或重定向规则。",
    },
  },
});
