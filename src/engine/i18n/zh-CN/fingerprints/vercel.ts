import { defineFingerprintTranslation } from '../../translation';

export default defineFingerprintTranslation({
  generator: "vercel",
  pages: {
    "html-error-page": {
      says: { en: "fc2547e3", text: "Vercel 的错误页（devinfo 区块中带有“Code: <code>…</code>”和“ID: …”）。" },
    },
    "html-error-page-as-text": {
      says: { en: "829ae9d0", text: "文本形式的 Vercel 错误页（“Vercel is working correctly.” 下方是 “Code: …” 和 “ID: …”）。" },
    },
    "plain-text-error": {
      says: { en: "68be67e9", text: "Vercel 自己作出了响应（x-vercel-error 头，纯文本错误正文）。" },
      refine: {
        "header-x-vercel-error-is-function_invocation_timeout": { en: "4cb8ce4f", text: "“x-vercel-error: FUNCTION_INVOCATION_TIMEOUT”：函数运行超过了其最长时长（maxDuration，启用 Fluid compute 时默认 300 秒），被 Vercel 终止。" },
      },
    },
    "plain-text-deployment-error": {
      says: { en: "971f8a68", text: "Vercel 的纯文本响应“An error occurred with your deployment <CODE> <id>”。" },
    },
    "plain-text-server-error-function-code": {
      says: { en: "9645ca33", text: "Vercel 的纯文本回应“A server error has occurred FUNCTION_INVOCATION_…”。" },
    },
    "plain-text-application-error": {
      says: { en: "a561dc7f", text: "Vercel 的纯文本回应“An error occurred with this application. <错误码>”。" },
    },
    "json-error": {
      says: { en: "4ca65bd4", text: "Vercel 以自己的 JSON 错误正文作答（{\"error\":{\"code\":\"…\"}}，并带 x-vercel-error 响应头）。" },
    },
    "json-error-body-only-function-invocation": {
      says: { en: "e84325a9", text: "Vercel 的 JSON 错误回应（{\"error\":{\"code\":\"…\"}}，错误码属于 Vercel 的函数错误码），但没有看到其响应头。" },
    },
    "json-error-body-only-edge-function-invocation": {
      says: { en: "e84325a9", text: "Vercel 的 JSON 错误回应（{\"error\":{\"code\":\"…\"}}，错误码属于 Vercel 的函数错误码），但没有看到其响应头。" },
    },
    "json-error-body-only-no-response-from-function": {
      says: { en: "e84325a9", text: "Vercel 的 JSON 错误回应（{\"error\":{\"code\":\"…\"}}，错误码属于 Vercel 的函数错误码），但没有看到其响应头。" },
    },
    "json-error-body-only-middleware-invocation": {
      says: { en: "e84325a9", text: "Vercel 的 JSON 错误回应（{\"error\":{\"code\":\"…\"}}，错误码属于 Vercel 的函数错误码），但没有看到其响应头。" },
    },
    "security-checkpoint": {
      says: { en: "add0f1e2", text: "Vercel 防火墙以质询作答（“x-vercel-mitigated: challenge”，即“Vercel Security Checkpoint”页面）：无法运行其 JavaScript 校验的客户端被拦在这里。" },
    },
    "security-checkpoint-page": {
      says: { en: "d61814ac", text: "Vercel 防火墙的“Vercel Security Checkpoint”质询页面。" },
    },
  },
});
