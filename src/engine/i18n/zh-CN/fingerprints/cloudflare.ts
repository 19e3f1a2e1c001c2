import { defineFingerprintTranslation } from '../../../knowledge/translation';

export default defineFingerprintTranslation({
  generator: "cloudflare",
  pages: {
    "branded-5xx": {
      says: "Cloudflare 的品牌错误页，带有 Browser / Cloudflare / Host 状态示意图。",
      refine: [
        "状态示意图把 Cloudflare 一栏标为“Error”：边缘节点自身出错。",
        "状态示意图把 Cloudflare 一栏标为“Error”：边缘节点自身出错。",
        "状态示意图把 Browser 一栏标为“Error”：请求本身有问题。",
        "状态示意图把 Browser 一栏标为“Error”：请求本身有问题。",
        "Host 一栏为“Error”且状态码为 524：源站接受了连接，但在 Cloudflare 代理读取超时（100–120 秒）之前没有返回响应。",
        "Host 一栏为“Error”且状态码为 504：源站 Web 服务器自己报告了网关超时。",
        "Host 一栏为“Error”且状态码为 502：源站 Web 服务器自己报告了网关错误（Bad Gateway）。",
        "状态示意图把 Host 一栏标为“Error”：Cloudflare 正常，是源站服务器出错。",
        "状态示意图把 Host 一栏标为“Error”：Cloudflare 正常，是源站服务器出错。",
      ],
    },
    "error-1xxx": {
      says: "Cloudflare 边缘节点生成的带编号错误页（“Error 10xx”）。",
    },
    "error-1xxx-access-denied": {
      says: "Cloudflare 当前版本的“Access denied — Error code 10xx”页面。",
    },
    "waf-block": {
      says: "Cloudflare 的“Sorry, you have been blocked”页面：某条 WAF / 安全规则拦截了该请求。",
    },
    "managed-challenge": {
      says: "Cloudflare 的“Just a moment...”质询过渡页（托管质询 / JS 质询）。",
    },
    "under-attack-legacy": {
      says: "Cloudflare 旧版的“Checking your browser before accessing…”页面（I'm Under Attack 模式）。",
    },
    "challenge-header": {
      says: "响应带有“cf-mitigated: challenge”：Cloudflare 返回的是质询。",
    },
    "plain-footer": {
      says: "页脚写着“cloudflare”的简单状态页：由 Cloudflare 边缘节点自己生成。",
    },
    "plain-text-code": {
      says: "Cloudflare 对非浏览器客户端返回的纯文本“error code: NNNN”。",
    },
    "bodyless-52x": {
      says: "Cloudflare 专有的状态码（52x/530），带 CF-RAY 且没有响应体：Cloudflare 代替源站作出了响应。",
    },
    "captcha-challenge-legacy": {
      says: "Cloudflare 的 CAPTCHA 质询页（“One more step — please complete the security check”）。",
    },
    "title-52x": {
      says: "Cloudflare 品牌错误页“<host> | 52x: …”的标准页面标题，状态码为 Cloudflare 专有。",
    },
    "title-500": {
      says: "Cloudflare 品牌错误页“<host> | 500: …”的标准页面标题，随 CF-RAY 返回。",
    },
    "title-502": {
      says: "Cloudflare 品牌错误页“<host> | 502: …”的标准页面标题，随 CF-RAY 返回。",
    },
    "title-504": {
      says: "Cloudflare 品牌错误页“<host> | 504: …”的标准页面标题，随 CF-RAY 返回。",
    },
    "branded-5xx-heading": {
      says: "Cloudflare 品牌错误页的正文标题（“Error code 5xx”）；页面上缺少状态示意图。",
    },
    "title-just-a-moment": {
      says: "Cloudflare 质询过渡页的页面标题“Just a moment...”，随 CF-RAY 返回。",
    },
    "title-attention-required": {
      says: "Cloudflare 安全拦截页的页面标题“Attention Required! | Cloudflare”，随 CF-RAY 返回。",
    },
    "title-restrict-access": {
      says: "Cloudflare 1xxx 拦截页的页面标题“Access denied | <host> used Cloudflare to restrict access”。",
    },
    "text-5xx-current": {
      says: "Cloudflare 品牌错误页的文字（“Error code 5xx — Visit cloudflare.com for more information”）。",
    },
    "text-5xx-legacy": {
      says: "Cloudflare 旧版品牌错误页的文字（“Error reference number”“Cloudflare Location”）。",
    },
    "text-1xxx": {
      says: "Cloudflare 1xxx 错误页的文字（“Error 10xx … Performance & security by Cloudflare”）。",
    },
    "text-1xxx-heading": {
      says: "Cloudflare 1xxx 错误页的正文标题（“Error 10xx Ray ID: … UTC”）。",
    },
    "text-access-denied-details": {
      says: "Cloudflare“Access denied”页面上的详情列表（Error code / Ray ID / Country / Data center）。",
    },
    "plain-text-code-bare": {
      says: "响应体只有“error code: NNNN”：Cloudflare 对非浏览器客户端的纯文本响应。",
    },
    "error-type-header": {
      says: "“cf-error-type”响应头：Cloudflare 只在自己生成的错误页上设置它。",
    },
  },
});
