import { defineCauseTranslation } from '../../../knowledge/translation';

export default defineCauseTranslation({
  id: "edge-function-error",
  title: "在边缘运行的函数出错（Cloudflare Worker、Lambda@Edge、CloudFront Function）",
  why: "网站可以在 CDN 上为每个请求运行代码。如果这段代码抛出异常、返回了 CDN 无法接受的响应（结构不对、包含不允许的响应头、正文过大）或缺少权限，CDN 就会在回源之前（或干脆不回源）直接返回自己的错误：Cloudflare 返回 500 和错误 1101 “Worker threw exception”，CloudFront 返回 502 “Lambda validation error”或 503 “function execution error”。",
  because: [
    "Cloudflare 错误 1101：Worker 抛出了 JavaScript 异常。",
    "边缘节点自身的配置或函数出错。",
    "CloudFront 502/503，源于 Lambda@Edge 或 CloudFront Function 的校验错误或执行错误。",
    "平台边缘上的某个无服务器（serverless）函数出错。",
    "错误 1102 是资源超限，不是异常。",
    "出故障的环节不是边缘代码。",
  ],
  steps: {
    "worker-logs": {
      title: "查看函数日志",
      detail: "Cloudflare：Workers & Pages > 你的 Worker > Logs，或实时查看日志流。CloudFront：Lambda@Edge 的日志写入离执行该函数的边缘站点最近的区域中的 CloudWatch（日志组 /aws/lambda/us-east-1.FUNCTION_NAME）。",
    },
    "reproduce-locally": {
      title: "用相同的请求复现",
      detail: "在本地（wrangler dev、sam local invoke）用出错的 URL 和请求头重放请求，查看具体异常。",
    },
    "rollback": {
      title: "回滚最近一次部署",
      detail: "如果故障是在某次部署后开始的，先回滚，再排查。",
    },
    "tell-owner": {
      title: "告知网站管理员",
      detail: "该网站自己的边缘代码出错了。请把技术支持摘要（附 Ray ID / 请求 ID）发给网站管理员。",
    },
  },
});
