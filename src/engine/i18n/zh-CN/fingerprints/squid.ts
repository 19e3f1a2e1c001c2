import { defineFingerprintTranslation } from '../../../knowledge/translation';

export default defineFingerprintTranslation({
  generator: "squid",
  pages: {
    "error-template": {
      says: "Squid 的错误模板：“ERROR: The requested URL could not be retrieved”。",
      refine: [
        "X-Squid-Error 为 ERR_CONNECT_FAIL 111（ECONNREFUSED）：远端主机拒绝了连接。",
        "X-Squid-Error 为 ERR_CONNECT_FAIL 110（ETIMEDOUT）：远端主机没有响应连接请求。",
        "X-Squid-Error 为 ERR_CONNECT_FAIL 113（EHOSTUNREACH）：没有到远端主机的路由。",
        "X-Squid-Error 为 ERR_DNS_FAIL：Squid 无法解析该主机名。",
        "X-Squid-Error 为 ERR_READ_TIMEOUT：远端服务器接受了连接，但没有及时发送任何数据。",
      ],
    },
    "x-squid-error-header": {
      says: "响应带有 Squid 的 X-Squid-Error 头：由 Squid 生成。",
      refine: [
        "X-Squid-Error 为 ERR_INVALID_URL / ERR_INVALID_REQ：Squid 无法解析收到的请求。",
        "ERR_CONNECT_FAIL 111（ECONNREFUSED）：远端主机拒绝了连接。",
        "ERR_CONNECT_FAIL：Squid 无法连接远端主机。",
        "ERR_DNS_FAIL：Squid 无法解析该主机名。",
        "ERR_READ_TIMEOUT：远端服务器没有及时发送任何数据。",
        "ERR_ACCESS_DENIED：Squid 的某条访问规则拒绝了该请求。",
      ],
    },
  },
});
