import { defineCauseTranslation } from '../../translation';

export default defineCauseTranslation({
  id: "upstream-keepalive-race",
  title: { en: "e7363f3c", text: "后端服务器关闭长连接的时间早于负载均衡的空闲超时" },
  summary: { en: "e7bcafbc", text: "网站服务器在负载均衡停止使用空闲连接之前就把它关闭了，因此偶尔会有请求丢失。" },
  why: { en: "e464e8a9", text: "负载均衡会复用到后端服务器的连接。如果后端的 keep-alive 超时短于负载均衡的空闲超时（ALB 空闲超时为 60 秒；Google 前端与后端的连接保持 600 秒；Heroku 路由为 90 秒），后端就可能恰好在负载均衡通过某个连接发送新请求时把它关闭。这个请求会立即失败，返回 502（ALB、Google）、503 “upstream connect error … connection termination”（Envoy）或 H13 / H18（Heroku）。这类错误很少见、随机出现、返回很快，且与负载无关。" },
  because: {
    "aws-alb-502": { en: "4a16a768", text: "ALB 502：目标的 keep-alive 短于 ALB 空闲超时时，常会在请求尚未完成时关闭连接。" },
    "google-frontend-502-within-5s": { en: "d6b1044d", text: "Google Cloud 负载均衡很快返回 502：后端关闭了被复用的连接（后端 keep-alive 必须大于 600 秒）。" },
    "envoy-503": { en: "6f48e752", text: "Envoy 返回 503，且被复用的上游连接遭到重置，这正是 keep-alive 竞争问题。" },
    "heroku-503-within-5s": { en: "e744f8bd", text: "Heroku 很快返回 503：在 Router 2.0 下，dyno 关闭空闲的长连接会导致 H13 / H18。" },
    "proxies-502-within-2s": { en: "51181f8d", text: "负载均衡很快返回 502：后端服务器关闭了被复用的连接。" },
    "empty-response-blame-upstream-app-origin-within-2s": { en: "ab6b1e16", text: "路径中有代理，而后端没有应答就立即关闭了连接。" },
    "not-refused-etc": { en: "60918326", text: "代理根本无法与后端建立连接（连接被拒绝、DNS、TLS 或没有后端）：keep-alive 竞争只会发生在已经打开的连接上。" },
    "not-after-10s": { en: "eb88fcd2", text: "错误在 10 秒之后才出现：在后端刚关闭的连接上发送的请求会立即失败，而不是等待之后才失败。" },
    "not-blame-elsewhere": { en: "c155a873", text: "页面把故障归于边缘节点、请求本身，或根本没有故障：负载均衡到后端的连接并没有失败。" },
  },
  steps: {
    "compare-timeouts-alb": {
      title: { en: "1631d610", text: "ALB：查看后端必须超过的空闲超时" },
      detail: { en: "f873fb31", text: "除非改过，ALB 的空闲超时为 60 秒；目标的 keep-alive 超时必须比它更长。" },
    },
    "compare-timeouts-nginx": {
      title: { en: "ed9d9967", text: "查看 nginx 的 keep-alive 超时" },
      detail: { en: "19700d59", text: "keepalive_timeout 默认为 75 秒；它必须比前面负载均衡的空闲超时更长。" },
    },
    "compare-timeouts": {
      title: { en: "293e5016", text: "对比后端与负载均衡的 keep-alive 超时" },
      detail: { en: "eae33846", text: "查出负载均衡对后端连接的空闲超时，以及后端服务器的 keep-alive（空闲）超时：后端保持空闲连接的时间必须更长。" },
    },
    "raise-backend-keepalive-alb": {
      title: { en: "0a1003cd", text: "ALB：把目标的 keep-alive 调到 60 秒以上" },
      detail: { en: "6bf9afcb", text: "对于默认 60 秒的空闲超时，把目标的 keep-alive（空闲）超时设为 65–75 秒；有些应用服务器默认只保持空闲连接几秒钟。" },
    },
    "raise-backend-keepalive-google": {
      title: { en: "a2b27788", text: "Google Cloud 负载均衡：让后端连接保持 600 秒以上" },
      detail: { en: "60107ce4", text: "Google 前端与后端的连接最多保持 600 秒：把后端服务器的 keep-alive 超时设得比这更长（例如 620 秒）。" },
    },
    "envoy-idle-timeout": {
      title: { en: "23b8260d", text: "Envoy：在后端之前关闭空闲的上游连接" },
      detail: { en: "ab819656", text: "把集群的 idle_timeout（common_http_protocol_options）设得比后端的 keep-alive 超时更短；再配置 retry_on: reset 的重试策略，掩盖剩余的情况。" },
    },
    "istio-idle-timeout": {
      title: { en: "d83b30cc", text: "Istio：在后端之前关闭空闲的上游连接" },
      detail: { en: "59166ed6", text: "在该服务的 DestinationRule 中，把 trafficPolicy.connectionPool.http.idleTimeout 设得比后端的 keep-alive 超时更短。" },
    },
    "heroku-keepalive": {
      title: { en: "9a49c98f", text: "Heroku Router 2.0：调大服务器的空闲超时，或关闭到 dyno 的长连接" },
      detail: { en: "807b41dd", text: "Heroku 建议空闲超时大于路由的 90 秒；作为临时解决办法，可以关闭到 dyno 的长连接。" },
    },
    "raise-backend-keepalive": {
      title: { en: "525710e8", text: "把后端的 keep-alive 调到大于负载均衡的空闲超时" },
      detail: { en: "a51c9982", text: "把后端服务器的 keep-alive（空闲）超时设得比负载均衡的空闲超时长几秒，让负载均衡总是先关闭空闲连接。" },
    },
    "retry": {
      title: { en: "5d734c26", text: "刷新页面" },
      detail: { en: "f83ff40b", text: "这种故障是随机、短暂的，刷新一下通常就好了。" },
    },
  },
});
