import { defineCauseTranslation } from '../../translation';

export default defineCauseTranslation({
  id: "one-backend-unhealthy",
  title: { en: "b3f2d545", text: "某一台后端服务器出现故障" },
  summary: { en: "d3444765", text: "错误时有时无：负载均衡后方的一台服务器出错，其他服务器正常，所以只有发给它的请求会失败。" },
  why: { en: "1c914e60", text: "后方有多台服务器的负载均衡、CDN 或 WAF 会把每个请求发给其中一台。当一台服务器配置有误（配置或发布版本不同、磁盘已满、服务已停止）而其他服务器正常时，只有落到它上面的请求会失败：同一个地址这次能打开，下次就出错。只检查静态页面或端口的健康检查可能会让这台服务器留在后端池中，尽管它上面的应用已经失败。再看几次就能看出来：有的尝试失败、有的不失败，而且失败都来自同一个节点。" },
  because: {
    "all-failures-from-one-node": { en: "c76c5915", text: "与此同时另一个节点回答正常：是某一台服务器出错，而不是整个服务。" },
    "intermittent-failures": { en: "751a54e5", text: "对同一地址的查看有的失败、有的正常：时有时无的 5xx 通常是多台服务器中配置不同的那一台造成的。" },
    "not-every-try-failed-fast": { en: "551ecde5", text: "每次尝试都被立即拒绝：这是服务整体宕机或到处都被拒绝，而不是多台服务器中的某一台（那样会有一些尝试成功）。" },
    "not-blame-elsewhere": { en: "50bf1995", text: "出错的一跳是边缘节点或请求本身，而不是负载均衡后方的服务器。" },
  },
  steps: {
    "retry": {
      title: { en: "5d734c26", text: "重新加载页面" },
      detail: { en: "350843b8", text: "错误时有时无：再试一次，请求常常会被发到一台正常的服务器上。如果一直出现，请把支持摘要发给网站管理员。" },
    },
    "check-the-named-node": {
      title: { en: "b8916726", text: "查看出错的那个节点" },
      detail: { en: "57cee069", text: "支持摘要中写明了每次失败所来自的节点（按其响应头的命名）。找出它对应哪台服务器，查看故障发生前后它的错误日志和服务状态。" },
    },
    "alibaba-backend-health": {
      title: { en: "63f6a3de", text: "阿里云：查看每台后端服务器的健康状态" },
      detail: { en: "a59eb900", text: "监听会列出每台后端服务器的健康状态；在正常与异常之间反复切换的服务器，或者状态正常但其应用出错的服务器，就是嫌疑对象。" },
    },
    "aws-target-health": {
      title: { en: "f1bfa1ce", text: "AWS：查看每个目标的健康状态" },
      detail: { en: "e9c75c2f", text: "处于 unhealthy 或 draining 状态的目标，或者带有原因代码（Target.ResponseCodeMismatch、Target.Timeout）的目标，就是出错的那个。" },
    },
    "bypass-to-each-backend": {
      title: { en: "3d0fcaff", text: "直接向每台后端发送请求" },
      detail: { en: "9d8e29df", text: "把网站域名指向某一台后端服务器的地址（在测试机上修改 hosts 文件，或使用 curl --resolve），多运行几次，再对每台后端重复。其他后端正常而这台出错，说明它配置有误或不健康。" },
    },
    "compare-backend-configs": {
      title: { en: "4c3389a0", text: "把出错的服务器与一台正常的服务器对比" },
      detail: { en: "f6a31162", text: "对比出错服务器与正常服务器上运行的内容：Web 服务器和应用的配置、部署的版本、环境变量、证书、剩余磁盘和内存。差异之处就是故障所在。" },
    },
    "health-check-the-application": {
      title: { en: "0fb85c87", text: "让健康检查检测应用本身" },
      detail: { en: "94580ab0", text: "把健康检查指向应用自己提供的路径（而不是静态文件或仅检查端口），这样应用出错的服务器会被移出后端池，直到修复为止。" },
    },
  },
});
