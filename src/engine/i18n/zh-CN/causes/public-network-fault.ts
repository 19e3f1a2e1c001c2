import { defineCauseTranslation } from '../../translation';

export default defineCauseTranslation({
  id: "public-network-fault",
  title: { en: "00e813f3", text: "公网丢包或网络抖动" },
  why: { en: "b2434ebe", text: "公网质量不佳——拥塞、链路频繁中断、运营商之间的互联节点故障——会导致数据包丢失或延迟。请求随之间歇性失败，返回 502 / 504 或浏览器网络错误；故障的出现与消失取决于网络路由，而与服务器负载无关。" },
  because: {
    "tencent-502-504": { en: "685b987d", text: "腾讯云将网络抖动和公网链路故障列为 502 的原因之一。" },
    "unreachable-timeout-blame-origin-unknown": { en: "8fc2f393", text: "超时或无法访问的环节，可能是网络而不是服务器造成的。" },
    "status-0": { en: "79757c34", text: "完全没有收到 HTTP 响应：连接在网络上就失败了。" },
    "not-refused-etc": { en: "ee2a7b04", text: "服务器返回了明确的响应，说明网络能把它送回来。" },
    "not-blame-elsewhere": { en: "2ddb2b56", text: "是某个具体环节出了故障，而不是网络。" },
  },
  steps: {
    "visitor-other-network": {
      title: { en: "95978ac8", text: "换个网络后重试" },
      detail: { en: "b608117d", text: "在 Wi-Fi 和手机流量之间切换，或者过一会儿再试。如果只在某个网络下出错，请告知该网络的运营商。" },
    },
    "visitor-trace": {
      title: { en: "7bda82f5", text: "对该网站做一次路由追踪，并与技术支持摘要一起发送" },
      detail: { en: "698f370a", text: "在 Windows 上使用 tracert {host}。Cloudflare 还会要求提供 https://{host}/cdn-cgi/trace 的输出内容。" },
    },
    "monitor-paths": {
      title: { en: "57585b96", text: "从多个地域监测两段链路" },
      detail: { en: "e26bd6f1", text: "从多个网络探测代理地址和源站地址（腾讯云推荐其云拨测 CAT 平台，任何多地域监测工具均可），并把丢包报告提交给运营商。" },
    },
  },
});
