import { defineCauseTranslation } from '../../translation';

export default defineCauseTranslation({
  id: "upstream-keepalive-race",
  title: { en: "e7363f3c", text: "后端服务器关闭长连接的时间早于负载均衡的空闲超时" },
  why: { en: "e464e8a9", text: "负载均衡会复用到后端服务器的连接。如果后端的 keep-alive 超时短于负载均衡的空闲超时（ALB 空闲超时为 60 秒；Google 前端与后端的连接保持 600 秒；Heroku 路由为 90 秒），后端就可能恰好在负载均衡通过某个连接发送新请求时把它关闭。这个请求会立即失败，返回 502（ALB、Google）、503 “upstream connect error … connection termination”（Envoy）或 H13 / H18（Heroku）。这类错误很少见、随机出现、返回很快，且与负载无关。" },
  because: {
    "aws-alb-502": { en: "4a16a768", text: "ALB 502：目标的 keep-alive 短于 ALB 空闲超时时，常会在请求尚未完成时关闭连接。" },
    "google-frontend-502-within-5s": { en: "d6b1044d", text: "Google Cloud 负载均衡很快返回 502：后端关闭了被复用的连接（后端 keep-alive 必须大于 600 秒）。" },
    "envoy-503": { en: "6f48e752", text: "Envoy 返回 503，且被复用的上游连接遭到重置，这正是 keep-alive 竞争问题。" },
    "heroku-503-within-5s": { en: "e744f8bd", text: "Heroku 很快返回 503：在 Router 2.0 下，dyno 关闭空闲的长连接会导致 H13 / H18。" },
    "proxies-502-within-2s": { en: "51181f8d", text: "负载均衡很快返回 502：后端服务器关闭了被复用的连接。" },
    "empty-response-blame-upstream-app-origin-within-2s": { en: "e6b98b25", text: "后端服务器没有响应就立即关闭了连接。" },
    "not-after-10s": { en: "39aafa2a", text: "这个错误耗时很长，而 keep-alive 竞争问题会立即失败。" },
    "not-blame-elsewhere": { en: "003a27f6", text: "出故障的环节不是负载均衡到后端服务器的连接。" },
  },
  steps: {
    "compare-timeouts": {
      title: { en: "293e5016", text: "对比后端与负载均衡的 keep-alive 超时" },
      detail: { en: "2571f6dc", text: "后端保持空闲连接的时间必须比负载均衡更长。nginx 的 keepalive_timeout 默认为 75 秒；Node.js 的 server.keepAliveTimeout 默认为 5 秒（放在 ALB 后面太短）。" },
    },
    "raise-backend-keepalive": {
      title: { en: "525710e8", text: "把后端的 keep-alive 调到大于负载均衡的空闲超时" },
      detail: { en: "bf4ceaac", text: "对于 ALB（60 秒）：nginx 设置 keepalive_timeout 75s；Apache 设置 KeepAliveTimeout 65；Node.js 设置 server.keepAliveTimeout = 65000 和 server.headersTimeout = 66000。对于 Google Cloud 负载均衡，应设为大于 600 秒。" },
    },
    "heroku-keepalive": {
      title: { en: "9a49c98f", text: "Heroku Router 2.0：调大服务器的空闲超时，或关闭到 dyno 的长连接" },
      detail: { en: "807b41dd", text: "Heroku 建议空闲超时大于路由的 90 秒；作为临时解决办法，可以关闭到 dyno 的长连接。" },
    },
    "retry": {
      title: { en: "5d734c26", text: "刷新页面" },
      detail: { en: "f83ff40b", text: "这种故障是随机、短暂的，刷新一下通常就好了。" },
    },
  },
});
