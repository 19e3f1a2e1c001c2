import { defineCauseTranslation } from '../../../knowledge/translation';

export default defineCauseTranslation({
  id: "edge-internal-error",
  title: "CDN 或代理自身出现故障",
  why: "有时边缘节点在连接源站之前就已经出错：内部错误、数据中心过载而正在把流量调度到别处、平台故障。这时看到的是服务商自己的简易错误页（Cloudflare：底部写着“cloudflare”的简单页面，而不是带有“浏览器 / Cloudflare / 主机”示意图的品牌错误页）。只有服务商能修复，通常几分钟内就会恢复。",
  because: [
    "页面表明是边缘节点自身出错，而不是源站。",
    "简易的 Cloudflare 5xx 页面（底部写着“cloudflare”）来自 Cloudflare 自身。",
    "CloudFront 503 可能表示边缘站点资源不足。",
    "CDN 自己返回了 500。",
    "被指认的是其他环节，而不是边缘节点。",
  ],
  steps: {
    "trace": {
      title: "收集边缘跟踪信息",
      detail: "打开 https://{host}/cdn-cgi/trace（Cloudflare）并保存输出：其中显示了为你提供服务的数据中心（colo）。",
    },
    "traceroute": {
      title: "对该网站运行路由跟踪（traceroute）",
      detail: "Cloudflare 会要求提供从受影响的机器上执行的 traceroute 结果，并附上跟踪信息输出。Windows 上使用：tracert {host}。",
    },
    "retry-later": {
      title: "几分钟后重试",
      detail: "边缘故障和流量调度通常很快就会恢复。",
    },
    "provider-status": {
      title: "查看服务商的状态页",
      detail: "Cloudflare：https://www.cloudflarestatus.com；AWS：https://health.aws.amazon.com；Akamai、Fastly 等也有各自的状态页。",
    },
    "open-ticket": {
      title: "向服务商提交工单",
      detail: "附上 UTC 时间、URL、请求 ID（cf-ray、x-amz-cf-id、Reference #）、/cdn-cgi/trace 输出、traceroute 结果和 HAR 文件。",
    },
  },
});
