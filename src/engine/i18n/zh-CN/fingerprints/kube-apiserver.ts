import { defineFingerprintTranslation } from '../../translation';

export default defineFingerprintTranslation({
  generator: "kube-apiserver",
  pages: {
    "status-failure": {
      says: { en: "43063473", text: "Kubernetes API 服务器返回的 Status 对象（{\"kind\":\"Status\",\"status\":\"Failure\",…}）。" },
      refine: {
        "body-no-endpoints-available-for-service": { en: "31f3ed5e", text: "“no endpoints available for service”：这个 Service 后面没有就绪的 Pod（Pod 宕机、未就绪，或选择器没有匹配到任何 Pod）。" },
        "body-error-trying-to-reach-service--body-connection-refused": { en: "f234f5a2", text: "“error trying to reach service … connection refused”：服务代理后面的 Pod 拒绝了连接（该端口上没有进程在监听）。" },
        "body-error-trying-to-reach-service--body-timeout": { en: "175a51e7", text: "“error trying to reach service … i/o timeout”：API 服务器没能及时连上 Pod（网络策略、节点网络或覆盖网络有问题）。" },
        "body-error-trying-to-reach-service--body-timed-out": { en: "3051e15f", text: "“error trying to reach service … connection timed out”：API 服务器没能及时连上 Pod。" },
        "body-no-route-to-host": { en: "e0517706", text: "“no route to host”：从 API 服务器无法到达 Pod 的地址。" },
        "body-error-dialing-backend": { en: "529b427c", text: "“error dialing backend”：控制平面通往节点的隧道（Konnectivity）连不上后端。" },
        "body-the-server-is-currently-unable-to-handle-the-request": { en: "f3d2a75c", text: "“the server is currently unable to handle the request”：API 服务器后面的某个聚合 API（APIService，例如 metrics-server）不可用。" },
      },
    },
  },
});
