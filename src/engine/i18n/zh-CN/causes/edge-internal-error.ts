import { defineCauseTranslation } from '../../translation';

export default defineCauseTranslation({
  id: "edge-internal-error",
  title: { en: "c841c878", text: "CDN 或代理自身出现故障" },
  why: { en: "bfa61d48", text: "有时边缘节点在连接源站之前就已经出错：内部错误、数据中心过载而正在把流量调度到别处、平台故障。这时看到的是服务商自己的简易错误页（Cloudflare：底部写着“cloudflare”的简单页面，而不是带有“浏览器 / Cloudflare / 主机”示意图的品牌错误页）。只有服务商能修复，通常几分钟内就会恢复。" },
  because: {
    "blame-edge": { en: "8a36fe2f", text: "页面表明是边缘节点自身出错，而不是源站。" },
    "cloudflare-5xx-blame-edge": { en: "f15081a5", text: "简易的 Cloudflare 5xx 页面（底部写着“cloudflare”）来自 Cloudflare 自身。" },
    "aws-cloudfront-503-blame-edge": { en: "4743ce3e", text: "CloudFront 503 可能表示边缘站点资源不足。" },
    "cdn-500-blame-edge-unknown": { en: "e2892e79", text: "CDN 自己返回了 500。" },
    "not-blame-elsewhere": { en: "7e84ed29", text: "被指认的是其他环节，而不是边缘节点。" },
  },
  steps: {
    "trace": {
      title: { en: "806961c2", text: "收集边缘跟踪信息" },
      detail: { en: "ca9fce0d", text: "打开 https://{host}/cdn-cgi/trace（Cloudflare）并保存输出：其中显示了为你提供服务的数据中心（colo）。" },
    },
    "traceroute": {
      title: { en: "771cea48", text: "对该网站运行路由跟踪（traceroute）" },
      detail: { en: "0194fb92", text: "Cloudflare 会要求提供从受影响的机器上执行的 traceroute 结果，并附上跟踪信息输出。Windows 上使用：tracert {host}。" },
    },
    "retry-later": {
      title: { en: "e6ab7da4", text: "几分钟后重试" },
      detail: { en: "849b14b2", text: "边缘故障和流量调度通常很快就会恢复。" },
    },
    "provider-status": {
      title: { en: "e1e3e172", text: "查看服务商的状态页" },
      detail: { en: "59e52f1f", text: "Cloudflare：https://www.cloudflarestatus.com；AWS：https://health.aws.amazon.com；Akamai、Fastly 等也有各自的状态页。" },
    },
    "open-ticket": {
      title: { en: "09d4e5e2", text: "向服务商提交工单" },
      detail: { en: "67671947", text: "附上 UTC 时间、URL、请求 ID（cf-ray、x-amz-cf-id、Reference #）、/cdn-cgi/trace 输出、traceroute 结果和 HAR 文件。" },
    },
  },
});
