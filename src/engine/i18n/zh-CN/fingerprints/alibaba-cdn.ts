import { defineFingerprintTranslation } from '../../translation';

export default defineFingerprintTranslation({
  generator: "alibaba-cdn",
  pages: {
    "origin-fetch-failed": {
      says: { en: "69ddfbd0", text: "阿里云 CDN 自己作出了响应：X-Swift-Error 表明它回源请求失败（“forward ...”）。" },
      refine: {
        "header-x-swift-error-has-timeout": { en: "714bc737", text: "X-Swift-Error 为“forward retry timeout”：CDN 多次重试回源均超时（源站宕机、CDN 回源 IP 被拦截、HTTPS/SNI 不匹配，或动态页面响应过慢）。" },
      },
    },
    "edge-access-denied": {
      says: { en: "a0af238a", text: "阿里云 CDN 按自身的访问控制拒绝了该请求（X-Tengine-Error: denied by ...）。" },
      refine: {
        "header-x-tengine-error-has-req-auth": { en: "15dacc09", text: "URL 鉴权失败（缺少 auth_key、时间戳已过期或 md5 哈希值错误）。" },
      },
    },
    "domain-not-accelerated": {
      says: { en: "a1f8959c", text: "阿里云 CDN 不认识这个主机名（X-Tengine-Bf-Error: non-existent domain）：该域名已 CNAME 到 CDN，但从未添加为加速域名。" },
    },
  },
});
