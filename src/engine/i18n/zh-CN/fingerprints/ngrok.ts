import { defineFingerprintTranslation } from '../../translation';

export default defineFingerprintTranslation({
  generator: "ngrok",
  pages: {
    "error-page": {
      says: { en: "1f380282", text: "ngrok 自己的错误页面（cdn.ngrok.com 的 error.js 页面框架，带 ERR_NGROK_ 错误码）。" },
      refine: {
        "header-ngrok-error-code-is-err_ngrok_8012": { en: "d98b20af", text: "ERR_NGROK_8012：ngrok agent 无法连接到它所转发的本地服务。" },
        "header-ngrok-error-code-is-err_ngrok_3200": { en: "1e33794b", text: "ERR_NGROK_3200：该 endpoint 已离线——没有 ngrok agent 在为这个 URL 提供服务。" },
      },
    },
    "error-text": {
      says: { en: "c004b6c7", text: "ngrok 的错误文本，附有该 ERR_NGROK_ 错误码的说明页链接。" },
    },
    "error-code-header": {
      says: { en: "1b7804e7", text: "响应带有 ngrok 的“ngrok-error-code”头：ngrok 的边缘节点自行作出了应答。" },
      refine: {
        "header-ngrok-error-code-is-err_ngrok_8012": { en: "d98b20af", text: "ERR_NGROK_8012：ngrok agent 无法连接到它所转发的本地服务。" },
        "header-ngrok-error-code-is-err_ngrok_3004": { en: "201e574a", text: "ERR_NGROK_3004：本地服务返回了无效或不完整的 HTTP 响应。" },
        "header-ngrok-error-code-is-err_ngrok_3200": { en: "1e33794b", text: "ERR_NGROK_3200：该 endpoint 已离线——没有 ngrok agent 在为这个 URL 提供服务。" },
      },
    },
    "browser-warning-interstitial": {
      says: { en: "d41fbfad", text: "ngrok 免费套餐的浏览器警告页（ERR_NGROK_6024，“You are about to visit …”）：这是一个需点击继续的提示页，并非故障；API 客户端可用 ngrok-skip-browser-warning 请求头跳过。" },
    },
  },
});
