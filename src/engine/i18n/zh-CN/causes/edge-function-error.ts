import { defineCauseTranslation } from '../../translation';

export default defineCauseTranslation({
  id: "edge-function-error",
  title: { en: "d6a0d83f", text: "在边缘运行的函数出错（Cloudflare Worker、Lambda@Edge、CloudFront Function）" },
  why: { en: "22e8c948", text: "网站可以在 CDN 上为每个请求运行代码。如果这段代码抛出异常、返回了 CDN 无法接受的响应（结构不对、包含不允许的响应头、正文过大）或缺少权限，CDN 就会在回源之前（或干脆不回源）直接返回自己的错误：Cloudflare 返回 500 和错误 1101 “Worker threw exception”，CloudFront 返回 502 “Lambda validation error”或 503 “function execution error”。" },
  because: {
    "code-1101": { en: "000b1ed1", text: "Cloudflare 错误 1101：Worker 抛出了 JavaScript 异常。" },
    "blame-cdn-config": { en: "3151ab4f", text: "边缘节点自身的配置或函数出错。" },
    "aws-cloudfront-502-503-blame-cdn-config": { en: "ab08dcfd", text: "CloudFront 502/503，源于 Lambda@Edge 或 CloudFront Function 的校验错误或执行错误。" },
    "vercel-or-netlify-500-502-504-blame-cdn-config-upstream-app": { en: "ded675ff", text: "平台边缘上的某个无服务器（serverless）函数出错。" },
    "not-code-1102": { en: "5ce9c11e", text: "错误 1102 是资源超限，不是异常。" },
    "not-blame-elsewhere": { en: "57ca4958", text: "出故障的环节不是边缘代码。" },
  },
  steps: {
    "worker-logs": {
      title: { en: "788ce027", text: "查看函数日志" },
      detail: { en: "65c9d895", text: "Cloudflare：Workers & Pages > 你的 Worker > Logs，或实时查看日志流。CloudFront：Lambda@Edge 的日志写入离执行该函数的边缘站点最近的区域中的 CloudWatch（日志组 /aws/lambda/us-east-1.FUNCTION_NAME）。" },
    },
    "reproduce-locally": {
      title: { en: "0cc607e6", text: "用相同的请求复现" },
      detail: { en: "e2f998c1", text: "在本地（wrangler dev、sam local invoke）用出错的 URL 和请求头重放请求，查看具体异常。" },
    },
    "rollback": {
      title: { en: "832df7d1", text: "回滚最近一次部署" },
      detail: { en: "0a4276d1", text: "如果故障是在某次部署后开始的，先回滚，再排查。" },
    },
    "tell-owner": {
      title: { en: "673df4b3", text: "告知网站管理员" },
      detail: { en: "c87c7390", text: "该网站自己的边缘代码出错了。请把技术支持摘要（附 Ray ID / 请求 ID）发给网站管理员。" },
    },
  },
});
