import { defineCauseTranslation } from '../../translation';

export default defineCauseTranslation({
  id: "app-slower-than-proxy-timeout",
  title: { en: "3dcdd8bb", text: "应用的响应时间超过了代理的超时时间" },
  summary: { en: "9789d165", text: "应用太慢：前面的代理不再等待它的响应，转而返回了错误。" },
  why: { en: "9294f246", text: "每个代理等待后端响应头的时间都是有限的：nginx 60 秒（proxy_read_timeout、fastcgi_read_timeout），阿里云 SLB 七层 60 秒、四层 900 秒，华为云 ELB 60 秒，ALB 60 秒（空闲超时），Cloudflare 120 秒（错误 524），CloudFront 30 秒，Heroku 30 秒（H12），API Gateway 29 秒，Google Cloud 负载均衡 30 秒，Azure Front Door 30 秒，Azure 应用程序网关 20 秒，Envoy 15 秒，Fastly 首字节 15 秒，Kong 60 秒，Akamai 120 秒，Squid 15 分钟；Istio 除非路由设置了超时，否则没有超时。慢查询、外部调用或耗时长的报表一旦超过这个时间，代理就会放弃并返回 504（或 502/503/524）——应用可能之后仍会完成这项工作。错误恰好出现在这些时间点上，就是这个原因的特征。" },
  because: {
    "nginx-504": { en: "9a30e905", text: "nginx 返回 504：其上游（应用或 php-fpm）没有及时返回响应头。" },
    "nginx-504-after-54s-to-66s": { en: "43f34378", text: "nginx 在约 60 秒后返回 504：触发了默认的 proxy_read_timeout / fastcgi_read_timeout。" },
    "behind-nginx-504-after-54s-to-66s": { en: "e81ad976", text: "请求路径上有 nginx，且 504 在约 60 秒后出现，正是 nginx 的默认读取超时。" },
    "load-balancers-504": { en: "567d05bd", text: "云负载均衡返回 504：后端的处理时间超过了监听的超时时间。" },
    "load-balancers-504-after-54s-to-66s": { en: "a45cf210", text: "负载均衡在大约 60 秒后返回 504：其七层监听器默认的响应超时已触发。" },
    "alibaba-slb-after-810s-to-990s": { en: "ec278b98", text: "错误在约 900 秒后出现，正是阿里云 SLB 四层监听的超时时间。" },
    "cloudflare-524": { en: "aafca24c", text: "Cloudflare 524：源站接受了连接，但没有在 Cloudflare 的 Proxy Read Timeout 之前返回响应。" },
    "code-524": { en: "cd3b0195", text: "错误代码 524：等待源站响应时超时。" },
    "cloudflare-524-after-108s-to-132s": { en: "69275b9c", text: "524 在大约 120 秒后出现，这是 Cloudflare 的 Proxy Read Timeout。" },
    "behind-cloudflare-504-524-after-108s-to-132s": { en: "ebdd5c43", text: "路径上有 Cloudflare，且错误在大约 120 秒后出现，这是它的 Proxy Read Timeout。" },
    "aws-alb-504": { en: "826e54e2", text: "ALB 504：目标没有在空闲超时之前响应（或无法连接）。" },
    "aws-alb-504-after-54s-to-66s": { en: "756cfce0", text: "ALB 在约 60 秒后返回 504，正是默认的空闲超时。" },
    "aws-cloudfront-504": { en: "ff0cf817", text: "CloudFront 504：源站没有在源站响应超时时间内返回响应。" },
    "aws-cloudfront-504-after-27s-to-33s": { en: "a3a549c2", text: "CloudFront 在约 30 秒后返回 504，正是默认的源站响应（读取）超时。" },
    "aws-api-gateway-504": { en: "11ed9c6d", text: "API Gateway 504：集成后端没有在集成超时时间内响应。" },
    "aws-api-gateway-504-after-26s-to-32s": { en: "0b852434", text: "API Gateway 在约 29 秒后返回 504，正是默认的集成超时。" },
    "heroku-503-after-27s-to-33s": { en: "04043ae8", text: "Heroku 在约 30 秒后返回 503：触发了路由层的请求超时（H12）。" },
    "google-frontend-502-504-after-27s-to-33s": { en: "21c64ac3", text: "Google Cloud 负载均衡在约 30 秒后报错，正是后端服务的默认超时（statusDetails 为 backend_timeout）。" },
    "azure-app-gateway-502-504-after-18s-to-22s": { en: "570d7d87", text: "Application Gateway 在约 20 秒后报错，正是默认的后端请求超时。" },
    "azure-app-gateway-502-504-after-36s-to-44s": { en: "e1d6466f", text: "Application Gateway v2 在 20 秒请求超时后会改试另一台后端，总计约 40 秒。" },
    "azure-front-door-503-504-after-27s-to-33s": { en: "561fb7cf", text: "Azure Front Door 在大约 30 秒后报错，这是它默认的源站响应超时。" },
    "envoy-504": { en: "2693f13f", text: "Envoy 504 “upstream request timeout”：触发了路由超时。" },
    "istio-504": { en: "aff3e30c", text: "Istio 返回了 504：它默认不设置请求超时，因此是路由（VirtualService）上配置的超时触发了。" },
    "envoy-504-after-14s-to-17s": { en: "94a1c5ed", text: "Envoy 在约 15 秒后返回 504，正是默认的路由超时。" },
    "fastly-503-first-byte-timeout": { en: "aa0771a7", text: "Fastly 的 503 表明源站接收了请求，但在首字节超时之前没有发送响应头。" },
    "fastly-503-after-14s-to-17s": { en: "10c552c5", text: "Fastly 在约 15 秒后返回 503，正是默认的首字节超时。" },
    "akamai-504": { en: "45fc32da", text: "Akamai 504：源站没有在读取超时时间内响应。" },
    "akamai-503-504-after-108s-to-132s": { en: "fc12bb29", text: "Akamai 在约 120 秒后报错，正是其常用的源站读取超时。" },
    "haproxy-504": { en: "52d80ccc", text: "HAProxy 504 “The server didn't respond in time”：触发了 timeout server。" },
    "edge-providers-504": { en: "047b4bd2", text: "WAF / 高防服务返回 504：源站没有在其读取超时时间内响应。" },
    "edge-providers-502-504-after-27s-to-33s": { en: "6e78222a", text: "错误在大约 30 秒后出现，这是 WAF 到源站常见的读取超时。" },
    "edge-providers-502-504-after-54s-to-66s": { en: "eab62c9f", text: "错误在约 60 秒后出现，这是 WAF 回源的常见读取超时。" },
    "reverse-proxies-504": { en: "c0c60516", text: "反向代理返回 504：其后端没有及时响应。" },
    "kong-504-after-54s-to-66s": { en: "30ee89ed", text: "Kong 在大约 60 秒后返回 504，这是 Kong Service 默认的 read_timeout（60,000 毫秒）。" },
    "squid-504-after-810s-to-990s": { en: "41ecdfb0", text: "Squid 在大约 15 分钟后返回 504，这是它默认的 read_timeout。" },
    "status-504-after-54s-to-66s": { en: "d499b1e9", text: "大约 60 秒后出现 504，这是代理和负载均衡最常见的默认读取超时。" },
    "status-504-timeout-blame-upstream-app": { en: "3a0f9a14", text: "代理后面的应用超时了。" },
    "timeout-blame-upstream-app-origin": { en: "4a1e8bd4", text: "后端没有及时响应。" },
    "every-try-at-response-timer": { en: "596c9551", text: "每次查看都在相同的时间后失败，正是路径中某一跳停止等待回答的时间：应用每次都比这个计时器慢，而不是某一次请求碰巧慢。" },
    "not-status-504-within-1s": { en: "4c9e7d59", text: "504 在一秒之内就出现了：没有代理会只等这么短的时间，所以它是在连接后端时放弃的，而不是因为后端太慢。" },
    "not-caddy-504-at-dial-timeout": { en: "a37d4e6a", text: "Caddy 在大约 3 秒后返回 504，这是它的 dial_timeout：它始终没能连上后端，请求根本没有到达应用。" },
    "not-traefik-504-at-dial-timeout": { en: "40d5e112", text: "Traefik 在大约 30 秒后返回 504，这是它的 dialTimeout（除非另行设置，它没有响应超时）：到后端的连接始终没有建立。" },
    "not-refused-etc": { en: "61ee4c28", text: "代理根本没有走到等待应用响应这一步：连接被拒绝、域名解析或 TLS 失败，或者没有可用的后端。" },
    "not-blame-elsewhere": { en: "84e2b0b8", text: "出故障的环节是边缘节点、请求本身或代理自身的配置，而不是响应缓慢的应用。" },
  },
  steps: {
    "nginx-find-slow-requests": {
      title: { en: "f45ca5b5", text: "nginx：找出超时的请求" },
      detail: { en: "069281ab", text: "每次读取超时都会在错误日志中留下“upstream timed out (110: Connection timed out) while reading response header from upstream”，并带有请求和上游信息。记录 $upstream_response_time 可以列出最慢的路由。" },
    },
    "kong-read-timeout": {
      title: { en: "38b8a3d4", text: "Kong：查看 Service 的 read_timeout" },
      detail: { en: "77c6f8a4", text: "Kong 对每个 Service 等待 read_timeout 毫秒（默认 60000）；响应中的 X-Kong-Upstream-Latency 显示上游用了多长时间。" },
    },
    "time-direct": {
      title: { en: "1a1bc5ce", text: "绕过代理，直接向源站发送同一请求并计时" },
      detail: { en: "2202aa7b", text: "如果耗时与代理等待的时间相当（或更长），瓶颈就在应用。" },
    },
    "nginx-timeouts": {
      title: { en: "fcce34a3", text: "nginx：只为慢的 location 调大读取超时" },
      detail: { en: "2b7be1b3", text: "proxy_read_timeout 默认为 60 秒。在处理长请求的 location 中调大它，测试后重新加载（先 nginx -t，再 reload）。nginx 前面的代理仍有它自己的限制。" },
    },
    "nginx-fastcgi-timeout": {
      title: { en: "b0758aa2", text: "nginx：为 PHP 调大 fastcgi_read_timeout" },
      detail: { en: "d3a51627", text: "对于经 php-fpm 运行的 PHP，等待时间由 fastcgi_read_timeout 决定（默认 60 秒）；PHP 的 max_execution_time 和 php-fpm 的 request_terminate_timeout 至少要同样长。" },
    },
    "aws-alb-idle-timeout": {
      title: { en: "662b3e81", text: "AWS：调大 ALB 的空闲超时" },
      detail: { en: "46ed27e0", text: "如果在 idle_timeout.timeout_seconds（默认 60 秒，最大 4000 秒）内没有任何字节传输，ALB 就会关闭请求。" },
    },
    "aws-cloudfront-response-timeout": {
      title: { en: "5375d080", text: "AWS：调大 CloudFront 的源站响应超时" },
      detail: { en: "a270bb7b", text: "在分配的源设置中，响应超时默认为 30 秒，可设置为 1 到 60 秒；更长的值需要申请提高配额。" },
    },
    "aws-api-gateway-integration-timeout": {
      title: { en: "d004a858", text: "AWS：API Gateway 的集成超时为 29 秒" },
      detail: { en: "c01bb715", text: "区域和私有 REST API 可以通过 Service Quotas 申请更长的集成超时（可能会降低限流配额）；边缘优化的 REST API 和 HTTP API 不行。否则就立即响应，再异步完成工作。" },
    },
    "cloudflare-proxy-read-timeout": {
      title: { en: "600071e2", text: "Cloudflare：120 秒的 Proxy Read Timeout" },
      detail: { en: "e035b1c8", text: "只有 Enterprise 套餐可以调大 Proxy Read Timeout（最多 6,000 秒）。其他套餐请把耗时长的接口放到仅 DNS 的主机名上，或让它们在 120 秒内响应。" },
    },
    "azure-front-door-response-timeout": {
      title: { en: "def49987", text: "Azure：调大 Front Door 的源站响应超时" },
      detail: { en: "78719d6e", text: "Standard 和 Premium 配置文件默认等待 30 秒；该超时可设置为 16 到 240 秒。" },
    },
    "azure-app-gateway-request-timeout": {
      title: { en: "debe6de6", text: "Azure：调大应用程序网关的后端请求超时" },
      detail: { en: "d76906e1", text: "后端设置的请求超时默认为 20 秒。" },
    },
    "google-backend-timeout": {
      title: { en: "aa6470da", text: "Google Cloud：调大后端服务的超时" },
      detail: { en: "f00fbaca", text: "外部 HTTP(S) 负载均衡的 timeoutSec 默认为 30 秒。" },
    },
    "envoy-route-timeout": {
      title: { en: "77cbed31", text: "Envoy：调大路由的超时" },
      detail: { en: "212ea9be", text: "路由默认等待上游完整响应 15 秒；在路由上设置 timeout（0s 表示禁用）。" },
    },
    "istio-virtualservice-timeout": {
      title: { en: "f676ebf6", text: "Istio：调大或去掉 VirtualService 的超时" },
      detail: { en: "4607e545", text: "除非 VirtualService 的路由设置了超时，否则 Istio 没有请求超时：找到带 timeout 的路由并调大它。" },
    },
    "haproxy-timeout-server": {
      title: { en: "88850042", text: "HAProxy：调大 timeout server" },
      detail: { en: "6785c824", text: "服务器在 timeout server 时间内没有发送任何内容时，HAProxy 返回 504；在处理长请求的 backend 中调大它，然后重新加载。" },
    },
    "kong-raise-read-timeout": {
      title: { en: "60dc2e80", text: "Kong：调大 Service 的 read_timeout" },
      detail: { en: "2a4dc595", text: "通过 Admin API 设置，单位为毫秒。" },
    },
    "fastly-first-byte-timeout": {
      title: { en: "564f824a", text: "Fastly：调大后端的首字节超时" },
      detail: { en: "975572d0", text: "first_byte_timeout 默认为 15 秒，最多可设为 600 秒（启用 shielding 或 clustering 时实际上限为 60 秒）。可在后端上设置，也可在 VCL 中用 bereq.first_byte_timeout 按请求设置。" },
    },
    "squid-read-timeout": {
      title: { en: "7254a1bf", text: "Squid：调大 read_timeout" },
      detail: { en: "2b3de35a", text: "服务器在 read_timeout（默认 15 分钟）内没有发送任何内容时，Squid 就会放弃；connect_timeout（1 分钟）用于建立连接。" },
    },
    "traefik-response-header-timeout": {
      title: { en: "eba73ac0", text: "Traefik：检查 serversTransport 的 forwardingTimeouts" },
      detail: { en: "c909eb58", text: "除非设置了 responseHeaderTimeout，Traefik 会无限期等待响应头（dialTimeout 默认 30 秒，只管建立连接）。如果 responseHeaderTimeout 设得比慢路由所需的时间短，就调大它。" },
    },
    "alibaba-listener-timeout": {
      title: { en: "e071e73d", text: "阿里云：调大监听的请求超时" },
      detail: { en: "63423c2d", text: "ALB 监听的 RequestTimeout 可设为 1 到 180 秒（默认 60 秒），CLB 七层监听也是如此；需要更长时间的工作应使用 TCP 监听（最长 900 秒）或后台任务。" },
    },
    "huawei-elb-response-timeout": {
      title: { en: "260f0ae4", text: "华为云：调大监听器的响应超时" },
      detail: { en: "7783630f", text: "七层监听器默认等待后端 60 秒（member_timeout，1-300 秒）：在监听器的高级配置中修改。" },
    },
    "akamai-read-timeout": {
      title: { en: "b91af1d5", text: "Akamai：调大 Read Timeout 行为" },
      detail: { en: "852d1854", text: "在 Property Manager 中，Read Timeout 行为决定边缘节点等待源站的时间（默认 120 秒）。" },
    },
    "heroku-thirty-seconds": {
      title: { en: "521a635e", text: "Heroku：把工作移出 web dyno" },
      detail: { en: "6e7a69a3", text: "路由器会结束任何 30 秒内没有发出首字节的请求（H12），而且这个时间无法调大：把工作排队交给 worker dyno，并立即响应。" },
    },
    "raise-proxy-timeout": {
      title: { en: "21d3b337", text: "只为慢的路由调大代理的超时" },
      detail: { en: "d1b5b0f8", text: "找到返回错误的代理的读取或响应超时，在预期会有长请求的地方调大它；前面的每个代理都有各自的限制。" },
    },
    "make-it-async": {
      title: { en: "be06db22", text: "把耗时操作移出请求" },
      detail: { en: "00e037bf", text: "将报表、导出、导入改为后台任务：立即返回任务 ID，由客户端轮询结果；或以流式方式返回响应，让数据在超时之前就开始传输。为慢查询添加索引或缓存。" },
    },
    "retry-later": {
      title: { en: "523d322f", text: "稍后重试" },
      detail: { en: "03780912", text: "这个页面花的时间超出了网站代理的等待时间。在网站不那么繁忙时重试可能会成功；如果一直这样，请把技术支持摘要发给网站管理员。" },
    },
    "ask-for-less": {
      title: { en: "0369c31b", text: "请求更少的结果" },
      detail: { en: "1150df18", text: "范围更窄的搜索、更短的日期区间或更小的导出，网站生成起来花的时间更少。" },
    },
  },
});
