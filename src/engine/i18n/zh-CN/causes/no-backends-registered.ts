import { defineCauseTranslation } from '../../translation';

export default defineCauseTranslation({
  id: "no-backends-registered",
  title: { en: "2a453ff7", text: "负载均衡上没有注册任何后端服务器" },
  summary: { en: "2f10d712", text: "负载均衡的服务器列表是空的，因此没有可以转发请求的对象。" },
  why: { en: "8470bc56", text: "与健康检查失败不同，这里的服务器池干脆是空的：目标组中没有注册任何目标（ALB 返回 503）、Application Gateway 后端池没有成员（502）、应用的 web dyno 被缩容到零（Heroku H14，503）、弹性伸缩组的实例数为零、Kubernetes Service 的选择器匹配不到任何就绪的 Pod。所有请求都会立即失败，返回负载均衡自己的错误页。" },
  because: {
    "aws-alb-503": { en: "7b9db4c5", text: "ALB 503：负载均衡的目标组中没有已注册的目标。" },
    "azure-app-gateway-502": { en: "eaf0eb0b", text: "Application Gateway 502：后端池为空是微软列出的首要原因。" },
    "heroku-503-within-27s": { en: "7422a668", text: "Heroku 很快返回 503 可能是 H14：没有运行中的 web dyno。" },
    "envoy-503-no-healthy-upstream": { en: "5c8b7594", text: "集群没有任何端点时，Envoy 也会返回“no healthy upstream”。" },
    "haproxy-503": { en: "806dec31", text: "HAProxy 503 “No server is available”：该后端可能没有启用任何服务器。" },
    "no-healthy-upstream": { en: "59684072", text: "代理没有可以转发请求的后端。" },
    "google-frontend-502-503": { en: "224e8677", text: "没有后端（或 NEG 为空）的 Google Cloud 后端服务无法提供服务。" },
    "not-blame-elsewhere": { en: "e4529c50", text: "出故障的环节是边缘节点、请求或源站本身，而不是负载均衡的服务器池。" },
  },
  steps: {
    "aws-targets": {
      title: { en: "e3265da7", text: "AWS：列出已注册的目标" },
      detail: { en: "713c0400", text: "列表为空说明没有注册任何目标；检查 Auto Scaling 组的期望容量，以及应当注册目标的 ECS 服务或 Kubernetes Ingress。" },
    },
    "azure-pool": {
      title: { en: "6a2015d7", text: "Azure：检查后端池是否为空" },
      detail: { en: "272539b6", text: "每条规则的后端池都至少需要一个预配状态为 Succeeded 的成员。" },
    },
    "google-backends": {
      title: { en: "8d61c0d8", text: "Google Cloud：列出后端服务的后端" },
      detail: { en: "cd788dcd", text: "没有后端，或网络端点组中没有端点，负载均衡就无处转发。" },
    },
    "haproxy-servers": {
      title: { en: "1e0eeddf", text: "HAProxy：列出 backend 中的服务器" },
      detail: { en: "2db5c2a2", text: "没有 server 行，或所有服务器都处于维护状态的 backend，无处转发请求。" },
    },
    "k8s-endpoints": {
      title: { en: "b77c729f", text: "Kubernetes：检查 Service 是否有就绪的端点" },
      detail: { en: "971d7b31", text: "没有地址说明选择器匹配不到任何就绪的 Pod。" },
    },
    "list-pool-members": {
      title: { en: "eac4204a", text: "查看负载均衡的后端列表" },
      detail: { en: "5a1788db", text: "在负载均衡的控制台或配置中，该网站对应的服务器池、目标组或 upstream 中必须至少有一台已启用的服务器。" },
    },
    "heroku-scale": {
      title: { en: "e11c3890", text: "Heroku：确认 web dyno 正在运行" },
      detail: { en: "7c60d537", text: "H14 表示 web 进程类型被缩容到了零。" },
    },
    "register-backends": {
      title: { en: "bf3ef577", text: "重新注册服务器" },
      detail: { en: "6657fc15", text: "把服务器重新加入服务器池，或修复负责注册的组件（容量为零的弹性伸缩组、没有就绪实例的部署、匹配不到任何对象的选择器）。" },
    },
    "retry-later": {
      title: { en: "523d322f", text: "稍后重试" },
      detail: { en: "cf8cc51a", text: "该网站目前没有可用的服务器。请稍后重试；如果一直这样，请把技术支持摘要发给网站管理员。" },
    },
  },
});
