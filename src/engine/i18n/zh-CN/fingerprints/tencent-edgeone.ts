import { defineFingerprintTranslation } from '../../translation';

export default defineFingerprintTranslation({
  generator: "tencent-edgeone",
  pages: {
    "origin-failure-status": {
      says: { en: "234df88c", text: "EdgeOne 返回了其保留的回源失败状态码之一（52x/55x），并带有 EO-LOG-UUID。" },
    },
    "security-block-status": {
      says: { en: "28e0c5ec", text: "EdgeOne 的安全防护拦截了该请求（566：托管规则；567：自定义规则、速率限制或 Bot 规则）。" },
    },
    "waf-block-page": {
      says: { en: "bb42d95f", text: "EdgeOne 的 WAF 拦截页（引用 waf-intl.qq.com，带有 EO-LOG-UUID）。" },
    },
    "host-not-configured": {
      says: { en: "213ef894", text: "EdgeOne 返回 418：节点上没有该主机的配置（CNAME 已指向 EdgeOne，但该域名没有在 EdgeOne 中接入）。" },
    },
    "request-loop": {
      says: { en: "acbfb036", text: "EdgeOne 检测到请求环路（CDN-Loop 计数达到 16）：源站又指回了 EdgeOne。" },
    },
    "legacy-cdn-cc-block": {
      says: { en: "be26c956", text: "腾讯云 CDN 将该请求判定为 CC 攻击并拦截（509）。" },
    },
    "legacy-cdn-ip-rate-limit": {
      says: { en: "f29c9110", text: "腾讯云 CDN 对该 IP 的访问频率进行了限制（514）。" },
    },
  },
});
