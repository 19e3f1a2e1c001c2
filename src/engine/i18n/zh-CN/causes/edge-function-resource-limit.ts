import { defineCauseTranslation } from '../../translation';

export default defineCauseTranslation({
  id: "edge-function-resource-limit",
  title: { en: "a7b37ebb", text: "在边缘运行的函数超出了 CPU、内存或并发限制" },
  why: { en: "5ab6c999", text: "边缘函数在严格的限制下运行：Cloudflare Workers 对每个请求有 CPU 时间上限，每个 isolate 的内存上限为 128 MB（错误 1102 “Worker exceeded resource limits”）；Lambda@Edge 有并发和执行配额（CloudFront 503 “Lambda limit exceeded”）。繁重的循环、解析大型 JSON 或把大正文整个读入内存，都可能让请求超限，CDN 随即返回自己的错误。" },
  because: {
    "code-1102": { en: "5a2be886", text: "Cloudflare 错误 1102：Worker 超出了 CPU 时间或内存限制。" },
    "aws-cloudfront-503-blame-cdn-config": { en: "52998b1c", text: "来自函数的 CloudFront 503：可能超出了 Lambda@Edge 的限制。" },
    "overloaded-blame-cdn-config": { en: "d894f81e", text: "边缘函数耗尽了可用资源。" },
    "not-code-1101": { en: "03dae9f9", text: "错误 1101 是异常，不是资源超限。" },
  },
  steps: {
    "cpu-time": {
      title: { en: "23da0187", text: "找出最耗 CPU 的请求" },
      detail: { en: "a4d902c3", text: "Workers 日志会显示每次调用的 CPU 时间；在本地用 DevTools 做性能分析，找出开销大的代码。" },
    },
    "stream-not-buffer": {
      title: { en: "47ef354e", text: "用流式处理代替整体读入" },
      detail: { en: "9cf8b019", text: "通过流（TransformStream）传递正文，而不是一次性整体读入；避免使用大型全局变量。Workers 付费套餐可以调高 CPU 上限。" },
    },
    "lambda-quotas": {
      title: { en: "12e97798", text: "检查 Lambda@Edge 配额" },
      detail: { en: "7643fc68", text: "在 CloudWatch 中查看该函数的限流（throttles）和并发执行数；如果负载属于正常业务，申请提高配额。" },
    },
    "retry-later": {
      title: { en: "523d322f", text: "稍后重试" },
      detail: { en: "0cbc7999", text: "该网站的边缘代码触及了资源上限。请重试；如果仍然失败，请把技术支持摘要发给网站管理员。" },
    },
  },
});
