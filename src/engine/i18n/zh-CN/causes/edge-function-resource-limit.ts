import { defineCauseTranslation } from '../../translation';

export default defineCauseTranslation({
  id: "edge-function-resource-limit",
  title: { en: "a7b37ebb", text: "在边缘运行的函数超出了 CPU、内存或并发限制" },
  summary: { en: "1e868b9a", text: "网站在 CDN 上运行的代码用掉的 CPU 时间、内存或并发数超出了 CDN 的允许范围，于是被 CDN 终止。" },
  why: { en: "5ab6c999", text: "边缘函数在严格的限制下运行：Cloudflare Workers 对每个请求有 CPU 时间上限，每个 isolate 的内存上限为 128 MB（错误 1102 “Worker exceeded resource limits”）；Lambda@Edge 有并发和执行配额（CloudFront 503 “Lambda limit exceeded”）。繁重的循环、解析大型 JSON 或把大正文整个读入内存，都可能让请求超限，CDN 随即返回自己的错误。" },
  because: {
    "code-1102": { en: "5a2be886", text: "Cloudflare 错误 1102：Worker 超出了 CPU 时间或内存限制。" },
    "aws-cloudfront-503-blame-cdn-config": { en: "52998b1c", text: "来自函数的 CloudFront 503：可能超出了 Lambda@Edge 的限制。" },
    "overloaded-blame-cdn-config": { en: "d894f81e", text: "边缘函数耗尽了可用资源。" },
    "not-code-1101": { en: "67dfacce", text: "错误 1101 是代码抛出的异常，而不是资源超限。" },
  },
  steps: {
    "retry-later": {
      title: { en: "74d72d30", text: "稍等片刻再重试" },
      detail: { en: "a35a8669", text: "网站在 CDN 上的代码触及了限制，通常发生在负载较高时。稍后重试；如果一直失败，把支持摘要发给网站管理员。" },
    },
    "cpu-time": {
      title: { en: "152870cf", text: "找出最耗 CPU 的 Worker 请求" },
      detail: { en: "a5ee01b0", text: "Workers 日志会显示每次调用的 CPU 时间；在本地用 DevTools 对 Worker 做性能分析，找出开销大的代码。" },
    },
    "stream-not-buffer": {
      title: { en: "a1372dac", text: "让正文以流的方式经过 Worker，而不是整体缓冲" },
      detail: { en: "3ba48ecf", text: "用流（TransformStream）转发正文，而不是一次性读完整个正文，并避免使用大型全局变量。在 Workers 付费计划中，每个请求的 CPU 限制可以调高。" },
    },
    "lambda-quotas": {
      title: { en: "9da89535", text: "检查 Lambda@Edge 的限流和配额" },
      detail: { en: "7643fc68", text: "在 CloudWatch 中查看该函数的限流（throttles）和并发执行数；如果负载属于正常业务，申请提高配额。" },
    },
    "platform-usage": {
      title: { en: "d83da9f4", text: "把函数的用量与平台限制进行对比" },
      detail: { en: "2c58fb91", text: "平台的用量或指标页面会显示每个函数的 CPU 时间、内存和并发运行数；把出错时的数值与套餐的限制进行对比。" },
    },
  },
});
