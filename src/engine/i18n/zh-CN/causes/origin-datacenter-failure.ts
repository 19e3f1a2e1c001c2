import { defineCauseTranslation } from '../../translation';

export default defineCauseTranslation({
  id: "origin-datacenter-failure",
  title: { en: "9d90850d", text: "源站所在机房发生故障（电源、网卡、硬盘、内存、线路）" },
  summary: { en: "68c707e4", text: "托管网站服务器的机器或机柜断电、断网或硬件损坏，所以服务器完全没有响应。" },
  why: { en: "e18640eb", text: "如果托管源站的机器或机柜断电，或出现网卡、硬盘、内存、线缆故障，源站将完全无法响应。前端代理会报告源站不可达或超时（502 / 504 / 522 / 523），直接访问源站也会失败。" },
  because: {
    "tencent-502-504": { en: "fb86f94e", text: "腾讯云的防护服务没有收到源站的响应；腾讯云把机房故障列为原因之一。" },
    "waf-502-504": { en: "3e41fc1c", text: "防护服务没有收到源站的响应，后面的机器宕机时就会这样。" },
    "cloudflare-522-523": { en: "d8fbeb50", text: "Cloudflare 完全无法连接源站。" },
    "unreachable-blame-origin": { en: "d0ff0fc0", text: "源站在网络层面不可达。" },
    "timeout-blame-origin": { en: "fb547e82", text: "源站没有响应。" },
    "not-answered-again": { en: "17115076", text: "再次检查时该地址回答正常，说明源站机器及其网络是正常的：这是一次短暂的故障。" },
    "not-refused-etc": { en: "fb4fb396", text: "源站一侧有程序作出了响应，说明机器是在运行的。" },
    "not-blame-elsewhere": { en: "ab270b8d", text: "页面指出出故障的是另一个环节，而不是源站机器。" },
  },
  steps: {
    "retry-later": {
      title: { en: "523d322f", text: "稍后重试" },
      detail: { en: "8e386cb1", text: "该网站的服务器已离线。请稍后重试；如果长时间无法访问，请把技术支持摘要发给网站管理员。" },
    },
    "ping-origin": {
      title: { en: "25e73238", text: "检查源站是否有任何响应" },
      detail: { en: "df9457f2", text: "从外部测试：ping 不通、TCP 连不上，且路由跟踪止于主机服务商处，说明问题出在机器本身或其所在机房。" },
    },
    "provider-status": {
      title: { en: "6f36db20", text: "查看主机服务商的状态页和控制台" },
      detail: { en: "a03c1fff", text: "查看该地域 / 可用区是否有故障公告，以及实例的系统状态检查和控制台输出。" },
    },
    "tencent-hardware-ticket": {
      title: { en: "6edb60df", text: "请腾讯云技术支持检查硬件" },
      detail: { en: "9ba65c7d", text: "腾讯云建议联系技术支持检查电源、网卡、硬盘、内存和线路。请附上时间和路由追踪结果。" },
    },
    "open-ticket": {
      title: { en: "1fdc4d0b", text: "请托管服务商检查这台机器" },
      detail: { en: "eda732c9", text: "发送时间和路由追踪结果，请他们检查电源、网卡、硬盘、内存和线缆，或把服务器迁移到其他硬件上。" },
    },
  },
});
