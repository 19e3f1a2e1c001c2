import { defineCauseTranslation } from '../../translation';

export default defineCauseTranslation({
  id: "intermediate-proxy-error",
  title: { en: "46af1f90", text: "CDN 与应用之间的负载均衡或代理产生了该错误" },
  summary: { en: "6fef704a", text: "网站自身架构中位于 CDN 与应用之间的某台服务器出了故障，产生了这个错误。" },
  why: { en: "7e2d3104", text: "CDN 后面往往不止一跳：云负载均衡、Ingress 控制器、本机的 nginx 或 HAProxy、服务网格。当其后方的环节出故障时，其中任何一跳都可能返回 502 / 504，而 CDN 会把这个页面原样转给访问者。如果应用自己的日志里找不到这个失败的请求，说明错误产生在中间环节——请查看那一跳的日志。" },
  because: {
    "proxies-behind-edge-providers-502-503-504": { en: "78df3468", text: "该页面由 CDN 后面的某个代理生成并被原样透传：故障在源站自己的基础设施内部。" },
    "cloudflare-502-504-blame-many": { en: "c7b8c674", text: "Cloudflare 转发了源站返回的 502/504；生成它的可能是应用前面的负载均衡或代理。" },
    "blame-reverse-proxy": { en: "f8f27ac2", text: "源站一侧的某个代理出错。" },
    "not-blame-elsewhere": { en: "03c00d1e", text: "页面把故障归于边缘节点、请求本身，或根本没有故障：这不是源站基础设施内部的某一跳产生的。" },
  },
  steps: {
    "list-hops": {
      title: { en: "db8122e7", text: "列出 CDN 后面的每一跳" },
      detail: { en: "e74f5ae2", text: "响应头（Server、Via、X-Cache 以及各产品自己的响应头）会标出响应经过的各跳。Faultline 显示的请求路径按从外到内的顺序排列。" },
    },
    "heroku-router-logs": {
      title: { en: "2eb66d79", text: "Heroku：在路由器日志中找到这个请求" },
      detail: { en: "f4098032", text: "每条路由器日志都带有错误代码（H10 应用崩溃、H12 请求超时、H13 连接关闭但未返回响应、H14 没有运行中的 web dyno）、request_id 和 dyno：错误代码可以说明失败的是路由器还是应用。" },
    },
    "nginx-logs": {
      title: { en: "1a3eea2b", text: "在 nginx 日志中找到这个请求" },
      detail: { en: "f76df38e", text: "按时间和请求 ID（X-Request-Id，或 nginx 记录下来的 CDN 请求 ID）搜索。错误日志会写明是哪个上游失败、如何失败（“connect() failed”“upstream timed out”“prematurely closed”）。" },
    },
    "apache-proxy-log": {
      title: { en: "6712f903", text: "Apache：在错误日志中查看代理错误" },
      detail: { en: "52b574cb", text: "mod_proxy 会记录是哪个后端失败：“AH00957: … attempt to connect to … failed”（没有程序在监听），“AH01102: error reading status line from remote server”（后端关闭了连接或返回了无效内容）。再把该后端与 ProxyPass 配置对照。" },
    },
    "iis-failed-request-tracing": {
      title: { en: "875859c1", text: "IIS：跟踪失败的请求（失败请求跟踪）" },
      detail: { en: "2eb86b8b", text: "为站点启用“失败请求跟踪”，添加一条针对状态码 502 的规则。对于 502.3，跟踪记录会显示应用程序请求路由（ARR）从后端得到的错误（超时或连接被拒绝）；502.4 表示没有可用的后端服务器。跟踪文件写在 %SystemDrive%\\inetpub\\logs\\FailedReqLogFiles 下。" },
    },
    "varnish-fetch-error": {
      title: { en: "d8e602ce", text: "Varnish：查看是哪个后端、以何种方式失败" },
      detail: { en: "1a5346e6", text: "失败的后端请求中的 FetchError 行会说明出了什么问题（连接被拒绝、超时、没有健康的后端、应答格式错误），Backend 行则给出后端的名称。" },
    },
    "logs-per-hop": {
      title: { en: "6792bd50", text: "在每一跳的日志中找到这个请求" },
      detail: { en: "4eecbd03", text: "按时间和请求 ID 搜索负载均衡访问日志、代理或 Ingress 的错误日志以及应用日志。第一个记录了该失败的跳与最后一个没有记录的跳之间，就是故障所在的范围。" },
    },
    "bypass-hops": {
      title: { en: "1c1cc0b5", text: "逐一绕过各跳" },
      detail: { en: "7579720b", text: "使用相同的 Host 头，先直接请求负载均衡，再直接请求单台后端。" },
    },
    "nest-timeouts": {
      title: { en: "8dbe305c", text: "让每个内层跳的超时都比它前面那一跳更短" },
      detail: { en: "2bf55162", text: "最内层的跳先超时，它就会用自己的错误应答并记录原因；如果外层的跳先超时，内层就什么也不会记录。" },
    },
    "tell-owner": {
      title: { en: "673df4b3", text: "告知网站管理员" },
      detail: { en: "4b9f72c9", text: "该网站内部的某台服务器出了故障。请把技术支持摘要发给网站管理员。" },
    },
  },
});
