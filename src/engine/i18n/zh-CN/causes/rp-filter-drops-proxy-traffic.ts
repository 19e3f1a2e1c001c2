import { defineCauseTranslation } from '../../translation';

export default defineCauseTranslation({
  id: "rp-filter-drops-proxy-traffic",
  title: { en: "c60ff4ba", text: "后端服务器的 Linux rp_filter 丢弃了负载均衡的数据包" },
  why: { en: "626b5965", text: "开启反向路径过滤（net.ipv4.conf.*.rp_filter = 1）后，如果一个数据包的源地址不会经由它进入的网卡路由回去，内核就会将其丢弃。四层负载均衡（以及某些多网卡或隧道环境）送达的数据包，其源地址在后端服务器上会被路由到别处，于是 SYN 包被悄无声息地丢弃：连接超时、健康检查失败，访问者看到超时或 5xx 错误。阿里云要求在将七层监听改为四层监听时，把 rp_filter 设为 0。" },
  because: {
    "load-balancers-502-504": { en: "afdb09cf", text: "云负载均衡无法连接后端服务器；在 Linux 后端上，内核 rp_filter 丢弃其数据包是官方列出的原因之一。" },
    "load-balancers-timeout-etc": { en: "d76820d6", text: "负载均衡发往后端服务器的数据包没有得到回应，与被内核丢弃时的表现一致。" },
    "load-balancer-timeout-unreachable-blame-origin-upstream-app": { en: "f36dfb73", text: "负载均衡完全没有收到后端服务器的响应。" },
    "unreachable-blame-origin": { en: "fcc6ad44", text: "源站在网络层没有响应。" },
    "load-balancers-504-after-810s-to-990s": { en: "f8cdb1cb", text: "错误在约 900 秒后出现，这正是四层监听的超时时间。" },
    "not-refused-etc": { en: "5204cf16", text: "后端服务器有响应（拒绝连接、返回内容或完成了 TLS 协商），说明它的数据包没有被丢弃。" },
    "not-blame-elsewhere": { en: "94930419", text: "出故障的环节不是负载均衡到后端服务器的网络链路。" },
  },
  steps: {
    "show-rp-filter": {
      title: { en: "072722c7", text: "查看后端服务器上的 rp_filter 设置" },
      detail: { en: "3091e292", text: "“all”或接收流量的网卡上的值为 1（严格模式）时，会丢弃非对称路由的流量。内核取“all”与该网卡值中较大的一个。" },
    },
    "disable-rp-filter": {
      title: { en: "d5f5d1c7", text: "立即关闭反向路径过滤" },
      detail: { en: "03ff515c", text: "把 eth0 替换为接收负载均衡流量的网卡。" },
    },
    "persist-rp-filter": {
      title: { en: "229b79f6", text: "使设置永久生效" },
      detail: { en: "29cc18a7", text: "把以下几行加入 /etc/sysctl.conf（或 /etc/sysctl.d/ 下的某个文件），然后执行 sysctl -p。" },
    },
    "watch-martians": {
      title: { en: "df110b04", text: "在测试时确认丢包" },
      detail: { en: "ce754402", text: "开启 log_martians 后，被丢弃的数据包会出现在内核日志中。" },
    },
  },
});
