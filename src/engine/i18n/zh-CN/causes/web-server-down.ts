import { defineCauseTranslation } from '../../translation';

export default defineCauseTranslation({
  id: "web-server-down",
  title: { en: "8531f226", text: "源站的 Web 服务器未运行或未在监听" },
  why: { en: "d2f79f2e", text: "如果源站上的 nginx、Apache 或 IIS 崩溃、被停止、修改配置后启动失败，或者监听在了其他端口或地址上，代理的连接就会被拒绝（或被重置）。Cloudflare 显示 521 “Web server is down”；其他 CDN 和 WAF 显示 502 / 503。直接访问源站也会以同样的方式失败。" },
  because: {
    "cloudflare-521": { en: "4c40cabd", text: "Cloudflare 521：源站拒绝了连接；Web 服务器离线是两种常见原因之一。" },
    "code-521": { en: "6b5265b7", text: "错误代码 521：Web 服务器已停止运行。" },
    "refused-blame-origin": { en: "582a7ce1", text: "源站拒绝了代理的连接：该端口上没有程序在监听。" },
    "edge-providers-502-503-504": { en: "4a7551b5", text: "防护服务没有收到源站的响应：Web 服务（nginx、Apache）异常是官方列出的原因之一。" },
    "proxies-502-503-blame-origin": { en: "6675ec54", text: "CDN 无法连接源站的 Web 服务器。" },
    "cloudflare-522": { en: "9234a186", text: "离线的源站也可能让 Cloudflare 一直等待（522）。" },
    "timeout-unreachable-blame-origin": { en: "0fc57761", text: "源站没有响应连接。" },
    "cloudflare-520": { en: "afbee57f", text: "Cloudflare 520：源站 Web 服务器崩溃是 Cloudflare 列出的第一个原因，它会留下空的或残缺的响应。" },
    "not-reverse-proxies-blame-upstream-app-client": { en: "3a1bcab4", text: "这个页面是源站 Web 服务器自己生成的，说明它正在运行。" },
    "not-blame-elsewhere": { en: "355ef27e", text: "出故障的环节不是源站的 Web 服务器。" },
  },
  steps: {
    "status": {
      title: { en: "975124c2", text: "检查 Web 服务器是否在运行" },
      detail: { en: "611dbf2d", text: "腾讯云的检查方法是 ps -C nginx；systemctl 可以显示服务状态和最近几行日志。" },
    },
    "config-test": {
      title: { en: "272b42da", text: "检查配置并启动服务" },
      detail: { en: "467cb2fe", text: "修改后的配置有错误会导致服务无法启动。Apache：apachectl configtest && systemctl start apache2（或 httpd）。" },
    },
    "ports": {
      title: { en: "f3564d1d", text: "确认它在代理所用的端口上监听" },
      detail: { en: "c8098b6b", text: "Cloudflare：SSL 模式为“灵活”时使用 80 端口，为“完全”/“完全（严格）”时使用 443 端口。" },
    },
    "error-log": {
      title: { en: "1e3cb63d", text: "查明服务停止的原因" },
      detail: { en: "8d0a1daf", text: "查看故障发生前后错误日志的最后几行以及 journal 日志。" },
    },
    "direct-test": {
      title: { en: "1411e9e2", text: "直接测试源站" },
      detail: { en: "ab84994f", text: "如果这样也被拒绝，说明 Web 服务器已停止运行；如果能正常访问，则应转而排查代理地址是否被拦截。" },
    },
    "tell-owner": {
      title: { en: "673df4b3", text: "告知网站管理员" },
      detail: { en: "15484913", text: "该网站的 Web 服务器已停止运行。请稍后重试，并把技术支持摘要发给网站管理员。" },
    },
  },
});
