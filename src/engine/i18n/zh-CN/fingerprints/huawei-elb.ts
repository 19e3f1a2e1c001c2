import { defineFingerprintTranslation } from '../../translation';

export default defineFingerprintTranslation({
  generator: "huawei-elb",
  pages: {
    "router-code": {
      says: { en: "6bce017e", text: "华为云 ELB 自己响应了该请求，并在 x-router-code 响应头中说明了原因。" },
      refine: {
        "header-x-router-code-is-50000": { en: "ec4a8d35", text: "x-router-code 50000：所有后端服务器都不可用（健康检查失败或已停机）。" },
        "header-x-router-code-is-40000": { en: "ad806de7", text: "x-router-code 40000：请求没有匹配任何转发策略，且默认后端服务器组中没有服务器。" },
        "header-x-router-code-is-40001": { en: "24e0f61f", text: "x-router-code 40001：所匹配转发策略的后端服务器组中没有服务器。" },
        "header-x-router-code-is-50001": { en: "a44c1bc1", text: "x-router-code 50001：负载均衡器的配置仍在加载中，请稍后重试。" },
      },
    },
  },
});
