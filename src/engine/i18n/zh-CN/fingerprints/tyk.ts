import { defineFingerprintTranslation } from '../../translation';

export default defineFingerprintTranslation({
  generator: "tyk",
  pages: {
    "proxy-error": {
      says: { en: "89aec61c", text: "Tyk 的“There was a problem proxying the request”：到上游服务的请求往返失败。" },
    },
    "upstream-dns": {
      says: { en: "89f97bc6", text: "Tyk 的“Upstream host lookup failed”：上游主机名无法解析。" },
    },
    "upstream-timeout": {
      says: { en: "9658ebd1", text: "Tyk 的“Upstream service reached hard timeout.”：上游没有在时限内应答。" },
    },
    "circuit-open": {
      says: { en: "cea9879a", text: "Tyk 的“Service temporarily unavailable.”：上游多次失败后熔断器处于打开状态。" },
    },
    "auth-missing": {
      says: { en: "f5c065ce", text: "Tyk 的“Authorization field missing”：请求没有携带 API 密钥或令牌。" },
    },
    "key-not-authorised": {
      says: { en: "c23cb67f", text: "Tyk 的“Key not authorised”：API 密钥或令牌未被接受。" },
    },
    "access-disallowed": {
      says: { en: "8490734d", text: "Tyk 的“Access to this API has been disallowed”：该密钥没有访问此 API 的权限。" },
    },
    "rate-limited": {
      says: { en: "de6939af", text: "Tyk 的“API Rate Limit Exceeded”（超出 API 速率限制）。" },
    },
    "quota-exceeded": {
      says: { en: "83868a1f", text: "Tyk 的“Quota exceeded”：该密钥的请求配额已用完。" },
    },
  },
});
