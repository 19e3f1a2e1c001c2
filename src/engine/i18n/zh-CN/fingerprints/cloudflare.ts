import { defineFingerprintTranslation } from '../../translation';

export default defineFingerprintTranslation({
  generator: "cloudflare",
  pages: {
    "branded-5xx": {
      says: { en: "46457782", text: "Cloudflare 的品牌错误页，带有 Browser / Cloudflare / Host 状态示意图。" },
      refine: {
        "body-id-cf-cloudflare-status-class-cf-error-source": { en: "6b166506", text: "状态示意图把 Cloudflare 一栏标为“Error”：边缘节点自身出错。" },
        "body-cf-status-item-cf-cloudflare-status-cf-error-source": { en: "6b166506", text: "状态示意图把 Cloudflare 一栏标为“Error”：边缘节点自身出错。" },
        "body-id-cf-browser-status-class-cf-error-source": { en: "0b0c05fa", text: "状态示意图把 Browser 一栏标为“Error”：请求本身有问题。" },
        "body-cf-status-item-cf-browser-status-cf-error-source": { en: "0b0c05fa", text: "状态示意图把 Browser 一栏标为“Error”：请求本身有问题。" },
        "title-524": { en: "a1d178fc", text: "Host 一栏为“Error”且状态码为 524：源站接受了连接，但在 Cloudflare 代理读取超时（100–120 秒）之前没有返回响应。" },
        "title-504": { en: "164d6777", text: "Host 一栏为“Error”且状态码为 504：源站 Web 服务器自己报告了网关超时。" },
        "title-502": { en: "1e3a6f96", text: "Host 一栏为“Error”且状态码为 502：源站 Web 服务器自己报告了网关错误（Bad Gateway）。" },
        "body-id-cf-host-status-class-cf-error-source": { en: "74dcef1b", text: "状态示意图把 Host 一栏标为“Error”：Cloudflare 正常，是源站服务器出错。" },
        "body-cf-status-item-cf-host-status-cf-error-source": { en: "74dcef1b", text: "状态示意图把 Host 一栏标为“Error”：Cloudflare 正常，是源站服务器出错。" },
      },
    },
    "error-1xxx": {
      says: { en: "442d01b3", text: "Cloudflare 边缘节点生成的带编号错误页（“Error 10xx”）。" },
    },
    "error-1xxx-access-denied": {
      says: { en: "ce28f231", text: "Cloudflare 当前版本的“Access denied — Error code 10xx”页面。" },
    },
    "waf-block": {
      says: { en: "5f6403e1", text: "Cloudflare 的“Sorry, you have been blocked”页面：某条 WAF / 安全规则拦截了该请求。" },
    },
    "managed-challenge": {
      says: { en: "377302d3", text: "Cloudflare 的“Just a moment...”质询过渡页（托管质询 / JS 质询）。" },
    },
    "under-attack-legacy": {
      says: { en: "55f94eae", text: "Cloudflare 旧版的“Checking your browser before accessing…”页面（I'm Under Attack 模式）。" },
    },
    "challenge-header": {
      says: { en: "e9cf1b95", text: "响应带有“cf-mitigated: challenge”：Cloudflare 返回的是质询。" },
    },
    "plain-footer": {
      says: { en: "3d1dde4b", text: "页脚写着“cloudflare”的简单状态页：由 Cloudflare 边缘节点自己生成。" },
    },
    "plain-text-code": {
      says: { en: "1c3708a3", text: "Cloudflare 对非浏览器客户端返回的纯文本“error code: NNNN”。" },
    },
    "bodyless-52x": {
      says: { en: "a270d181", text: "Cloudflare 专有的状态码（52x/530），带 CF-RAY 且没有响应体：Cloudflare 代替源站作出了响应。" },
    },
    "bodyless-52x-server-only": {
      says: { en: "9bfdd286", text: "来自“Server: cloudflare”、没有正文的 Cloudflare 专有状态码（52x/530）：Cloudflare 代替源站作答。" },
    },
    "status-52x": {
      says: { en: "1bb08cf8", text: "带 CF-RAY 的 Cloudflare 专有状态码（52x/530）：Cloudflare 代替源站作答，只是其页面未能识别。" },
    },
    "status-52x-names-cloudflare": {
      says: { en: "f0aa65ee", text: "Cloudflare 专有的状态码（52x/530），页面提到了 Cloudflare，但没有带 Cloudflare 的响应头。" },
    },
    "captcha-challenge-legacy": {
      says: { en: "13426224", text: "Cloudflare 的 CAPTCHA 质询页（“One more step — please complete the security check”）。" },
    },
    "title-52x": {
      says: { en: "cbc51e37", text: "Cloudflare 品牌错误页“<host> | 52x: …”的标准页面标题，状态码为 Cloudflare 专有。" },
    },
    "title-500": {
      says: { en: "7076d8b7", text: "Cloudflare 品牌错误页“<host> | 500: …”的标准页面标题，随 CF-RAY 返回。" },
    },
    "title-502": {
      says: { en: "4e5d1be5", text: "Cloudflare 品牌错误页“<host> | 502: …”的标准页面标题，随 CF-RAY 返回。" },
    },
    "title-504": {
      says: { en: "c1e64abb", text: "Cloudflare 品牌错误页“<host> | 504: …”的标准页面标题，随 CF-RAY 返回。" },
    },
    "branded-5xx-heading": {
      says: { en: "252a690b", text: "Cloudflare 品牌错误页的正文标题（“Error code 5xx”）；页面上缺少状态示意图。" },
    },
    "title-just-a-moment": {
      says: { en: "65973037", text: "Cloudflare 质询过渡页的页面标题“Just a moment...”，随 CF-RAY 返回。" },
    },
    "title-attention-required": {
      says: { en: "373e36fe", text: "Cloudflare 安全拦截页的页面标题“Attention Required! | Cloudflare”，随 CF-RAY 返回。" },
    },
    "title-restrict-access": {
      says: { en: "a96e1c35", text: "Cloudflare 1xxx 拦截页的页面标题“Access denied | <host> used Cloudflare to restrict access”。" },
    },
    "text-5xx-current": {
      says: { en: "b412aeda", text: "Cloudflare 品牌错误页的文字（“Error code 5xx — Visit cloudflare.com for more information”）。" },
    },
    "text-5xx-legacy": {
      says: { en: "2b5a91d9", text: "Cloudflare 旧版品牌错误页的文字（“Error reference number”“Cloudflare Location”）。" },
    },
    "text-1xxx": {
      says: { en: "70c7d890", text: "Cloudflare 1xxx 错误页的文字（“Error 10xx … Performance & security by Cloudflare”）。" },
    },
    "text-1xxx-heading": {
      says: { en: "feb9d7ac", text: "Cloudflare 1xxx 错误页的正文标题（“Error 10xx Ray ID: … UTC”）。" },
    },
    "text-access-denied-details": {
      says: { en: "00e67444", text: "Cloudflare“Access denied”页面上的详情列表（Error code / Ray ID / Country / Data center）。" },
    },
    "plain-text-code-bare": {
      says: { en: "275db2e4", text: "响应体只有“error code: NNNN”：Cloudflare 对非浏览器客户端的纯文本响应。" },
    },
    "error-type-header": {
      says: { en: "3d565a0a", text: "“cf-error-type”响应头：Cloudflare 只在自己生成的错误页上设置它。" },
    },
  },
});
