import { defineCauseTranslation } from '../../translation';

export default defineCauseTranslation({
  id: "lb-hairpin-loop",
  title: { en: "e1b8bf66", text: "后端服务器访问负载均衡自己的地址，请求又绕回到自身" },
  summary: { en: "0af16621", text: "负载均衡后面的一台服务器调用了网站自身的公网地址，请求又绕回到了它自己。" },
  why: { en: "f376bf9e", text: "当后端服务器上的应用通过负载均衡的公网地址访问自己的网站时（调用 API、访问定时任务 URL、WordPress 回环请求），负载均衡可能把这个请求又调度回同一台服务器。许多四层负载均衡根本无法处理这种回环（hairpin）流量；在七层，嵌套的请求则可能不断占用工作进程直至耗尽——外层请求最终以 500 / 502 失败。" },
  because: {
    "load-balancers-500-502-504": { en: "fa7d2cde", text: "云负载均衡与后端之间出现了故障：调用负载均衡自身公网地址的后端可能会绕回到自己身上。" },
    "alibaba-slb-500-502": { en: "f83b4264", text: "阿里云指出，经由 SLB 地址形成的请求回环会产生 500 和 502（原因 9）。" },
    "load-balancer-500-502-504-blame-upstream-app-origin": { en: "17857122", text: "负载均衡在访问后端时出错；请求回环是一个不那么明显的原因。" },
    "cloudflare-behind-cloudflare-522": { en: "526665be", text: "绑定自定义域的 Worker 请求自己的主机名时，也会出现 Cloudflare 522。" },
    "not-blame-elsewhere": { en: "800a70b5", text: "出故障的环节是边缘节点或请求本身，而不是负载均衡的后端。" },
  },
  steps: {
    "find-self-calls": {
      title: { en: "d129de51", text: "查找后端到负载均衡地址的连接" },
      detail: { en: "1480af9d", text: "在后端服务器上运行；任何连向负载均衡公网 IP 的已建立连接都是自我调用。" },
    },
    "cloudflare-worker-self-fetch": {
      title: { en: "d95ef10b", text: "Cloudflare：查找请求自身主机名的 Worker" },
      detail: { en: "a90d0adb", text: "部署在自定义域名上的 Worker 如果请求同一个主机名，调用的是它自己而不是源站；请用另一个主机名访问源站。" },
    },
    "find-config-references": {
      title: { en: "09219da7", text: "查找指向公网域名或地址的配置" },
      detail: { en: "a0b52797", text: "查找会调用网站自身域名的应用配置、/etc/hosts 和定时任务（把 APP_CONFIG_DIR 替换为应用的配置目录）。" },
    },
    "call-locally": {
      title: { en: "2aaea7b0", text: "直接调用内部服务" },
      detail: { en: "92456081", text: "让内部调用直接指向本地服务或后端的内网地址（或在后端上把网站域名映射到该地址），而不是经过负载均衡。" },
    },
  },
});
