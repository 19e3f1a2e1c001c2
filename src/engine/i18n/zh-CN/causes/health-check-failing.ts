import { defineCauseTranslation } from '../../translation';

export default defineCauseTranslation({
  id: "health-check-failing",
  title: { en: "2567728a", text: "所有后端都未通过负载均衡的健康检查" },
  summary: { en: "f4cfb016", text: "负载均衡或代理认为它后面的每台服务器都不健康，因此无处转发请求。" },
  why: { en: "cf0e54dd", text: "负载均衡只把请求转发给通过健康检查的后端。当所有后端都未通过时——服务已停止、检查路径返回错误或重定向、检查端口配置错误，或防火墙拦截了健康检查的来源地址——就没有可以转发的对象，负载均衡只能自己返回 502 / 503（“no healthy upstream”、“No server is available to handle this request”）。即使关闭了健康检查，如果后端根本无法处理 HTTP 请求，结果也一样。" },
  because: {
    "no-healthy-upstream": { en: "1ff05baf", text: "代理表示没有健康的后端可以接收请求。" },
    "alibaba-slb-502-503": { en: "c669e44f", text: "阿里云 SLB 自己返回了 502/503：阿里云把健康检查失败列为直接原因。" },
    "tencent-clb-502-503": { en: "5214cea3", text: "腾讯云 CLB 自己返回了 502/503：未通过健康检查的后端不再接收流量。" },
    "huawei-elb-502-503": { en: "d63b7fa7", text: "华为云 ELB 自己返回了 502/503：未通过健康检查的后端不再接收流量。" },
    "azure-app-gateway-502": { en: "a1e938c6", text: "Azure Application Gateway 502：后端全部不健康或不响应探测，是微软列出的首要原因。" },
    "azure-front-door-503": { en: "355ce356", text: "Azure Front Door 503 可能表示源站组中的所有源站都未通过探测。" },
    "google-frontend-502-503": { en: "c38bf90c", text: "Google Cloud 负载均衡 502/503：没有健康的后端（failed_to_pick_backend）是常见原因。" },
    "haproxy-503": { en: "95449fbc", text: "HAProxy 503 “No server is available to handle this request”：该后端中的所有服务器都已宕机或处于维护状态。" },
    "envoy-503": { en: "1ffd2979", text: "Envoy 503：“no healthy upstream”表示集群中的所有主机都未通过健康检查或异常检测（outlier detection）。" },
    "fastly-503-no-healthy-backend": { en: "705aeebe", text: "Fastly 的 503 表明已没有健康的后端：每个源站都未通过健康检查。" },
    "apache-503-worker-in-error": { en: "383f19e0", text: "Apache 的 mod_proxy 返回了 503：连接失败后，它会在 retry 秒内（默认 60 秒）把该后端停用。" },
    "aws-alb-503": { en: "4d7e27e9", text: "ALB 503：没有能接收请求的目标（目标全部不健康时 ALB 会 fail open、照常转发，因此也要检查目标是否已注册）。" },
    "aws-alb-502": { en: "30e2b6ac", text: "ALB 502 常常是某个目标正在变为不健康。" },
    "reverse-proxies-502-503-no-healthy-upstream-refused": { en: "384bbc4d", text: "代理在这条路由上没有存活的上游服务器。" },
    "load-balancer-502-503": { en: "8522f4de", text: "负载均衡自己返回了 502/503。" },
    "tengine-502-503": { en: "d92e4ede", text: "这个 502/503 由 Tengine 写出，阿里云 SLB 的七层监听正是如此：阿里云把健康检查失败列为 SLB 返回 502 的直接原因。" },
    "not-every-backend": { en: "86844707", text: "与此同时另一个节点回答正常：并非所有后端都失败，后端池并不是空的。" },
    "not-fastly-first-byte-timeout": { en: "f98f8698", text: "Fastly 的 503 指出是在等待源站时超时：已经选中了一个后端，只是它响应太慢，并没有被标记为不健康。" },
    "not-blame-elsewhere": { en: "082a3b55", text: "出故障的环节是边缘节点或请求本身，而不是负载均衡的后端服务器池。" },
  },
  steps: {
    "alibaba-backend-health": {
      title: { en: "07482c64", text: "阿里云：查看后端服务器的健康状态" },
      detail: { en: "caf89885", text: "在 SLB 控制台中，监听的后端服务器会显示健康检查状态；对 CLB 实例，API 也能给出同样的信息。" },
    },
    "tencent-backend-health": {
      title: { en: "3792c1ab", text: "腾讯云：查看后端服务器的健康状态" },
      detail: { en: "6ecd6dfd", text: "当所有后端服务器都异常时，CLB 仍会把请求发给它们全部，所以在判断错误之前先看健康状态。" },
    },
    "huawei-backend-health": {
      title: { en: "b362dec8", text: "华为云：查看后端服务器组的健康状态" },
      detail: { en: "bbdedd31", text: "在 ELB 控制台中，负载均衡的后端服务器组会列出每台服务器的健康检查结果。" },
    },
    "aws-target-health": {
      title: { en: "8301ed19", text: "AWS：查看目标的运行状况及原因" },
      detail: { en: "d6450eb3", text: "每个目标都会显示一个状态和原因代码（Target.ResponseCodeMismatch、Target.Timeout、Target.FailedHealthChecks）。" },
    },
    "azure-backend-health": {
      title: { en: "9cc63e92", text: "Azure：查看应用程序网关的后端运行状况" },
      detail: { en: "b1e24425", text: "每个后端成员都会显示探测结果，不正常时还会给出原因。" },
    },
    "azure-front-door-origin-health": {
      title: { en: "1d1a3f2d", text: "Azure：查看 Front Door 的源站运行状况" },
      detail: { en: "1e1a3e0f", text: "当源站组中的每个源站都未通过运行状况探测时，配置文件的 OriginHealthPercentage 指标会降到 0；检查源站组中的探测路径和协议。" },
    },
    "google-backend-health": {
      title: { en: "0321317f", text: "Google Cloud：查看后端服务的健康状况" },
      detail: { en: "dfd14133", text: "每个实例或端点都会显示负载均衡健康检查的结果 HEALTHY 或 UNHEALTHY。" },
    },
    "haproxy-state": {
      title: { en: "68285de9", text: "HAProxy：查看服务器为何被判定为宕机" },
      detail: { en: "5bb75d05", text: "通过 stats 套接字可以看到每台服务器的状态和最近一次检查的结果。" },
    },
    "envoy-clusters": {
      title: { en: "84f437fe", text: "Envoy：查看主机的健康标记" },
      detail: { en: "a4b58b25", text: "在 Envoy 管理端口上，带有 /failed_active_hc 或 /failed_outlier_check 标记的主机会被排除在外。" },
    },
    "istio-proxy-clusters": {
      title: { en: "a2599881", text: "Istio：查看 sidecar 看到的端点" },
      detail: { en: "b8faeb41", text: "端点的代理状态会为目标服务的每个地址显示 HEALTHY 或 UNHEALTHY；异常检测会剔除失败的地址。" },
    },
    "f5-pool-members": {
      title: { en: "8778a547", text: "F5 BIG-IP：查看池成员的状态" },
      detail: { en: "225fc34f", text: "被监视器标记为 down 的成员不会被使用；全部成员都 down 时，池就不可用。" },
    },
    "fastly-healthchecks": {
      title: { en: "23f08f1f", text: "Fastly：检查后端的健康检查" },
      detail: { en: "8dddfb44", text: "健康检查的路径、主机和期望状态码必须与源站的实际响应一致；检查失败时，服务的后端会被标记为不健康。" },
    },
    "apache-proxy-errors": {
      title: { en: "465ea0db", text: "Apache：找出被 mod_proxy 停用的后端" },
      detail: { en: "c44fb989", text: "连接失败会被记录（AH00957、AH01114），该 worker 会在 retry 秒内被停用（AH00959）。除非配置了 mod_proxy_hcheck，mod_proxy 不会主动探测后端。" },
    },
    "nginx-upstream-errors": {
      title: { en: "e9818b39", text: "nginx：找出上游服务器被标记为不可用的原因" },
      detail: { en: "f9d65e91", text: "nginx 在 max_fails 次失败后，会在 fail_timeout 时间内把服务器标记为不可用，没有剩余可用服务器时记录“no live upstreams”。" },
    },
    "probe-like-the-checker": {
      title: { en: "1acc6737", text: "在后端服务器上请求健康检查 URL" },
      detail: { en: "b9d9656d", text: "使用与健康检查完全相同的端口、路径和 Host 头。它必须很快返回预期的状态码（通常为 2xx/3xx），且不能重定向到 HTTPS 或登录页。" },
    },
    "bypass-to-each-backend": {
      title: { en: "3d0fcaff", text: "直接向每台后端发送请求" },
      detail: { en: "9d8e29df", text: "把网站域名指向某一台后端服务器的地址（在测试机上修改 hosts 文件，或使用 curl --resolve），多运行几次，再对每台后端重复。其他后端正常而这台出错，说明它配置有误或不健康。" },
    },
    "alibaba-allow-checker-range": {
      title: { en: "e695db5b", text: "阿里云：放行健康检查地址段 100.64.0.0/10" },
      detail: { en: "230a1ebc", text: "SLB 从 100.64.0.0/10 进行健康检查和转发；后端上丢弃该地址段的防火墙或安全软件会让所有后端都被判为异常。" },
    },
    "huawei-allow-checker-range": {
      title: { en: "12c49bbe", text: "华为云：放行健康检查地址段 100.125.0.0/16" },
      detail: { en: "d92b7aa8", text: "共享型负载均衡从 100.125.0.0/16 进行健康检查和转发：在后端服务器的安全组中放行该地址段访问健康检查端口。" },
    },
    "google-allow-checker-ranges": {
      title: { en: "03e69b7a", text: "Google Cloud：放行健康检查程序的地址段" },
      detail: { en: "7c526484", text: "健康检查来自 35.191.0.0/16 和 130.211.0.0/22；VPC 防火墙规则必须在健康检查端口上放行它们。" },
    },
    "apache-retry": {
      title: { en: "cd43bf2d", text: "Apache：缩短 retry，或添加主动检查" },
      detail: { en: "f280a6db", text: "后端恢复后，在 retry 秒（默认 60 秒）过去之前，mod_proxy 仍会返回 503。在 ProxyPass 行上设置更短的 retry，或使用 mod_proxy_hcheck，可以让它更快恢复。" },
    },
    "allow-checker-addresses": {
      title: { en: "7e6d5569", text: "让后端通过健康检查" },
      detail: { en: "a4a972d9", text: "按检查报告的问题修复：启动服务，把检查指向一个不经跳转或登录即可返回 200 的路径，并在后端防火墙中放行检查程序的地址。" },
    },
    "retry-later": {
      title: { en: "523d322f", text: "稍后重试" },
      detail: { en: "b0737de6", text: "该网站的服务器目前全部无法提供服务。请稍后重试；如果问题持续，请把技术支持摘要发给网站管理员。" },
    },
  },
});
