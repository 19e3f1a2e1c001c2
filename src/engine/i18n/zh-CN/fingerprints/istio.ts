import { defineFingerprintTranslation } from '../../translation';

export default defineFingerprintTranslation({
  generator: "istio",
  pages: {
    "rbac-access-denied": {
      says: { en: "3af0acdf", text: "Istio 代理返回的 Envoy “RBAC: access denied”：Istio 的 AuthorizationPolicy 拒绝了该请求。" },
    },
    "rbac-access-denied-sidecar": {
      says: { en: "4210bdf3", text: "Istio sidecar 返回的 Envoy “RBAC: access denied”（x-envoy-decorator-operation 指向集群内的服务）：AuthorizationPolicy 拒绝了该请求。" },
    },
    "sidecar-upstream-connect-error": {
      says: { en: "53ff41dc", text: "Istio sidecar 返回的 Envoy “upstream connect error or disconnect/reset before headers”（x-envoy-decorator-operation 指向集群内的服务）。" },
      refine: {
        "body-reset-reason-overflow": { en: "130d0303", text: "Istio/Envoy 的熔断器（DestinationRule connectionPool）已溢出。" },
        "body-tls_error": { en: "197827ad", text: "与上游的 mTLS/TLS 握手失败（transport failure reason: TLS_error）。" },
        "body-reason-connection-failure": { en: "110a8866", text: "sidecar 或网关无法连接上游 Pod（reset reason: connection failure）。" },
        "body-reason-connection-termination": { en: "66e8fd9e", text: "上游在发送响应头之前关闭了连接（connection termination）。" },
      },
    },
    "sidecar-no-healthy-upstream": {
      says: { en: "f90325b2", text: "Istio sidecar 返回的 Envoy “no healthy upstream”：目标服务没有健康的端点。" },
    },
    "upstream-connect-error": {
      says: { en: "e0b9c707", text: "经 Istio 网关（“server: istio-envoy”）发出的 Envoy 响应“upstream connect error or disconnect/reset before headers”。" },
      refine: {
        "body-reset-reason-overflow": { en: "130d0303", text: "触发了 Istio/Envoy 熔断（DestinationRule 的 connectionPool 已满）。" },
        "body-tls_error": { en: "197827ad", text: "与上游的 mTLS/TLS 握手失败（transport failure reason: TLS_error）。" },
        "body-connect-error-111": { en: "9babe235", text: "上游 Pod 拒绝了连接（delayed connect error: 111）。" },
        "body-reason-connection-failure": { en: "110a8866", text: "Sidecar 或网关无法连接上游 Pod（reset reason: connection failure）。" },
        "body-reason-remote-connection-failure": { en: "a70badb6", text: "网关无法连接上游 Pod（reset reason: remote connection failure）。" },
        "body-reason-connection-termination": { en: "66e8fd9e", text: "上游在发送响应头之前关闭了连接（connection termination）。" },
      },
    },
    "no-healthy-upstream": {
      says: { en: "56942367", text: "Istio 网关返回的 Envoy 响应“no healthy upstream”：目标服务没有健康的端点。" },
    },
    "upstream-request-timeout": {
      says: { en: "87bc4218", text: "Istio 网关返回的 Envoy 响应“upstream request timeout”：路由上设置的超时（VirtualService 的“timeout”）已到；Istio 默认不设超时。" },
    },
    "no-route-404": {
      says: { en: "8530035a", text: "Istio 网关返回的空 404：没有任何 Gateway/VirtualService 匹配该主机和路径（标志 NR）。" },
    },
  },
});
