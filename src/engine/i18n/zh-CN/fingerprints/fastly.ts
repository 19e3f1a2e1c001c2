import { defineFingerprintTranslation } from '../../translation';

export default defineFingerprintTranslation({
  generator: "fastly",
  pages: {
    "unknown-domain": {
      says: { en: "93374fa3", text: "Fastly 的“Fastly error: unknown domain”回应：该主机名已指向 Fastly，但没有任何 Fastly 服务配置了它。" },
    },
    "header-only-first-byte-timeout": {
      says: { en: "85af4017", text: "没有正文的 503，状态行写着“first byte timeout”：源站没有在 first_byte_timeout（默认 15 秒）内返回响应时，Fastly 对 HEAD 请求的回应。" },
    },
    "synthetic-error": {
      says: { en: "42fc1d9e", text: "Fastly 的合成错误页（“Varnish cache server”页脚上方有“Details: cache-… <time> <id>”）：该错误由 Fastly 边缘节点自己生成。" },
      refine: {
        "body-first-byte-timeout": { en: "dfd01153", text: "“first byte timeout”：源站接受了连接，但在 Fastly 的 first_byte_timeout（默认 15 秒）内没有返回响应。" },
        "body-backend-read-error": { en: "0e968831", text: "“backend read error”：读取源站响应时超时或中途失败。" },
        "body-connection-timed-out": { en: "357fc830", text: "“Connection timed out”：Fastly 未能及时与源站建立连接。" },
        "body-connection-refused": { en: "72559199", text: "“Connection refused”：源站拒绝了 Fastly 的连接。" },
        "body-backend-is-unhealthy": { en: "a3c6f020", text: "“Backend is unhealthy”：Fastly 的健康检查将源站标记为宕机，因此没有转发请求。" },
        "body-all-backends-failed-or-unhealthy": { en: "036e629a", text: "“All backends failed or unhealthy”：Fastly director 后面的所有源站都已失败或被标记为宕机。" },
        "body-no-healthy-backends": { en: "447263bf", text: "“No healthy backends”：Fastly director 后面的所有源站都被标记为宕机。" },
        "body-no-healthy-ip-available-for-the-backend": { en: "8cd3e407", text: "“No healthy IP available for the backend”：源站的所有地址都未通过 Fastly 的健康检查，因此没有发送请求。" },
        "body-certificate-verification-failed": { en: "a90d3cb8", text: "“certificate verification failed”：Fastly 不接受源站的 TLS 证书。" },
        "body-backend-max_conn-reached": { en: "9e205a29", text: "“Backend.max_conn reached”：Fastly 与源站的连接数已达上限。" },
        "body-response-object-too-large": { en: "f531345d", text: "“Response object too large”：源站返回的对象超过了该 Fastly 服务配置的缓冲上限。" },
      },
    },
  },
});
