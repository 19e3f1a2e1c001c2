import { defineCauseTranslation } from '../../translation';

export default defineCauseTranslation({
  id: "no-backends-registered",
  title: { en: "2a453ff7", text: "负载均衡上没有注册任何后端服务器" },
  why: { en: "8470bc56", text: "与健康检查失败不同，这里的服务器池干脆是空的：目标组中没有注册任何目标（ALB 返回 503）、Application Gateway 后端池没有成员（502）、应用的 web dyno 被缩容到零（Heroku H14，503）、弹性伸缩组的实例数为零、Kubernetes Service 的选择器匹配不到任何就绪的 Pod。所有请求都会立即失败，返回负载均衡自己的错误页。" },
  because: {
    "aws-alb-503": { en: "7b9db4c5", text: "ALB 503：负载均衡的目标组中没有已注册的目标。" },
    "azure-app-gateway-502": { en: "eaf0eb0b", text: "Application Gateway 502：后端池为空是微软列出的首要原因。" },
    "heroku-503-within-27s": { en: "7422a668", text: "Heroku 很快返回 503 可能是 H14：没有运行中的 web dyno。" },
    "envoy-503-no-healthy-upstream": { en: "5c8b7594", text: "集群没有任何端点时，Envoy 也会返回“no healthy upstream”。" },
    "haproxy-503": { en: "806dec31", text: "HAProxy 503 “No server is available”：该后端可能没有启用任何服务器。" },
    "no-healthy-upstream": { en: "59684072", text: "代理没有可以转发请求的后端。" },
    "google-frontend-502-503": { en: "224e8677", text: "没有后端（或 NEG 为空）的 Google Cloud 后端服务无法提供服务。" },
    "not-blame-elsewhere": { en: "a7aee717", text: "出故障的环节不是负载均衡的服务器池。" },
  },
  steps: {
    "aws-targets": {
      title: { en: "e3265da7", text: "AWS：列出已注册的目标" },
      detail: { en: "dd80bf4e", text: "列表为空说明没有注册任何目标；检查 Auto Scaling 组的期望容量，以及本应注册目标的 ECS 服务 / Kubernetes Ingress。" },
    },
    "k8s-endpoints": {
      title: { en: "b77c729f", text: "Kubernetes：检查 Service 是否有就绪的端点" },
      detail: { en: "971d7b31", text: "没有地址说明选择器匹配不到任何就绪的 Pod。" },
    },
    "heroku-scale": {
      title: { en: "e11c3890", text: "Heroku：确认 web dyno 正在运行" },
      detail: { en: "7c60d537", text: "H14 表示 web 进程类型被缩容到了零。" },
    },
    "azure-pool": {
      title: { en: "6a2015d7", text: "Azure：检查后端池是否为空" },
      detail: { en: "272539b6", text: "每条规则的后端池都至少需要一个预配状态为 Succeeded 的成员。" },
    },
    "retry-later": {
      title: { en: "523d322f", text: "稍后重试" },
      detail: { en: "469c7908", text: "该网站目前没有任何服务器在提供服务。请把技术支持摘要发给网站管理员。" },
    },
  },
});
