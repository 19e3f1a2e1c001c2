import { defineFingerprintTranslation } from '../../../knowledge/translation';

export default defineFingerprintTranslation({
  generator: "huawei-elb",
  pages: {
    "router-code": {
      says: "华为云 ELB 自己响应了该请求，并在 x-router-code 响应头中说明了原因。",
      refine: [
        "x-router-code 50000：所有后端服务器都不可用（健康检查失败或已停机）。",
        "x-router-code 40000：请求没有匹配任何转发策略，且默认后端服务器组中没有服务器。",
        "x-router-code 40001：所匹配转发策略的后端服务器组中没有服务器。",
        "x-router-code 50001：负载均衡器的配置仍在加载中，请稍后重试。",
      ],
    },
  },
});
