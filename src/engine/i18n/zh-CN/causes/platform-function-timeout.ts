import { defineCauseTranslation } from '../../translation';

export default defineCauseTranslation({
  id: "platform-function-timeout",
  title: { en: "9b976a99", text: "托管平台在达到时间限制时终止了请求" },
  summary: { en: "286b15d1", text: "网站代码的运行时间超过了托管平台允许单个请求运行的时长，于是平台终止了它。" },
  why: { en: "f1264aad", text: "无服务器和托管平台会给每个请求一个固定的时长。Vercel 在函数达到最长运行时间（maxDuration，默认 300 秒）时终止它，并返回 FUNCTION_INVOCATION_TIMEOUT；Netlify 的同步函数运行 60 秒后会被停止；API Gateway 给集成的时间为 29 秒（REST）或 30 秒（HTTP API）；应用在 30 秒内没有发送任何内容时，Heroku 的路由会返回 H12；App Service 会断开 230 秒内没有返回任何内容的请求。代码本身可能仍在运行，但访客得到的是平台的超时页面。常见原因是慢查询、调用缓慢的第三方 API，以及在请求中直接执行大型任务。" },
  because: {
    "vercel-timeout-code": { en: "2a4a0ada", text: "Vercel 写明了错误：函数的运行时间超过了最长时长，被 Vercel 终止。" },
    "vercel-timeout": { en: "d2a3094c", text: "Vercel 对它运行的函数返回了超时：函数的运行时间超过了其时间限制。" },
    "netlify-timeout": { en: "8c65a964", text: "Netlify 终止了一个运行时间超过其函数时间限制的请求。" },
    "api-gateway-timeout": { en: "dd8349be", text: "API Gateway 返回了其集成超时：后端没有在 29 秒（REST）或 30 秒（HTTP API）内响应。" },
    "heroku-timeout-30s": { en: "d1dc5531", text: "Heroku 的路由在大约 30 秒后放弃了：它的请求超时（H12）终止了该请求。" },
    "azure-app-service-230s": { en: "f204ab22", text: "错误在大约 230 秒后出现，这正是 App Service 对一直没有返回内容的请求的限制。" },
  },
  steps: {
    "retry": {
      title: { en: "c42855e6", text: "稍后再试一次" },
      detail: { en: "0de5e723", text: "网站处理这个请求用的时间太长了。网站不那么繁忙时也许能成功；如果一直失败，就需要网站来修复。" },
    },
    "tell-owner": {
      title: { en: "673df4b3", text: "告诉网站管理员" },
      detail: { en: "9d52678a", text: "发送支持摘要，附上时间和页面上显示的错误 ID：管理员可以据此在平台日志中找到这个慢请求。" },
    },
    "vercel-function-logs": {
      title: { en: "64b1ee2f", text: "在 Vercel 日志中找到超时的调用" },
      detail: { en: "aa3a9546", text: "打开项目的 Logs，搜索页面上显示的错误 ID（或按路由筛选）：该条目会显示函数、其运行时长以及它触及的限制。" },
    },
    "vercel-max-duration": {
      title: { en: "5db7c66f", text: "调高函数的 maxDuration，或把慢任务放到别处执行" },
      detail: { en: "d8d3985f", text: "为该路由设置 maxDuration（在函数中 export const maxDuration，或在 vercel.json 的 \"functions\" 中设置）。默认值为 300 秒；Hobby 最多 300 秒，Pro 和 Enterprise 最多 800 秒。更长的任务应放入队列或后台作业；以流式方式返回响应可以让访客及时看到进展。" },
    },
    "netlify-function-logs": {
      title: { en: "fb9a617c", text: "在 Netlify 中查看函数日志" },
      detail: { en: "8d5f6441", text: "在 Logs > Functions 下打开处理该路径的函数：每次调用都会显示运行时长，超时会显示为 \"Task timed out after … seconds\"。" },
    },
    "netlify-background-function": {
      title: { en: "b5afa9b1", text: "把耗时任务移到后台函数，或以流式方式返回" },
      detail: { en: "49c0eb39", text: "Netlify 的同步函数运行 60 秒后会停止，且该限制不能调高。后台函数（文件名以 -background 结尾）会立即返回 202，并可运行最长 15 分钟；流式响应则会在任务完成前就开始发送内容。" },
    },
    "api-gateway-integration-latency": {
      title: { en: "9688e735", text: "把集成延迟与超时时间进行对比" },
      detail: { en: "632c203d", text: "在 CloudWatch 中，API 阶段的 IntegrationLatency 接近超时时间（默认 29 000 毫秒），再结合后端自身的运行时长（Lambda 的 Duration 指标），就能看出后端比网关允许的更慢。" },
    },
    "api-gateway-raise-timeout": {
      title: { en: "0581b4e4", text: "调高集成超时（区域和私有 REST API），或改为异步响应" },
      detail: { en: "72f65add", text: "自 2024 年 6 月起，区域和私有 REST API 的集成超时可以设为超过 29 秒，代价是占用账号的限流配额；边缘优化的 REST API 仍为 29 秒，HTTP API 为 30 秒。否则请立即返回 202，让客户端稍后再获取结果。" },
    },
    "heroku-router-h12": {
      title: { en: "02eaadf8", text: "在 Heroku 路由日志中查找 H12" },
      detail: { en: "26cae0cb", text: "每条 H12 日志都会写出路径并显示 service=30000ms；它前后应用自身的日志可以看出时间花在了哪里。" },
    },
    "heroku-worker-dyno": {
      title: { en: "95be4686", text: "把慢任务交给 worker dyno" },
      detail: { en: "07aceaad", text: "Heroku 对首个字节的 30 秒限制不能调高。请快速返回，把任务排队交给 worker dyno，或者尽早开始发送响应：首个字节之后，每发送一个字节都会重新开始一个 55 秒的计时窗口。" },
    },
    "azure-async-pattern": {
      title: { en: "fbc993c9", text: "让 App Service 上的每个 HTTP 请求都在 230 秒内完成" },
      detail: { en: "d097d7cd", text: "无论应用或函数自身设置了什么超时，230 秒的限制都有效。请返回 202 并附上状态查询 URL，在后台完成工作（Durable Functions、队列触发的函数或 WebJob）。" },
    },
  },
});
