import { defineFingerprintTranslation } from '../../../knowledge/translation';

export default defineFingerprintTranslation({
  generator: "istio",
  pages: {
    "upstream-connect-error": {
      says: "经 Istio 网关（“server: istio-envoy”）发出的 Envoy 响应“upstream connect error or disconnect/reset before headers”。",
      refine: [
        "触发了 Istio/Envoy 熔断（DestinationRule 的 connectionPool 已满）。",
        "与上游的 mTLS/TLS 握手失败（transport failure reason: TLS_error）。",
        "上游 Pod 拒绝了连接（delayed connect error: 111）。",
        "Sidecar 或网关无法连接上游 Pod（reset reason: connection failure）。",
        "网关无法连接上游 Pod（reset reason: remote connection failure）。",
        "上游在发送响应头之前关闭了连接（connection termination）。",
      ],
    },
    "no-healthy-upstream": {
      says: "Istio 网关返回的 Envoy 响应“no healthy upstream”：目标服务没有健康的端点。",
    },
    "upstream-request-timeout": {
      says: "Istio 网关返回的 Envoy 响应“upstream request timeout”（VirtualService 超时已到）。",
    },
    "no-route-404": {
      says: "Istio 网关返回的空 404：没有任何 Gateway/VirtualService 匹配该主机和路径（标志 NR）。",
    },
  },
});
