import { defineFingerprintTranslation } from '../../translation';

export default defineFingerprintTranslation({
  generator: "envoy",
  pages: {
    "upstream-connect-error": {
      says: { en: "8a27f5c4", text: "Envoy 的本地响应“upstream connect error or disconnect/reset before headers”。" },
      refine: {
        "body-reset-reason-overflow": { en: "11eb604f", text: "触发了 Envoy 熔断（发往该集群的排队请求或活跃请求过多）。" },
        "header-x-envoy-overloaded-is-true": { en: "5719f461", text: "Envoy 在响应上标记了“x-envoy-overloaded: true”（熔断 / 过载）。" },
        "body-tls_error": { en: "8be6d80b", text: "Envoy 与上游的 TLS 握手失败（transport failure reason: TLS_error）。" },
        "body-tls-error": { en: "0e6c99d7", text: "Envoy 与上游的 TLS 握手失败。" },
        "body-connect-error-111": { en: "77c2fd3f", text: "上游拒绝了连接（delayed connect error: 111，ECONNREFUSED）。" },
        "body-connection-refused": { en: "60355330", text: "上游拒绝了连接。" },
        "body-reset-reason-connection-timeout": { en: "6a915ed2", text: "Envoy 连接上游超时。" },
        "body-reason-connection-failure": { en: "d960e20f", text: "Envoy 无法连接上游（reset reason: connection failure）。" },
        "body-reason-remote-connection-failure": { en: "0eed8bdd", text: "Envoy 无法连接上游（reset reason: remote connection failure）。" },
        "body-reason-connection-termination": { en: "b7f1f203", text: "上游在发送响应头之前关闭了连接（connection termination）。" },
        "body-reason-protocol-error": { en: "5db24499", text: "上游返回的协议 Envoy 无法解析（例如向 h2 集群返回 HTTP/1）。" },
      },
    },
    "no-healthy-upstream": {
      says: { en: "9ef26a1c", text: "Envoy 的本地响应“no healthy upstream”：该集群没有健康的端点（标志 UH）。" },
    },
    "upstream-request-timeout": {
      says: { en: "fc3d0664", text: "Envoy 的本地响应“upstream request timeout”：路由超时（默认 15 秒）已到（标志 UT）。" },
    },
    "rbac-access-denied": {
      says: { en: "555ba2f2", text: "Envoy 的 RBAC 过滤器返回“RBAC: access denied”：访问策略拒绝了该请求。" },
    },
    "overloaded-header": {
      says: { en: "7b101273", text: "Envoy 设置了“x-envoy-overloaded: true”：请求被熔断器或维护模式丢弃。" },
    },
  },
});
