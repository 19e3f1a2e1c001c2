import { defineCauseTranslation } from '../../translation';

export default defineCauseTranslation({
  id: "edge-function-error",
  title: { en: "331417b9", text: "网站在 CDN 或托管平台上运行的函数出错了" },
  summary: { en: "483f5615", text: "网站在 CDN 或托管平台上运行的自身代码崩溃了，或返回了平台无法使用的响应。" },
  why: { en: "1de9ab8c", text: "网站可以让 CDN 或平台为每个请求运行代码。如果这段代码抛出异常、返回了平台不能接受的响应（结构不对、使用了禁止的响应头、正文过大）或缺少权限，平台就会返回自己的错误而不是页面：Cloudflare 500 加错误 1101 \"Worker threw exception\"，CloudFront 502 \"Lambda validation error\" 或 503 \"function execution error\"，Vercel FUNCTION_INVOCATION_FAILED 或 MIDDLEWARE_INVOCATION_FAILED，Netlify 的函数错误页。" },
  because: {
    "code-1101": { en: "000b1ed1", text: "Cloudflare 错误 1101：Worker 抛出了 JavaScript 异常。" },
    "vercel-function-failed-codes": { en: "e3c13d7a", text: "Vercel 的错误码表明网站的函数崩溃了，或返回了 Vercel 无法使用的响应。" },
    "blame-cdn-config-unknown": { en: "450fa0f1", text: "出错的是边缘节点上网站自己的代码，而不是源站。" },
    "aws-cloudfront-502-503-blame-cdn-config": { en: "ab08dcfd", text: "CloudFront 502/503，源于 Lambda@Edge 或 CloudFront Function 的校验错误或执行错误。" },
    "netlify-function-crash": { en: "e142cc9a", text: "Netlify 转发了某个函数的崩溃或加载错误。" },
    "not-timeout": { en: "3b2b7bf9", text: "函数是在达到时间限制时被终止的；没有迹象表明它的代码抛出了异常。" },
    "not-blame-elsewhere": { en: "d9ea2f7e", text: "页面归咎于源站、请求本身或不归咎于任何环节，而不是边缘节点上运行的代码。" },
  },
  steps: {
    "tell-owner": {
      title: { en: "673df4b3", text: "告知网站管理员" },
      detail: { en: "2cdbb3e9", text: "网站在 CDN 或平台上运行的自身代码出错了。请把支持摘要连同页面上显示的错误 ID 或请求 ID 发给网站管理员。" },
    },
    "worker-logs": {
      title: { en: "16d444dd", text: "实时查看 Worker 的日志" },
      detail: { en: "23cbf3b2", text: "在 Workers & Pages > 你的 Worker > Logs 中查看，或在重放失败请求时实时输出日志：异常及其调用栈会显示在那里。" },
    },
    "reproduce-locally": {
      title: { en: "133e7cfb", text: "用 wrangler dev 复现这个异常" },
      detail: { en: "45c52de2", text: "把失败的 URL 和请求头重放到本地运行的 Worker 上，查看异常及其调用栈。" },
    },
    "rollback": {
      title: { en: "b19c4056", text: "把 Worker 回滚到上一个正常版本" },
      detail: { en: "0a4276d1", text: "如果故障是在某次部署后开始的，先回滚，再排查。" },
    },
    "lambda-edge-logs": {
      title: { en: "0ad7a476", text: "在 CloudWatch 中查看函数日志" },
      detail: { en: "37f8b28a", text: "Lambda@Edge 把日志写在实际运行它的边缘节点所在区域，日志组名为 /aws/lambda/us-east-1.FUNCTION_NAME；CloudFront Functions 的日志写在 us-east-1 的 /aws/cloudfront/function/FUNCTION_NAME。" },
    },
    "lambda-edge-previous-version": {
      title: { en: "d821df90", text: "把缓存行为关联回上一个函数版本" },
      detail: { en: "ccf182b2", text: "Lambda@Edge 运行的是带编号的版本：把分配的缓存行为指回上一个正常工作的版本（CloudFront Function 则发布其之前的代码），然后重新部署。" },
    },
    "vercel-runtime-logs": {
      title: { en: "748a6b7a", text: "在 Vercel 日志中找到失败的调用" },
      detail: { en: "85f4a048", text: "打开项目的 Logs，搜索页面上显示的错误 ID：该条目会显示函数、错误及其调用栈。" },
    },
    "vercel-rollback": {
      title: { en: "6aee7dac", text: "回滚到上一个 Vercel 部署" },
      detail: { en: "2e2f1b7e", text: "如果故障是从某次部署开始的，用即时回滚把上一个正常的部署放回域名上，再慢慢排查。" },
    },
    "netlify-function-logs": {
      title: { en: "fb9a617c", text: "在 Netlify 中查看函数日志" },
      detail: { en: "984ab83c", text: "在 Logs > Functions 下打开处理该路径的函数：错误信息和类型会显示在那里（例如 Runtime.ImportModuleError 表示部署包里缺少某个模块）。" },
    },
    "netlify-publish-previous-deploy": {
      title: { en: "01dcc4d8", text: "发布上一个 Netlify 部署" },
      detail: { en: "d1cfc981", text: "如果故障是从某次部署开始的，打开 Deploys，选择上一个正常的部署并发布它，再慢慢排查。" },
    },
    "function-logs": {
      title: { en: "3b65649f", text: "查看处理该路径的函数的日志" },
      detail: { en: "faf6e23b", text: "在 CDN 或平台控制台中打开为这个 URL 运行的函数的日志，找到出错时间点的异常。" },
    },
    "roll-back-function": {
      title: { en: "8e8668ef", text: "回滚函数的最近一次部署" },
      detail: { en: "3d99ff15", text: "如果故障是从某次部署开始的，先恢复上一个版本，再排查问题。" },
    },
  },
});
