import { defineCauseTranslation } from '../../../knowledge/translation';

export default defineCauseTranslation({
  id: "no-backends-registered",
  title: "负载均衡上没有注册任何后端服务器",
  why: "与健康检查失败不同，这里的服务器池干脆是空的：目标组中没有注册任何目标（ALB 返回 503）、Application Gateway 后端池没有成员（502）、应用的 web dyno 被缩容到零（Heroku H14，503）、弹性伸缩组的实例数为零、Kubernetes Service 的选择器匹配不到任何就绪的 Pod。所有请求都会立即失败，返回负载均衡自己的错误页。",
  because: [
    "ALB 503：负载均衡的目标组中没有已注册的目标。",
    "Application Gateway 502：后端池为空是微软列出的首要原因。",
    "Heroku 很快返回 503 可能是 H14：没有运行中的 web dyno。",
    "集群没有任何端点时，Envoy 也会返回“no healthy upstream”。",
    "HAProxy 503 “No server is available”：该后端可能没有启用任何服务器。",
    "代理没有可以转发请求的后端。",
    "没有后端（或 NEG 为空）的 Google Cloud 后端服务无法提供服务。",
    "出故障的环节不是负载均衡的服务器池。",
  ],
  steps: {
    "aws-targets": {
      title: "AWS：列出已注册的目标",
      detail: "列表为空说明没有注册任何目标；检查 Auto Scaling 组的期望容量，以及本应注册目标的 ECS 服务 / Kubernetes Ingress。",
    },
    "k8s-endpoints": {
      title: "Kubernetes：检查 Service 是否有就绪的端点",
      detail: "没有地址说明选择器匹配不到任何就绪的 Pod。",
    },
    "heroku-scale": {
      title: "Heroku：确认 web dyno 正在运行",
      detail: "H14 表示 web 进程类型被缩容到了零。",
    },
    "azure-pool": {
      title: "Azure：检查后端池是否为空",
      detail: "每条规则的后端池都至少需要一个预配状态为 Succeeded 的成员。",
    },
    "retry-later": {
      title: "稍后重试",
      detail: "该网站目前没有任何服务器在提供服务。请把技术支持摘要发给网站管理员。",
    },
  },
});
