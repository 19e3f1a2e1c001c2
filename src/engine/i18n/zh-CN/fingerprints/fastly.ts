import { defineFingerprintTranslation } from '../../../knowledge/translation';

export default defineFingerprintTranslation({
  generator: "fastly",
  pages: {
    "synthetic-error": {
      says: "Fastly 的合成错误页（“Varnish cache server”页脚上方有“Details: cache-… <time> <id>”）：该错误由 Fastly 边缘节点自己生成。",
      refine: [
        "“first byte timeout”：源站接受了连接，但在 Fastly 的 first_byte_timeout（默认 15 秒）内没有返回响应。",
        "“backend read error”：读取源站响应时超时或中途失败。",
        "“Connection timed out”：Fastly 未能及时与源站建立连接。",
        "“Connection refused”：源站拒绝了 Fastly 的连接。",
        "“Backend is unhealthy”：Fastly 的健康检查将源站标记为宕机，因此没有转发请求。",
        "“All backends failed or unhealthy”：Fastly director 后面的所有源站都已失败或被标记为宕机。",
        "“No healthy backends”：Fastly director 后面的所有源站都被标记为宕机。",
        "“No healthy IP available for the backend”：源站的所有地址都未通过 Fastly 的健康检查，因此没有发送请求。",
        "“certificate verification failed”：Fastly 不接受源站的 TLS 证书。",
        "“Backend.max_conn reached”：Fastly 与源站的连接数已达上限。",
        "“Response object too large”：源站返回的对象超过了该 Fastly 服务配置的缓冲上限。",
      ],
    },
  },
});
