import { defineCauseTranslation } from '../../translation';

export default defineCauseTranslation({
  id: "rp-filter-drops-proxy-traffic",
  title: { en: "c60ff4ba", text: "后端服务器的 Linux rp_filter 丢弃了负载均衡的数据包" },
  summary: { en: "d8030984", text: "后端的 Linux 内核静默丢弃了四层负载均衡转发来的数据包，导致连接挂起。" },
  why: { en: "626b5965", text: "开启反向路径过滤（net.ipv4.conf.*.rp_filter = 1）后，如果一个数据包的源地址不会经由它进入的网卡路由回去，内核就会将其丢弃。四层负载均衡（以及某些多网卡或隧道环境）送达的数据包，其源地址在后端服务器上会被路由到别处，于是 SYN 包被悄无声息地丢弃：连接超时、健康检查失败，访问者看到超时或 5xx 错误。阿里云要求在将七层监听改为四层监听时，把 rp_filter 设为 0。" },
  because: {
    "no-answer-through-load-balancer": { en: "3e313dd4", text: "经过一个也提供四层监听的负载均衡，却没有收到任何 HTTP 响应：内核丢弃它转发的数据包时，连接就会这样挂起。" },
    "alibaba-slb-after-810s-to-990s": { en: "ec827789", text: "错误在大约 900 秒后出现，这是阿里云 SLB 四层监听的超时时间，此时后端看到的是访客自己的地址。" },
    "not-layer-7-page": { en: "9b3a61e3", text: "这个页面是负载均衡自己生成的，说明请求由七层监听处理；七层监听用自己的地址连接后端，rp_filter 不会丢弃这些数据包。" },
    "not-refused-etc": { en: "5204cf16", text: "后端服务器有响应（拒绝连接、返回内容或完成了 TLS 协商），说明它的数据包没有被丢弃。" },
    "not-blame-elsewhere": { en: "bfe684a3", text: "出故障的环节是边缘节点或请求本身，而不是负载均衡到后端的网络路径。" },
  },
  steps: {
    "show-rp-filter": {
      title: { en: "072722c7", text: "查看后端服务器上的 rp_filter 设置" },
      detail: { en: "3091e292", text: "“all”或接收流量的网卡上的值为 1（严格模式）时，会丢弃非对称路由的流量。内核取“all”与该网卡值中较大的一个。" },
    },
    "watch-martians": {
      title: { en: "df110b04", text: "在测试时确认丢包" },
      detail: { en: "ce754402", text: "开启 log_martians 后，被丢弃的数据包会出现在内核日志中。" },
    },
    "disable-rp-filter": {
      title: { en: "d5f5d1c7", text: "立即关闭反向路径过滤" },
      detail: { en: "03ff515c", text: "把 eth0 替换为接收负载均衡流量的网卡。" },
    },
    "persist-rp-filter": {
      title: { en: "229b79f6", text: "使设置永久生效" },
      detail: { en: "29cc18a7", text: "把以下几行加入 /etc/sysctl.conf（或 /etc/sysctl.d/ 下的某个文件），然后执行 sysctl -p。" },
    },
  },
});
