import { defineCauseTranslation } from '../../translation';

export default defineCauseTranslation({
  id: "public-network-fault",
  title: { en: "00e813f3", text: "公网丢包或网络抖动" },
  summary: { en: "b7bda4e1", text: "访客、代理和服务器之间的互联网上出现丢包或延迟，所以请求会时不时失败。" },
  why: { en: "b2434ebe", text: "公网质量不佳——拥塞、链路频繁中断、运营商之间的互联节点故障——会导致数据包丢失或延迟。请求随之间歇性失败，返回 502 / 504 或浏览器网络错误；故障的出现与消失取决于网络路由，而与服务器负载无关。" },
  because: {
    "tencent-502-504": { en: "949d9f40", text: "腾讯云把网络抖动和公网链路故障列为 502 的原因之一。" },
    "unreachable-timeout-blame-origin-unknown": { en: "8fc2f393", text: "超时或无法访问的环节，可能是网络而不是服务器造成的。" },
    "status-0": { en: "79757c34", text: "完全没有收到 HTTP 响应：连接在网络上就失败了。" },
    "not-refused-etc": { en: "43cf4e1d", text: "服务器返回了明确的应答，说明网络把它送到了。" },
    "not-blame-elsewhere": { en: "9349ece1", text: "页面指出了出故障的环节，而那不是网络。" },
  },
  steps: {
    "visitor-other-network": {
      title: { en: "95978ac8", text: "换个网络后重试" },
      detail: { en: "b608117d", text: "在 Wi-Fi 和手机流量之间切换，或者过一会儿再试。如果只在某个网络下出错，请告知该网络的运营商。" },
    },
    "visitor-trace": {
      title: { en: "7bda82f5", text: "对该网站做一次路由追踪，并与技术支持摘要一起发送" },
      detail: { en: "1e338656", text: "路由追踪能显示数据包在途中哪里丢失。Windows 上使用 tracert {host}。" },
    },
    "tencent-cat-probe": {
      title: { en: "639f0d39", text: "用腾讯云的监测服务探测两段链路" },
      detail: { en: "837761e4", text: "腾讯云建议使用其 CAT 拨测平台：从多个地域和运营商探测防护地址和源站地址，看丢包出现在哪一段。" },
    },
    "monitor-paths": {
      title: { en: "57585b96", text: "从多个地域监测两段链路" },
      detail: { en: "79db10a7", text: "用多地域监测从多个网络探测代理地址和源站地址；只有一段链路丢包，就能知道该去查谁的网络。" },
    },
    "report-loss": {
      title: { en: "47c9ff59", text: "把丢包报告交给运营商或托管服务商" },
      detail: { en: "78acb0cd", text: "把带有时间和受影响地域的路由追踪结果发给出现丢包的那段网络的运营方；如果丢包出现在托管服务商的边缘，请其调整路由。" },
    },
  },
});
