import { defineCauseTranslation } from '../../translation';

export default defineCauseTranslation({
  id: "browser-challenge",
  title: { en: "d999638e", text: "安全验证要求浏览器证明自己不是机器人" },
  summary: { en: "b39585d3", text: "网站前面的安全服务在放行请求之前，先显示了浏览器验证或验证码。" },
  why: { en: "6a22efd2", text: "反爬虫和 DDoS 防护服务遇到拿不准的请求时，会先返回一个验证而不是页面：一段浏览器必须运行的脚本，有时是验证码，通过后会设置一个 Cookie，让后续请求直接放行。正常的浏览器几秒钟就能通过。如果 JavaScript 或 Cookie 被禁用、扩展程序阻止了验证脚本，验证就会失败或反复出现；无法运行脚本的客户端（API 客户端、爬虫、监控、curl）则永远无法通过。" },
  because: {
    "challenge-blame-none": { en: "8660c599", text: "该页面是安全验证（JavaScript 质询或验证码），而不是错误页面。" },
    "challenge": { en: "82898b26", text: "这个响应是一个质询，浏览器必须先通过它，网站才会返回内容。" },
  },
  steps: {
    "allow-scripts-and-cookies": {
      title: { en: "b1e1b0cb", text: "让验证在正常的浏览器中运行" },
      detail: { en: "500ed48e", text: "为该网站允许 JavaScript 和 Cookie，暂停会拦截脚本或跟踪器的扩展程序，然后在验证页面上等待几秒钟，直到它自动跳转。" },
    },
    "retry-after-check": {
      title: { en: "cb3b210e", text: "验证通过后再重新加载" },
      detail: { en: "bed64902", text: "如果验证反复出现，关闭该标签页，在新窗口中重新打开网站并完成一次验证；快速反复刷新可能会让服务变得更严格。" },
    },
    "cloudflare-challenge-events": {
      title: { en: "a1626107", text: "找到发出质询的 Cloudflare 规则" },
      detail: { en: "66e24008", text: "在 Security > Events 中按 Ray ID 或客户端筛选：事件会写出发出质询的规则或功能（自定义规则、Bot Fight Mode、Under Attack 模式、托管规则），Security Analytics 还会显示有多少质询被通过。" },
    },
    "aws-waf-challenge-logs": {
      title: { en: "e6deb815", text: "在 AWS WAF 日志中查找 CHALLENGE 或 CAPTCHA 动作" },
      detail: { en: "c43a110e", text: "该请求的 WAF 日志条目会显示动作为 CHALLENGE 或 CAPTCHA 的规则，以及它看到的令牌状态。" },
    },
    "vercel-firewall-events": {
      title: { en: "1d4cc064", text: "在 Vercel Firewall 中查看这次质询" },
      detail: { en: "81ef3707", text: "在项目的 Firewall 视图中，查找当时以 Security Checkpoint 响应的规则、Attack Challenge Mode 或机器人防护。" },
    },
    "find-challenge-setting": {
      title: { en: "29045a9c", text: "找到发出验证的设置" },
      detail: { en: "63f80320", text: "在安全服务的控制台中按访客 IP 和时间搜索事件：事件会写出是哪项机器人、速率或“受攻击模式”设置发出了质询，而没有直接放行请求。" },
    },
    "skip-challenge-for-known-clients": {
      title: { en: "b8a9affd", text: "让 API 路径和已知客户端跳过质询" },
      detail: { en: "480a791f", text: "不运行 JavaScript 的客户端永远无法通过浏览器验证。请让 API 和 Webhook 路径、监控和合作方客户端免于质询（按路径、已验证的机器人、令牌或地址），而不是给它们返回验证页面。" },
    },
    "cloudflare-skip-rule": {
      title: { en: "9732ecb4", text: "为必须放行的客户端添加 Cloudflare 跳过规则" },
      detail: { en: "38e8429e", text: "在质询之前放置一条使用 Skip 动作的自定义规则（匹配 API 主机名或路径，或已验证的机器人），即可放行这些请求；对于 Under Attack 模式，可以用配置规则在这些路径上关闭它。" },
    },
  },
});
