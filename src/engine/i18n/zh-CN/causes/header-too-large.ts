import { defineCauseTranslation } from '../../translation';

export default defineCauseTranslation({
  id: "header-too-large",
  title: { en: "ca32d9d1", text: "请求头或响应头超出了代理能接受的大小" },
  summary: { en: "e213d7d2", text: "请求（通常是其中的 Cookie）或响应携带的头部数据超过了途经代理所能接受的大小。" },
  why: { en: "88a229d3", text: "代理使用固定大小的缓冲区读取头部。Cookie 过多或过大、超大的 Authorization / JWT 头或很长的 Referer 都可能使其溢出：nginx 返回 400 “Request Header Or Cookie Too Large”（large_client_header_buffers，默认 4 × 8 KB），ALB 在单个头部超过 16 KB 或总计超过 64 KB 时返回 400，阿里云 SLB 则可能返回 502。反过来，如果应用发送的响应头过大（大量 Set-Cookie 行），nginx 会记录“upstream sent too big header while reading response header from upstream”并返回 502，Cloudflare 在响应头超过 128 KB 时返回 520。通常只有部分访问者（Cookie 较大的用户）受影响。" },
  because: {
    "headers-over-8k": { en: "9090306b", text: "这个请求携带了超过 8 KB 的请求头，超出了常见 Web 服务器和代理默认的请求头缓冲区。" },
    "headers-over-16k": { en: "f80b364d", text: "请求头超过 16 KB：超出了许多负载均衡和代理的限制。" },
    "headers-4k-to-8k": { en: "a26b0955", text: "请求头为 4–8 KB：接近常见的缓冲区大小。" },
    "status-431-494": { en: "fe378e60", text: "状态码表示请求头过大。" },
    "status-400-blame-client": { en: "554a14e2", text: "代理认为请求本身格式有误或过大，拒绝了它。" },
    "config-blame-client": { en: "248e1b52", text: "代理因请求过大而拒绝了它。" },
    "alibaba-slb-502": { en: "8be1a658", text: "阿里云把 HTTP 头过长、SLB 无法处理列为其 502 的原因之一。" },
    "cloudflare-520": { en: "57274ce4", text: "Cloudflare 520：响应头超过 128 KB（通常是 Cookie 过多）是文档列出的原因之一。" },
    "nginx-502": { en: "5131334e", text: "nginx 502 可能是“upstream sent too big header”：应用的响应头超出了 proxy_buffer_size。" },
    "haproxy-502": { en: "e8c80b00", text: "HAProxy 502 可能是响应头超出了其缓冲区（tune.bufsize）。" },
  },
  steps: {
    "find-big-headers": {
      title: { en: "f9c98edc", text: "测量应用设置的响应头大小" },
      detail: { en: "5720c64f", text: "统计响应头的大小；查找大量的 Set-Cookie 行或很大的令牌。再与出错访客发送的请求头大小进行对比（浏览器的网络面板可以看到）。" },
    },
    "compare-layer-4-listener": {
      title: { en: "883391bb", text: "改用四层（TCP）监听对比" },
      detail: { en: "ef6d7cc2", text: "为同一组后端添加一个 TCP 监听，通过它发送同样的请求。如果错误消失，问题出在七层监听的处理上（请求头大小、超时、转发规则）。先在后端把 net.ipv4.conf.*.rp_filter 设为 0：四层监听下后端看到的是访客的真实地址。" },
    },
    "nginx-client-buffers": {
      title: { en: "9218ed19", text: "nginx：调大请求头缓冲区" },
      detail: { en: "fae10352", text: "在 http 或 server 块中设置；一行请求头必须能放进一个缓冲区（默认 8 KB）。测试配置（nginx -t）后重新加载。" },
    },
    "nginx-proxy-buffers": {
      title: { en: "7add1424", text: "nginx：为过大的响应头调大缓冲区" },
      detail: { en: "cd20f385", text: "解决“upstream sent too big header while reading response header from upstream”（502）。FastCGI 后端有对应的 fastcgi_ 前缀设置。" },
    },
    "haproxy-bufsize": {
      title: { en: "3c0a7792", text: "HAProxy：调大存放消息头的缓冲区" },
      detail: { en: "d3f96761", text: "在 global 段中设置；大于 tune.bufsize 减去 tune.maxrewrite 的头部会被拒绝（缓冲区默认 16 KB）。更大的缓冲区会增加每个连接的内存占用。" },
    },
    "shrink-headers": {
      title: { en: "4a10c491", text: "减少头部中携带的内容" },
      detail: { en: "870ea725", text: "把会话数据存放在服务器端而不是 Cookie 中，把 Cookie 限定在需要它的路径上，并让旧 Cookie 过期。有些限制（托管负载均衡、CDN 的限制）根本无法调大。" },
    },
    "clear-cookies": {
      title: { en: "8e06f803", text: "清除该网站的 Cookie 后重试" },
      detail: { en: "204ff585", text: "过大或越积越多的 Cookie 是常见原因。只删除该网站的 Cookie（浏览器设置 > 网站数据），或在无痕 / 隐私窗口中打开。" },
    },
  },
});
