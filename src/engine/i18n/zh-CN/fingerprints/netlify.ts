import { defineFingerprintTranslation } from '../../translation';

export default defineFingerprintTranslation({
  generator: "netlify",
  pages: {
    "function-crashed": {
      says: { en: "680192e6", text: "Netlify 的函数崩溃页面（“An unhandled error in the function code triggered the following message”）。" },
      refine: {
        "body-the-edge-function-timed-out": { en: "2bf9ccbc", text: "边缘函数超时（通常是在等待其后的源站函数响应时）。" },
        "body-sandbox-timedout": { en: "49b8e9ee", text: "无服务器函数运行超出时间限制（Sandbox.Timedout）。" },
        "body-task-timed-out-after": { en: "16755962", text: "无服务器函数运行超出时间限制（“Task timed out”）。" },
      },
    },
    "function-timeout-json": {
      says: { en: "c8c64600", text: "Netlify 转发了函数运行时的超时信息（“Task timed out after 10.01 seconds”）。" },
    },
    "function-runtime-error-json": {
      says: { en: "5a9af4e9", text: "Netlify 转发了函数运行时的错误（{\"errorType\":…,\"errorMessage\":…}）：函数加载失败或抛出了异常。" },
      refine: {
        "body-errortype-runtime-importmoduleerror": { en: "f03246e2", text: "Runtime.ImportModuleError：函数所需的某个模块不在已部署的打包产物中。" },
      },
    },
    "function-timeout-json-body-only": {
      says: { en: "cf5858a7", text: "函数运行时的 JSON 超时消息（{\"errorMessage\":\"… Task timed out after 10.01 seconds\"}），Netlify 以 502 转发。" },
    },
    "inactivity-timeout": {
      says: { en: "70c8cb57", text: "Netlify 边缘节点（Apache Traffic Server）放弃了请求：“Inactivity Timeout — Too much time has passed without sending any data”。" },
    },
    "site-not-found": {
      says: { en: "63d63398", text: "Netlify 的“Site not found”页面：该主机名指向 Netlify，但没有关联到任何已部署的站点。" },
    },
    "site-paused": {
      says: { en: "e47c52f1", text: "Netlify 暂停了该站点：账号已达到用量上限。" },
    },
    "page-not-found": {
      says: { en: "1d844406", text: "Netlify 默认的“Page Not Found”：站点存在，但该路径没有对应的文件或重定向规则。" },
    },
  },
});
