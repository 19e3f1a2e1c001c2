import { defineFingerprintTranslation } from '../../translation';

export default defineFingerprintTranslation({
  generator: "kong",
  pages: {
    "upstream-invalid-response": {
      says: { en: "3ff2c37f", text: "Kong 的 502 消息“An invalid response was received from the upstream server”（连接服务时被拒绝、被重置或 TLS 失败）。" },
    },
    "upstream-timeout": {
      says: { en: "8f149c4c", text: "Kong 的 504 消息“The upstream server is timing out”（服务的读取/连接超时，默认 60 秒）。" },
    },
    "ring-balancer-no-peer": {
      says: { en: "27dddeaf", text: "Kong 的“failure to get a peer from the ring-balancer”：该 Upstream 没有健康的 Target。" },
    },
    "name-resolution-failed": {
      says: { en: "8248c1a6", text: "Kong 无法解析服务的主机名（“name resolution failed”）。" },
    },
    "upstream-unavailable": {
      says: { en: "dbb28370", text: "Kong 的 503 消息“The upstream server is currently unavailable”。" },
    },
    "no-route": {
      says: { en: "03f31e1d", text: "Kong 的“no Route matched with those values”：没有任何 Route 匹配该主机、路径或方法。" },
    },
    "no-api-key": {
      says: { en: "cb061356", text: "Kong 的 key-auth 插件返回“No API key found in request”：请求中没有携带 API 密钥。" },
    },
    "unauthorized-server": {
      says: { en: "10931007", text: "Kong 自己返回了 401 {\"message\":\"Unauthorized\"}：认证插件在转发到上游之前拒绝了该请求。" },
    },
    "unauthorized-latency": {
      says: { en: "10931007", text: "Kong 自己返回了 401 {\"message\":\"Unauthorized\"}：认证插件在转发到上游之前拒绝了该请求。" },
    },
    "acl-cannot-consume": {
      says: { en: "2eddd804", text: "Kong 的 ACL 插件返回“You cannot consume this service”：该消费者不在允许的分组中。" },
    },
    "rate-limited": {
      says: { en: "85779ffc", text: "Kong 的限流插件返回了“API rate limit exceeded”。" },
    },
    "header-only-5xx": {
      says: { en: "05ab2654", text: "带 Kong Via 头的空 502/503/504（Kong 对 HEAD 请求的错误响应）。" },
    },
    "unexpected-error": {
      says: { en: "b0ea43bf", text: "Kong 自己的 500“An unexpected error occurred”（某个 Kong 插件或网关本身出错）。" },
    },
  },
});
