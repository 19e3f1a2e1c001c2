import { defineCauseTranslation } from '../../translation';

export default defineCauseTranslation({
  id: "health-check-failing",
  title: { en: "2567728a", text: "所有后端都未通过负载均衡的健康检查" },
  why: { en: "cf0e54dd", text: "负载均衡只把请求转发给通过健康检查的后端。当所有后端都未通过时——服务已停止、检查路径返回错误或重定向、检查端口配置错误，或防火墙拦截了健康检查的来源地址——就没有可以转发的对象，负载均衡只能自己返回 502 / 503（“no healthy upstream”、“No server is available to handle this request”）。即使关闭了健康检查，如果后端根本无法处理 HTTP 请求，结果也一样。" },
  because: {
    "no-healthy-upstream": { en: "1ff05baf", text: "代理表示没有健康的后端可以接收请求。" },
    "load-balancers-502-503": { en: "67e0e262", text: "云负载均衡自己返回了 502/503：阿里云将健康检查失败列为直接原因。" },
    "azure-app-gateway-502": { en: "a1e938c6", text: "Azure Application Gateway 502：后端全部不健康或不响应探测，是微软列出的首要原因。" },
    "azure-front-door-503": { en: "355ce356", text: "Azure Front Door 503 可能表示源站组中的所有源站都未通过探测。" },
    "google-frontend-502-503": { en: "c38bf90c", text: "Google Cloud 负载均衡 502/503：没有健康的后端（failed_to_pick_backend）是常见原因。" },
    "haproxy-503": { en: "95449fbc", text: "HAProxy 503 “No server is available to handle this request”：该后端中的所有服务器都已宕机或处于维护状态。" },
    "envoy-503": { en: "1ffd2979", text: "Envoy 503：“no healthy upstream”表示集群中的所有主机都未通过健康检查或异常检测（outlier detection）。" },
    "fastly-503": { en: "b17d997a", text: "Fastly 503：所有源站都未通过健康检查时，会出现“All backends failed or unhealthy”。" },
    "aws-alb-503": { en: "4d7e27e9", text: "ALB 503：没有能接收请求的目标（目标全部不健康时 ALB 会 fail open、照常转发，因此也要检查目标是否已注册）。" },
    "aws-alb-502": { en: "30e2b6ac", text: "ALB 502 常常是某个目标正在变为不健康。" },
    "reverse-proxies-502-503-no-healthy-upstream-refused": { en: "384bbc4d", text: "代理在这条路由上没有存活的上游服务器。" },
    "load-balancer-502-503": { en: "8522f4de", text: "负载均衡自己返回了 502/503。" },
    "tengine-502-503": { en: "d92e4ede", text: "这个 502/503 由 Tengine 写出，阿里云 SLB 的七层监听正是如此：阿里云把健康检查失败列为 SLB 返回 502 的直接原因。" },
    "not-blame-elsewhere": { en: "971a775f", text: "出故障的环节不是负载均衡的后端服务器池。" },
  },
  steps: {
    "show-backend-health": {
      title: { en: "9a0763ff", text: "在负载均衡中查看后端健康状态" },
      detail: { en: "4e218bb0", text: "阿里云 / 腾讯云 / 华为云：在控制台查看监听下后端服务器的健康检查状态。AWS：aws elbv2 describe-target-health。Azure：az network application-gateway show-backend-health。GCP：gcloud compute backend-services get-health。" },
    },
    "probe-like-the-checker": {
      title: { en: "1acc6737", text: "在后端服务器上请求健康检查 URL" },
      detail: { en: "b9d9656d", text: "使用与健康检查完全相同的端口、路径和 Host 头。它必须很快返回预期的状态码（通常为 2xx/3xx），且不能重定向到 HTTPS 或登录页。" },
    },
    "allow-checker-ranges": {
      title: { en: "47db2274", text: "放行健康检查的来源地址" },
      detail: { en: "f044a735", text: "阿里云 SLB 的健康检查来自 100.64.0.0/10；Google Cloud 来自 35.191.0.0/16 和 130.211.0.0/22；AWS 和 Azure 来自负载均衡自身所在的子网。防火墙一旦丢弃这些请求，所有后端都会被判定为异常。" },
    },
    "bypass-to-each-backend": {
      title: { en: "3d0fcaff", text: "绕过负载均衡，逐台直接请求后端" },
      detail: { en: "d93667fa", text: "在测试机上把网站域名指向某一台后端服务器的地址（修改 hosts 文件，或使用 curl --resolve），对每台后端重复一次。如果经过负载均衡时错误时有时无，而直连某台后端一直正常，说明其他后端配置有误或不健康。" },
    },
    "haproxy-state": {
      title: { en: "68285de9", text: "HAProxy：查看服务器为何被判定为宕机" },
      detail: { en: "5bb75d05", text: "通过 stats 套接字可以看到每台服务器的状态和最近一次检查的结果。" },
    },
    "envoy-clusters": {
      title: { en: "84f437fe", text: "Envoy：查看主机的健康标记" },
      detail: { en: "a4b58b25", text: "在 Envoy 管理端口上，带有 /failed_active_hc 或 /failed_outlier_check 标记的主机会被排除在外。" },
    },
    "retry-later": {
      title: { en: "523d322f", text: "稍后重试" },
      detail: { en: "b0737de6", text: "该网站的服务器目前全部无法提供服务。请稍后重试；如果问题持续，请把技术支持摘要发给网站管理员。" },
    },
  },
});
