import { defineFingerprintTranslation } from '../../translation';

export default defineFingerprintTranslation({
  generator: "azure-front-door",
  pages: {
    "services-unavailable": {
      says: { en: "e79d3ca0", text: "Azure Front Door 的“Our services aren't available right now”页面：Front Door 无法从源站获取内容来响应该请求，或该主机没有可用的路由。" },
    },
    "waf-block": {
      says: { en: "88cf8182", text: "Azure Front Door WAF 的默认响应“The request is blocked.”，附跟踪参考号：某条 WAF 策略规则拦截了该请求。" },
    },
  },
});
