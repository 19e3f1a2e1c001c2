import { defineCauseTranslation } from '../../../knowledge/translation';

export default defineCauseTranslation({
  id: "public-network-fault",
  title: "公网丢包或网络抖动",
  why: "公网质量不佳——拥塞、链路频繁中断、运营商之间的互联节点故障——会导致数据包丢失或延迟。请求随之间歇性失败，返回 502 / 504 或浏览器网络错误；故障的出现与消失取决于网络路由，而与服务器负载无关。",
  because: [
    "腾讯云将网络抖动和公网链路故障列为 502 的原因之一。",
    "超时或无法访问的环节，可能是网络而不是服务器造成的。",
    "完全没有收到 HTTP 响应：连接在网络上就失败了。",
    "服务器返回了明确的响应，说明网络能把它送回来。",
    "是某个具体环节出了故障，而不是网络。",
  ],
  steps: {
    "visitor-other-network": {
      title: "换个网络后重试",
      detail: "在 Wi-Fi 和手机流量之间切换，或者过一会儿再试。如果只在某个网络下出错，请告知该网络的运营商。",
    },
    "visitor-trace": {
      title: "对该网站做一次路由追踪，并与技术支持摘要一起发送",
      detail: "在 Windows 上使用 tracert {host}。Cloudflare 还会要求提供 https://{host}/cdn-cgi/trace 的输出内容。",
    },
    "monitor-paths": {
      title: "从多个地域监测两段链路",
      detail: "从多个网络探测代理地址和源站地址（腾讯云推荐其云拨测 CAT 平台，任何多地域监测工具均可），并把丢包报告提交给运营商。",
    },
  },
});
