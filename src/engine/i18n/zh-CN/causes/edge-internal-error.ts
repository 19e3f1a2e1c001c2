import { defineCauseTranslation } from '../../translation';

export default defineCauseTranslation({
  id: "edge-internal-error",
  title: { en: "c841c878", text: "CDN 或代理自身出现故障" },
  summary: { en: "b7ad0a75", text: "网站前面的 CDN 或代理在自己这一侧出了故障，还没能连到网站的服务器。" },
  why: { en: "bfa61d48", text: "有时边缘节点在连接源站之前就已经出错：内部错误、数据中心过载而正在把流量调度到别处、平台故障。这时看到的是服务商自己的简易错误页（Cloudflare：底部写着“cloudflare”的简单页面，而不是带有“浏览器 / Cloudflare / 主机”示意图的品牌错误页）。只有服务商能修复，通常几分钟内就会恢复。" },
  because: {
    "blame-edge": { en: "8a36fe2f", text: "页面表明是边缘节点自身出错，而不是源站。" },
    "cloudflare-5xx-blame-edge": { en: "f15081a5", text: "简易的 Cloudflare 5xx 页面（底部写着“cloudflare”）来自 Cloudflare 自身。" },
    "aws-cloudfront-503-blame-edge": { en: "4743ce3e", text: "CloudFront 503 可能表示边缘站点资源不足。" },
    "cdn-500-blame-edge-unknown": { en: "e2892e79", text: "CDN 自己返回了 500。" },
    "not-blame-elsewhere": { en: "b798cdea", text: "页面指出的原因是另一个环节、请求本身或网站自己的边缘配置；边缘节点只是转发或执行了它，而不是自身出了故障。" },
  },
  steps: {
    "retry-later": {
      title: { en: "e6ab7da4", text: "几分钟后重试" },
      detail: { en: "849b14b2", text: "边缘故障和流量调度通常很快就会恢复。" },
    },
    "trace": {
      title: { en: "b02bcaa6", text: "把边缘节点的 trace 发给网站管理员" },
      detail: { en: "a36757e7", text: "打开 https://{host}/cdn-cgi/trace，把输出内容连同支持摘要一起发送：它会显示为你服务的 Cloudflare 数据中心（colo），这是 Cloudflare 支持需要的信息。" },
    },
    "cloudflare-status": {
      title: { en: "b62194fd", text: "在 Cloudflare 状态页查看该数据中心" },
      detail: { en: "4265cc46", text: "https://www.cloudflarestatus.com 按数据中心列出故障和维护；与 /cdn-cgi/trace 输出中的 colo 对照。" },
    },
    "aws-health": {
      title: { en: "eea92086", text: "在 AWS Health Dashboard 查看 CloudFront 状态" },
      detail: { en: "ac6c9667", text: "https://health.aws.amazon.com 会显示 CloudFront 的故障；账号自己的 Health 视图还会列出影响其分配的事件。" },
    },
    "provider-status": {
      title: { en: "e1e3e172", text: "查看服务商的状态页" },
      detail: { en: "1c878e1b", text: "查看服务商在出错时间、为访客提供服务的区域内是否有故障或维护。" },
    },
    "traceroute": {
      title: { en: "39d7b68e", text: "从受影响的机器获取 traceroute" },
      detail: { en: "522d2e28", text: "服务商支持会要求提供一份来自出现错误的机器的 traceroute，并注明时间：它能显示访客到达的是哪个边缘节点。Windows 上使用：tracert {host}。" },
    },
    "open-ticket": {
      title: { en: "09d4e5e2", text: "向服务商提交工单" },
      detail: { en: "4ecc6168", text: "请附上 UTC 时间、URL、支持摘要中的请求 ID、traceroute 结果以及失败请求的 HAR 文件。" },
    },
  },
});
