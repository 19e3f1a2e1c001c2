import { defineCauseTranslation } from '../../../knowledge/translation';

export default defineCauseTranslation({
  id: "origin-datacenter-failure",
  title: "源站所在机房发生故障（电源、网卡、硬盘、内存、线路）",
  why: "如果托管源站的机器或机柜断电，或出现网卡、硬盘、内存、线缆故障，源站将完全无法响应。前端代理会报告源站不可达或超时（502 / 504 / 522 / 523），直接访问源站也会失败。",
  because: [
    "防护服务没有收到源站的任何响应；腾讯云将机房故障列为原因之一。",
    "Cloudflare 完全无法连接源站。",
    "源站在网络层面不可达。",
    "源站没有响应。",
    "源站一侧有程序作出了响应，说明机器是在运行的。",
    "出故障的环节不是源站机器。",
  ],
  steps: {
    "ping-origin": {
      title: "检查源站是否有任何响应",
      detail: "从外部测试：ping 不通、TCP 连不上，且路由跟踪止于主机服务商处，说明问题出在机器本身或其所在机房。",
    },
    "provider-status": {
      title: "查看主机服务商的状态页和控制台",
      detail: "查看该地域 / 可用区是否有故障公告，以及实例的系统状态检查和控制台输出。",
    },
    "open-ticket": {
      title: "请服务商检查硬件",
      detail: "腾讯云建议联系技术支持检查电源、网卡、硬盘、内存和线路。请附上故障时间和路由跟踪结果。",
    },
    "retry-later": {
      title: "稍后重试",
      detail: "该网站的服务器已离线。请稍后重试；如果长时间无法访问，请把技术支持摘要发给网站管理员。",
    },
  },
});
