import { defineCauseTranslation } from '../../translation';

export default defineCauseTranslation({
  id: "header-too-large",
  title: { en: "ca32d9d1", text: "请求头或响应头超出了代理能接受的大小" },
  why: { en: "88a229d3", text: "代理使用固定大小的缓冲区读取头部。Cookie 过多或过大、超大的 Authorization / JWT 头或很长的 Referer 都可能使其溢出：nginx 返回 400 “Request Header Or Cookie Too Large”（large_client_header_buffers，默认 4 × 8 KB），ALB 在单个头部超过 16 KB 或总计超过 64 KB 时返回 400，阿里云 SLB 则可能返回 502。反过来，如果应用发送的响应头过大（大量 Set-Cookie 行），nginx 会记录“upstream sent too big header while reading response header from upstream”并返回 502，Cloudflare 在响应头超过 128 KB 时返回 520。通常只有部分访问者（Cookie 较大的用户）受影响。" },
  because: {
    "headers-over-8k": { en: "ce073db8", text: "本次请求的头部超过 8 KB，超出了 nginx 默认 8 KB 的头部缓冲区。" },
    "headers-over-16k": { en: "f7a913ec", text: "请求头超过 16 KB：超出了 ALB 和大多数代理的单个头部上限。" },
    "headers-4k-to-8k": { en: "a26b0955", text: "请求头为 4–8 KB：接近常见的缓冲区大小。" },
    "status-431-494": { en: "fe378e60", text: "状态码表示请求头过大。" },
    "status-400-blame-client": { en: "554a14e2", text: "代理认为请求本身格式有误或过大，拒绝了它。" },
    "config-blame-client": { en: "248e1b52", text: "代理因请求过大而拒绝了它。" },
    "load-balancers-502": { en: "ceae2c4e", text: "阿里云：HTTP 头过长、SLB 无法处理时会返回 502。" },
    "cloudflare-520": { en: "57274ce4", text: "Cloudflare 520：响应头超过 128 KB（通常是 Cookie 过多）是文档列出的原因之一。" },
    "nginx-502": { en: "5131334e", text: "nginx 502 可能是“upstream sent too big header”：应用的响应头超出了 proxy_buffer_size。" },
    "haproxy-502": { en: "e8c80b00", text: "HAProxy 502 可能是响应头超出了其缓冲区（tune.bufsize）。" },
    "not-headers-under-4k": { en: "9763a01a", text: "请求头很小；只剩下响应头过大这一种可能。" },
  },
  steps: {
    "clear-cookies": {
      title: { en: "8e06f803", text: "清除该网站的 Cookie 后重试" },
      detail: { en: "204ff585", text: "过大或越积越多的 Cookie 是常见原因。只删除该网站的 Cookie（浏览器设置 > 网站数据），或在无痕 / 隐私窗口中打开。" },
    },
    "nginx-client-buffers": {
      title: { en: "f4d216ba", text: "调大 nginx 的请求头缓冲区" },
      detail: { en: "b2098a56", text: "写在 http 或 server 块中；单个请求头行的上限就是一个缓冲区的大小。然后执行 nginx -t && systemctl reload nginx。" },
    },
    "nginx-proxy-buffers": {
      title: { en: "452cd023", text: "调大 nginx 用于大响应头的缓冲区" },
      detail: { en: "d1ac0e2e", text: "可解决“upstream sent too big header while reading response header from upstream”（502）。php-fpm 请使用 fastcgi_buffer_size / fastcgi_buffers。" },
    },
    "find-big-headers": {
      title: { en: "f9c98edc", text: "测量应用设置的响应头大小" },
      detail: { en: "fcbee9a3", text: "统计响应头的总大小；查看是否有大量 Set-Cookie 行或很大的令牌。" },
    },
    "shrink-headers": {
      title: { en: "4a10c491", text: "减少头部中携带的内容" },
      detail: { en: "1896f28b", text: "把会话数据保存在服务端而不是 Cookie 中，把 Cookie 的作用范围限制在需要它的路径上，并让旧 Cookie 过期。阿里云还建议改用不解析头部的 TCP（四层）监听。" },
    },
    "compare-layer-4-listener": {
      title: { en: "883391bb", text: "改用四层（TCP）监听对比" },
      detail: { en: "ef6d7cc2", text: "为同一组后端添加一个 TCP 监听，通过它发送同样的请求。如果错误消失，问题出在七层监听的处理上（请求头大小、超时、转发规则）。先在后端把 net.ipv4.conf.*.rp_filter 设为 0：四层监听下后端看到的是访客的真实地址。" },
    },
  },
});
