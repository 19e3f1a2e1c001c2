import { defineFingerprintTranslation } from '../../../knowledge/translation';

export default defineFingerprintTranslation({
  generator: "envoy",
  pages: {
    "upstream-connect-error": {
      says: "Envoy 的本地响应“upstream connect error or disconnect/reset before headers”。",
      refine: [
        "触发了 Envoy 熔断（发往该集群的排队请求或活跃请求过多）。",
        "Envoy 在响应上标记了“x-envoy-overloaded: true”（熔断 / 过载）。",
        "Envoy 与上游的 TLS 握手失败（transport failure reason: TLS_error）。",
        "Envoy 与上游的 TLS 握手失败。",
        "上游拒绝了连接（delayed connect error: 111，ECONNREFUSED）。",
        "上游拒绝了连接。",
        "Envoy 连接上游超时。",
        "Envoy 无法连接上游（reset reason: connection failure）。",
        "Envoy 无法连接上游（reset reason: remote connection failure）。",
        "上游在发送响应头之前关闭了连接（connection termination）。",
        "上游返回的协议 Envoy 无法解析（例如向 h2 集群返回 HTTP/1）。",
      ],
    },
    "no-healthy-upstream": {
      says: "Envoy 的本地响应“no healthy upstream”：该集群没有健康的端点（标志 UH）。",
    },
    "upstream-request-timeout": {
      says: "Envoy 的本地响应“upstream request timeout”：路由超时（默认 15 秒）已到（标志 UT）。",
    },
    "overloaded-header": {
      says: "Envoy 设置了“x-envoy-overloaded: true”：请求被熔断器或维护模式丢弃。",
    },
  },
});
