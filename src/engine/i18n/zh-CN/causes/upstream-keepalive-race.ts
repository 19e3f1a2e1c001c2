import { defineCauseTranslation } from '../../../knowledge/translation';

export default defineCauseTranslation({
  id: "upstream-keepalive-race",
  title: "后端服务器关闭长连接的时间早于负载均衡的空闲超时",
  why: "负载均衡会复用到后端服务器的连接。如果后端的 keep-alive 超时短于负载均衡的空闲超时（ALB 空闲超时为 60 秒；Google 前端与后端的连接保持 600 秒；Heroku 路由为 90 秒），后端就可能恰好在负载均衡通过某个连接发送新请求时把它关闭。这个请求会立即失败，返回 502（ALB、Google）、503 “upstream connect error … connection termination”（Envoy）或 H13 / H18（Heroku）。这类错误很少见、随机出现、返回很快，且与负载无关。",
  because: [
    "ALB 502：目标的 keep-alive 短于 ALB 空闲超时时，常会在请求尚未完成时关闭连接。",
    "Google Cloud 负载均衡很快返回 502：后端关闭了被复用的连接（后端 keep-alive 必须大于 600 秒）。",
    "Envoy 返回 503，且被复用的上游连接遭到重置，这正是 keep-alive 竞争问题。",
    "Heroku 很快返回 503：在 Router 2.0 下，dyno 关闭空闲的长连接会导致 H13 / H18。",
    "负载均衡很快返回 502：后端服务器关闭了被复用的连接。",
    "后端服务器没有响应就立即关闭了连接。",
    "这个错误耗时很长，而 keep-alive 竞争问题会立即失败。",
    "出故障的环节不是负载均衡到后端服务器的连接。",
  ],
  steps: {
    "compare-timeouts": {
      title: "对比后端与负载均衡的 keep-alive 超时",
      detail: "后端保持空闲连接的时间必须比负载均衡更长。nginx 的 keepalive_timeout 默认为 75 秒；Node.js 的 server.keepAliveTimeout 默认为 5 秒（放在 ALB 后面太短）。",
    },
    "raise-backend-keepalive": {
      title: "把后端的 keep-alive 调到大于负载均衡的空闲超时",
      detail: "对于 ALB（60 秒）：nginx 设置 keepalive_timeout 75s；Apache 设置 KeepAliveTimeout 65；Node.js 设置 server.keepAliveTimeout = 65000 和 server.headersTimeout = 66000。对于 Google Cloud 负载均衡，应设为大于 600 秒。",
    },
    "heroku-keepalive": {
      title: "Heroku Router 2.0：调大服务器的空闲超时，或关闭到 dyno 的长连接",
      detail: "Heroku 建议空闲超时大于路由的 90 秒；作为临时解决办法，可以关闭到 dyno 的长连接。",
    },
    "retry": {
      title: "刷新页面",
      detail: "这种故障是随机、短暂的，刷新一下通常就好了。",
    },
  },
});
