import { defineFingerprintTranslation } from '../../translation';

export default defineFingerprintTranslation({
  generator: "squid",
  pages: {
    "error-template": {
      says: { en: "18dfe022", text: "Squid 的错误模板：“ERROR: The requested URL could not be retrieved”。" },
      refine: {
        "header-x-squid-error-is-err_connect_fail-111": { en: "907d16af", text: "X-Squid-Error 为 ERR_CONNECT_FAIL 111（ECONNREFUSED）：远端主机拒绝了连接。" },
        "header-x-squid-error-is-err_connect_fail-110": { en: "240a2c60", text: "X-Squid-Error 为 ERR_CONNECT_FAIL 110（ETIMEDOUT）：远端主机没有响应连接请求。" },
        "header-x-squid-error-is-err_connect_fail-113": { en: "3855d0b9", text: "X-Squid-Error 为 ERR_CONNECT_FAIL 113（EHOSTUNREACH）：没有到远端主机的路由。" },
        "header-x-squid-error-starts-err_dns_fail": { en: "ad9b6ff7", text: "X-Squid-Error 为 ERR_DNS_FAIL：Squid 无法解析该主机名。" },
        "header-x-squid-error-starts-err_read_timeout": { en: "e2a2383f", text: "X-Squid-Error 为 ERR_READ_TIMEOUT：远端服务器接受了连接，但没有及时发送任何数据。" },
      },
    },
    "x-squid-error-header": {
      says: { en: "a6a672db", text: "响应带有 Squid 的 X-Squid-Error 头：由 Squid 生成。" },
      refine: {
        "header-x-squid-error-starts-err_invalid_": { en: "80f619ea", text: "X-Squid-Error 为 ERR_INVALID_URL / ERR_INVALID_REQ：Squid 无法解析收到的请求。" },
        "header-x-squid-error-is-err_connect_fail-111": { en: "65ac6ead", text: "ERR_CONNECT_FAIL 111（ECONNREFUSED）：远端主机拒绝了连接。" },
        "header-x-squid-error-starts-err_connect_fail": { en: "69c2de6c", text: "ERR_CONNECT_FAIL：Squid 无法连接远端主机。" },
        "header-x-squid-error-starts-err_dns_fail": { en: "2dddbc3d", text: "ERR_DNS_FAIL：Squid 无法解析该主机名。" },
        "header-x-squid-error-starts-err_read_timeout": { en: "80ed68dc", text: "ERR_READ_TIMEOUT：远端服务器没有及时发送任何数据。" },
        "header-x-squid-error-starts-err_access_denied": { en: "6eda0982", text: "ERR_ACCESS_DENIED：Squid 的某条访问规则拒绝了该请求。" },
      },
    },
  },
});
