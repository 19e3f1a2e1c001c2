import { defineCauseTranslation } from '../../translation';

export default defineCauseTranslation({
  id: "lb-hairpin-loop",
  title: { en: "e1b8bf66", text: "后端服务器访问负载均衡自己的地址，请求又绕回到自身" },
  why: { en: "f376bf9e", text: "当后端服务器上的应用通过负载均衡的公网地址访问自己的网站时（调用 API、访问定时任务 URL、WordPress 回环请求），负载均衡可能把这个请求又调度回同一台服务器。许多四层负载均衡根本无法处理这种回环（hairpin）流量；在七层，嵌套的请求则可能不断占用工作进程直至耗尽——外层请求最终以 500 / 502 失败。" },
  because: {
    "load-balancers-500-502-504": { en: "a26be789", text: "阿里云：后端访问 SLB 公网地址可能形成回环，导致 500/502。" },
    "alibaba-slb-500-502": { en: "f83b4264", text: "阿里云指出，经由 SLB 地址形成的请求回环会产生 500 和 502（原因 9）。" },
    "load-balancer-500-502-504-blame-upstream-app-origin": { en: "17857122", text: "负载均衡在访问后端时出错；请求回环是一个不那么明显的原因。" },
    "cloudflare-behind-cloudflare-522": { en: "526665be", text: "绑定自定义域的 Worker 请求自己的主机名时，也会出现 Cloudflare 522。" },
    "not-blame-elsewhere": { en: "3bbc1a73", text: "出故障的环节不是负载均衡的后端。" },
  },
  steps: {
    "find-self-calls": {
      title: { en: "d129de51", text: "查找后端到负载均衡地址的连接" },
      detail: { en: "1480af9d", text: "在后端服务器上运行；任何连向负载均衡公网 IP 的已建立连接都是自我调用。" },
    },
    "find-config-references": {
      title: { en: "09219da7", text: "查找指向公网域名或地址的配置" },
      detail: { en: "8be1b139", text: "检查应用配置、/etc/hosts 以及访问本站域名的定时任务（cron）。" },
    },
    "call-locally": {
      title: { en: "2aaea7b0", text: "直接调用内部服务" },
      detail: { en: "7cc3e38a", text: "让内部调用指向 127.0.0.1 或后端的私网地址（或在后端的 /etc/hosts 中把域名映射到 127.0.0.1），而不是经过负载均衡。" },
    },
  },
});
