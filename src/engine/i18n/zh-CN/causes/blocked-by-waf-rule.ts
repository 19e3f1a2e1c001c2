import { defineCauseTranslation } from '../../translation';

export default defineCauseTranslation({
  id: "blocked-by-waf-rule",
  title: { en: "32fab639", text: "网站的防火墙规则拦截了该请求" },
  summary: { en: "1b469656", text: "网站的 Web 应用防火墙把这个请求与它的某条规则匹配上，并有意拒绝了它。" },
  why: { en: "e0b12cd7", text: "网站的 WAF 将请求与某条规则匹配——自定义防火墙规则（国家/地区、IP、User-Agent、路径）、托管的攻击特征规则或机器人规则——并用自己的页面拦截了它。网站本身运行正常；这个请求是被有意拒绝的，有时属于误拦（表单字段触发误报、VPN 地址、不常见的浏览器扩展）。" },
  because: {
    "code-1020": { en: "e1d3789b", text: "Cloudflare 错误 1020：网站的防火墙规则拒绝了访问。" },
    "blocked-blame-none": { en: "265452b9", text: "该页面是拦截页：安全规则拒绝了这个请求。" },
    "waf-403-406-418": { en: "74e9be40", text: "WAF 返回了表示拒绝的状态码。" },
    "aws-alb-or-aws-cloudfront-403": { en: "7af36a0b", text: "ALB 或 CloudFront 返回 403，正是 AWS WAF 的 Web ACL 中某条规则拦截请求时的表现。" },
    "status-403-blame-none": { en: "341254dc", text: "请求是被拒绝了，而不是出了故障。" },
    "not-address-ban": { en: "70239259", text: "页面表明被封禁的是访客的地址、网络或国家/地区：拦截针对的是谁发出了请求，而不是请求的内容。" },
    "not-challenge": { en: "f14b5f21", text: "该页面是浏览器验证，而不是拦截：通过验证的浏览器就能继续访问。" },
    "not-blame-elsewhere": { en: "024cbe9d", text: "页面报告的是某个环节出了故障；规则拦截不会指出哪台服务器出错。" },
  },
  steps: {
    "send-block-id": {
      title: { en: "66dcca8d", text: "把拦截信息发给网站管理员" },
      detail: { en: "ab3dde17", text: "请附上时间、页面上显示的拦截 ID 或请求 ID 以及你的公网 IP 地址：管理员据此可以找到匹配的规则。" },
    },
    "change-request": {
      title: { en: "9ed109f6", text: "修改发送的内容后重试" },
      detail: { en: "3d701359", text: "防火墙规则匹配的是请求的内容：表单字段里像代码的文字、不常见的 URL 或查询串、扩展程序添加的请求头。去掉不寻常的部分后再发送一次。" },
    },
    "cloudflare-security-events": {
      title: { en: "80e1dc9c", text: "在 Cloudflare 安全事件中按 Ray ID 查找事件" },
      detail: { en: "266e2b6f", text: "在 Cloudflare 控制台打开 Security > Events（安全分析），按页面上的 Ray ID 或访客 IP 筛选，查看匹配的是哪条规则、执行了什么操作。" },
    },
    "alibaba-waf-request-id": {
      title: { en: "842be7c7", text: "用页面上的请求 ID 搜索阿里云 WAF 日志" },
      detail: { en: "42caa206", text: "405 拦截页会显示一个请求 ID。在 WAF 控制台的安全报表或日志查询中搜索它，即可看到是哪条防护规则拦截了请求以及原因。" },
    },
    "edgeone-log-uuid": {
      title: { en: "8dcf528f", text: "在 EdgeOne 的 Web 安全分析中查找 EO-LOG-UUID" },
      detail: { en: "676236f3", text: "EdgeOne 会在每个响应上带 EO-LOG-UUID；状态码 566 表示托管规则拦截，567 表示自定义、速率限制或 Bot 规则拦截。在站点的 Web 安全分析或日志中搜索该 ID，即可看到对应规则。" },
    },
    "sucuri-audit-trail": {
      title: { en: "701ab26f", text: "在 Sucuri 防火墙控制台中查找这次拦截" },
      detail: { en: "6f0a581a", text: "页面上的 Block ID（也在 X-Sucuri-Block 响应头中）指明了匹配的特征，例如 XSS 或 SQL 注入模式、伪造的爬虫。按时间和访客 IP 在防火墙的审计记录 / 访问日志中找到该请求。" },
    },
    "huawei-waf-events": {
      title: { en: "4cd7bc96", text: "在华为云 WAF 的防护事件页面查找事件" },
      detail: { en: "53dd074b", text: "打开 WAF 控制台的防护事件页面，按时间和访客 IP 搜索，查看拦截所用的规则（418 是该 WAF 默认的拦截状态码）。误报可以直接在事件中处理。" },
    },
    "aws-waf-sampled-requests": {
      title: { en: "7a50e9e1", text: "在 AWS WAF 的 Web ACL 中查找被拦截的请求" },
      detail: { en: "229a3296", text: "在关联到该分配或负载均衡器的 Web ACL 上，查看采样请求（最近三小时）或 WAF 日志，其中 terminatingRuleId 指明了拦截请求的规则。" },
    },
    "azure-waf-logs": {
      title: { en: "c9767592", text: "在 Azure WAF 日志中查询该请求" },
      detail: { en: "cc533a2c", text: "Front Door：页面上的参考字符串就是该请求在 WAF 日志中的跟踪参考。Application Gateway：防火墙日志会写出规则 ID。两者都可以在 Log Analytics 中按时间和客户端 IP 查询。" },
    },
    "modsecurity-audit-log": {
      title: { en: "43bd8fd5", text: "查看 ModSecurity 审计日志" },
      detail: { en: "d1e64a35", text: "SecAuditLog 指定的审计日志记录了被拦截的事务，以及每条匹配规则的 id 和消息；Web 服务器的错误日志中也有一行带相同 id 的 \"ModSecurity: Access denied\"。" },
    },
    "f5-support-id": {
      title: { en: "c7eeca77", text: "在 BIG-IP 请求日志中查找 support ID" },
      detail: { en: "83852e02", text: "页面会显示一个 support ID。在 Security > Event Logs > Application > Requests 下搜索它，即可看到导致策略拦截请求的违规项。" },
    },
    "find-event": {
      title: { en: "00b835f8", text: "在防火墙的事件日志中查找这次拦截" },
      detail: { en: "c1ba0bc8", text: "在 WAF 的事件或审计日志中搜索页面上显示的拦截 ID，或按访客 IP 和时间搜索，查看匹配的是哪条规则。" },
    },
    "add-exception": {
      title: { en: "e6d28701", text: "收窄规则或为误报添加例外" },
      detail: { en: "c8f97f4e", text: "如果这个请求是正常的，就让匹配的那一条规则不再检查该字段、路径或客户端（或改为仅记录），而不是把整个防火墙关掉。" },
    },
  },
});
