import { defineCauseTranslation } from '../../translation';

export default defineCauseTranslation({
  id: "security-group-drops-lb-port",
  title: { en: "7f9e0a8d", text: "后端的安全组没有放行负载均衡访问后端端口" },
  summary: { en: "e1565455", text: "服务器前的云防火墙丢弃了负载均衡到服务端口的连接。" },
  why: { en: "45532f43", text: "云负载均衡通过云网络访问后端，每个数据包仍要经过后端的安全组（或网络安全组，或节点自身的防火墙）。如果没有入站规则在后端提供服务的端口（Kubernetes 中为 NodePort）上放行负载均衡的地址——对于透传访客地址的负载均衡，则是客户端地址——它的连接请求就会被静默丢弃。健康检查也会失败，但腾讯云 CLB 和 AWS ALB 在所有后端都不健康时仍会向每个后端转发，于是访客一直等待，直到负载均衡放弃并返回它自己的 504（或 502）。这种情况通常出现在以其他安全组加入新节点或新服务器之后。" },
  because: {
    "tencent-clb-504": { en: "da967ce9", text: "腾讯云 CLB 自己返回了 504：当所有后端都未通过健康检查时，它仍会把请求发给这些后端，被安全组丢弃的连接最终超时。" },
    "tencent-clb-502": { en: "b91a9200", text: "腾讯云 CLB 自己返回了 502；它的健康检查排查指南首先检查后端安全组。" },
    "aws-alb-504-after-9s-to-12s": { en: "ba547452", text: "ALB 在大约 10 秒后放弃，这是它与目标建立连接的超时时间：目标始终没有响应连接。" },
    "cloud-load-balancers-502-504": { en: "990cdd99", text: "云负载均衡自己返回了 502/504：它没有从后端得到响应。" },
    "load-balancer-timeout-unreachable": { en: "c423705c", text: "负载均衡等待后端却什么也没收到，防火墙丢弃它的数据包时就是这样。" },
    "every-try-at-connect-timer": { en: "2da6416e", text: "每次查看都在负载均衡放弃与后端建立连接的时间点失败：数据包得不到任何回应，就像安全组丢弃了该端口的流量。" },
    "not-backend-answered": { en: "04aa5518", text: "后端响应了负载均衡的连接（拒绝了连接，或已进行到 TLS），而安全组丢弃数据包时不会有任何响应。" },
    "not-blame-elsewhere": { en: "9bda6258", text: "出故障的环节不是负载均衡到后端的链路。" },
  },
  steps: {
    "tencent-check-security-groups": {
      title: { en: "2c018e4d", text: "腾讯云：对照后端健康状态和安全组规则" },
      detail: { en: "6a3d414b", text: "在 CLB 控制台查看监听器下后端服务器的健康状态；全部异常说明问题在网络。然后列出绑定到 CVM 或 TKE 节点的安全组的入站规则：服务端口（或 NodePort，30000-32767）必须对 CLB 开放；如果没有开启“后端服务器放通 CLB 流量”，则必须对客户端开放。" },
    },
    "tencent-bypass-backend-security-group": {
      title: { en: "5d86e34d", text: "腾讯云：开启“后端服务器放通 CLB 流量”，或开放端口" },
      detail: { en: "584c0e20", text: "在 CLB 实例的安全组设置中开启“后端服务器放通 CLB 流量”后，CLB 的流量无需 CVM 规则即可到达同一 VPC 内的后端。否则，在 CVM / 节点安全组中为客户端地址和服务端口（TKE 为 NodePort）添加入站规则。" },
    },
    "aws-target-health": {
      title: { en: "9cdc6b71", text: "AWS：查看目标失败的原因" },
      detail: { en: "3ebe3973", text: "应用在运行，而每个目标都显示 Target.Timeout 或 Target.FailedHealthChecks，说明目标的安全组或网络 ACL 丢弃了负载均衡的流量。" },
    },
    "aws-allow-load-balancer-group": {
      title: { en: "656da517", text: "AWS：在目标端口上放行负载均衡器的安全组" },
      detail: { en: "b3230720", text: "在目标的安全组中添加入站规则，以负载均衡器的安全组为来源，覆盖流量端口和健康检查端口；并确认子网的网络 ACL 放行同一端口及回程流量。" },
    },
    "alibaba-allow-slb-range": {
      title: { en: "46f7812c", text: "阿里云：在 ECS 安全组中放行 100.64.0.0/10" },
      detail: { en: "0bda8b5d", text: "SLB 从 100.64.0.0/10 转发请求并进行健康检查。后端 ECS 实例的安全组需要一条放行该网段访问后端端口的入站规则（ECS 控制台 > 安全组 > 入方向规则，或使用 AuthorizeSecurityGroup 接口）。" },
    },
    "huawei-allow-elb-range": {
      title: { en: "acc51e62", text: "华为云：在后端安全组中放行 ELB 地址段" },
      detail: { en: "2d7aeb4f", text: "共享型负载均衡从 100.125.0.0/16 访问后端：在后端服务器的安全组以及其子网的网络 ACL 中，为该地址段添加访问后端端口（以及健康检查端口）的入站规则。" },
    },
    "azure-backend-health": {
      title: { en: "9cc63e92", text: "Azure：查看应用程序网关的后端运行状况" },
      detail: { en: "9fe0b7d7", text: "后端被标记为不正常，且提示无法建立连接，说明问题在后端子网的网络安全组或路由。" },
    },
    "azure-allow-gateway-subnet": {
      title: { en: "d86067a5", text: "Azure：在后端的 NSG 中放行网关子网" },
      detail: { en: "cb1afce2", text: "后端（或其子网）上的网络安全组必须放行应用程序网关子网访问后端端口。" },
    },
    "kubernetes-node-port": {
      title: { en: "27cff6e1", text: "Kubernetes：找到负载均衡指向的 NodePort" },
      detail: { en: "012acd73", text: "负载均衡把流量发往每个节点上的这个端口；节点的安全组必须放行它，包括之后以其他安全组加入的节点。" },
    },
    "connect-from-the-network": {
      title: { en: "bc450e76", text: "从同一网络中的另一台机器连接后端端口" },
      detail: { en: "f12fd0cd", text: "连接既没有建立也没有被拒绝，而是一直挂起，说明途中有防火墙丢弃了它。对比负载均衡所在子网中的机器和后端所在子网中的机器。" },
    },
    "tell-owner": {
      title: { en: "673df4b3", text: "告知网站管理员" },
      detail: { en: "776441e7", text: "该网站的负载均衡无法访问它后面的服务器。你这边做什么都无法解决：请把技术支持摘要发给网站管理员。" },
    },
  },
});
