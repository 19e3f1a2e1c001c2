import { defineFingerprintTranslation } from '../../translation';

export default defineFingerprintTranslation({
  generator: "cloud-foundry",
  pages: {
    "unknown-route": {
      says: { en: "ad39131c", text: "gorouter 的“404 Not Found: Requested route ('…') does not exist.”：没有任何 Cloud Foundry 应用映射到该主机和路径。" },
    },
    "no-available-endpoints": {
      says: { en: "b37534b8", text: "gorouter 的“Requested route ('…') has no available endpoints.”：路由存在，但其后没有注册任何应用实例（已停止、已崩溃或尚未启动）。" },
    },
    "endpoint-failure": {
      says: { en: "f70fd155", text: "gorouter 的“502 Bad Gateway: Registered endpoint failed to handle the request.”：应用实例拒绝、重置了被转发的请求，或没有应答。" },
      refine: {
        "header-x-cf-routererror-has-connection-refused": { en: "52269e16", text: "X-Cf-Routererror 指明了原因：实例拒绝了连接。" },
        "header-x-cf-routererror-has-timeout": { en: "f845151a", text: "X-Cf-Routererror 指明了原因：实例超时。" },
        "header-x-cf-routererror-has-reset-by-peer": { en: "ed8f1635", text: "X-Cf-Routererror 指明了原因：实例重置了连接。" },
      },
    },
    "router-error-header": {
      says: { en: "904165d5", text: "Cloud Foundry 的 gorouter 自行作出了应答（带有 X-Cf-Routererror 头）。" },
      refine: {
        "header-x-cf-routererror-is-unknown_route": { en: "95515fce", text: "X-Cf-Routererror: unknown_route——没有应用映射到该路由。" },
        "header-x-cf-routererror-is-no_endpoints": { en: "efde7a9d", text: "X-Cf-Routererror: no_endpoints——该路由没有注册任何应用实例。" },
        "header-x-cf-routererror-is-connection-limit-reached": { en: "be9552d2", text: "X-Cf-Routererror: Connection Limit Reached——所有实例都已达到连接数上限。" },
        "header-x-cf-routererror-has-connection-refused": { en: "2a82c488", text: "X-Cf-Routererror: endpoint_failure——实例拒绝了连接。" },
        "header-x-cf-routererror-has-timeout": { en: "a3245f4c", text: "X-Cf-Routererror: endpoint_failure——实例超时。" },
        "header-x-cf-routererror-is-empty_host": { en: "59827668", text: "X-Cf-Routererror: empty_host——请求没有 Host 头。" },
        "header-x-cf-routererror-is-max-request-size-exceeded": { en: "1e647c24", text: "X-Cf-Routererror: max-request-size-exceeded——请求头过大。" },
        "header-x-cf-routererror-has-route_service": { en: "38bcc291", text: "X-Cf-Routererror 指出是 route service 的问题（签名无效或不支持该 route service）。" },
        "header-x-cf-routererror-is-unknown_failure": { en: "1fe0afa9", text: "X-Cf-Routererror: unknown_failure——gorouter 自身在处理请求时出错。" },
      },
    },
  },
});
