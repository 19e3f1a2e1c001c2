import { defineCauseTranslation } from '../../translation';

export default defineCauseTranslation({
  id: "web-server-down",
  title: { en: "8531f226", text: "源站的 Web 服务器未运行或未在监听" },
  summary: { en: "6985af18", text: "源站上的 Web 服务器已停止或在其他端口上监听，因此代理的连接失败。" },
  why: { en: "d2f79f2e", text: "如果源站上的 nginx、Apache 或 IIS 崩溃、被停止、修改配置后启动失败，或者监听在了其他端口或地址上，代理的连接就会被拒绝（或被重置）。Cloudflare 显示 521 “Web server is down”；其他 CDN 和 WAF 显示 502 / 503。直接访问源站也会以同样的方式失败。" },
  because: {
    "cloudflare-521": { en: "4c40cabd", text: "Cloudflare 521：源站拒绝了连接；Web 服务器离线是两种常见原因之一。" },
    "code-521": { en: "6b5265b7", text: "错误代码 521：Web 服务器已停止运行。" },
    "refused-blame-origin": { en: "582a7ce1", text: "源站拒绝了代理的连接：该端口上没有程序在监听。" },
    "edge-providers-502-503-504": { en: "2cc02d46", text: "防护服务没有收到源站的响应：源站上的 Web 服务器已停止是官方列出的原因之一。" },
    "proxies-502-503-blame-origin": { en: "6675ec54", text: "CDN 无法连接源站的 Web 服务器。" },
    "cloudflare-522": { en: "9234a186", text: "离线的源站也可能让 Cloudflare 一直等待（522）。" },
    "timeout-unreachable-blame-origin": { en: "0fc57761", text: "源站没有响应连接。" },
    "cloudflare-520": { en: "afbee57f", text: "Cloudflare 520：源站 Web 服务器崩溃是 Cloudflare 列出的第一个原因，它会留下空的或残缺的响应。" },
    "every-try-refused-at-once": { en: "b9e6e84c", text: "每次查看都被立即拒绝，没有任何等待：端口上没有程序监听，或者防火墙拒绝了连接。" },
    "not-answered-again": { en: "e680bce1", text: "再次检查时该地址回答正常，说明其 Web 服务器在运行：重启、部署或短暂过载比服务器宕机更有可能。" },
    "not-reverse-proxies-blame-upstream-app-client": { en: "3a1bcab4", text: "这个页面是源站 Web 服务器自己生成的，说明它正在运行。" },
    "not-blame-elsewhere": { en: "355ef27e", text: "出故障的环节不是源站的 Web 服务器。" },
  },
  steps: {
    "nginx-status": {
      title: { en: "eeee52f1", text: "nginx：检查它是否在运行、配置能否加载" },
      detail: { en: "db83012d", text: "服务状态会显示最近几行日志；nginx -t 会指出导致无法启动的配置错误所在的行。" },
    },
    "apache-status": {
      title: { en: "e851c7a5", text: "Apache：检查它是否在运行、配置能否加载" },
      detail: { en: "26460571", text: "在 Debian 和 Ubuntu 上服务单元名为 apache2，在 Red Hat 系系统上为 httpd。" },
    },
    "iis-status": {
      title: { en: "c06078e5", text: "IIS：检查服务和站点状态" },
      detail: { en: "63b970b2", text: "W3SVC 和 WAS 必须在运行，站点必须已启动；应用程序池停止时返回的则是 503。" },
    },
    "direct-test": {
      title: { en: "1411e9e2", text: "直接测试源站" },
      detail: { en: "ab84994f", text: "如果这样也被拒绝，说明 Web 服务器已停止运行；如果能正常访问，则应转而排查代理地址是否被拦截。" },
    },
    "ports": {
      title: { en: "f3564d1d", text: "确认它在代理所用的端口上监听" },
      detail: { en: "f4dd065a", text: "代理只连接一个端口（80 或 443，或其源站设置中的端口）；绑定在其他端口或只绑定在 127.0.0.1 上的服务器会拒绝它。" },
    },
    "cloudflare-ssl-mode-port": {
      title: { en: "49105ba2", text: "Cloudflare：让源站端口与 SSL 模式一致" },
      detail: { en: "a926aa72", text: "SSL 模式为“灵活”时 Cloudflare 连接 80 端口；为“完全”或“完全（严格）”时连接 443 端口。源站必须在该端口上监听。" },
    },
    "nginx-start": {
      title: { en: "3c48d999", text: "nginx：修复配置并启动" },
      detail: { en: "7c1c424d", text: "只在配置测试通过后再启动；错误日志会说明它停止的原因。" },
    },
    "apache-start": {
      title: { en: "c86ec7dd", text: "Apache：修复配置并启动" },
      detail: { en: "3998af17", text: "在 Red Hat 系系统上用 httpd 代替 apache2；journal 日志会说明它停止的原因。" },
    },
    "start-web-server": {
      title: { en: "e85feb82", text: "启动 Web 服务器并查明它停止的原因" },
      detail: { en: "855a1109", text: "启动提供该网站的服务，并查看故障前后的日志：配置错误、磁盘已满或更新后崩溃是常见原因。" },
    },
    "tell-owner": {
      title: { en: "673df4b3", text: "告知网站管理员" },
      detail: { en: "0aa7b018", text: "该网站的 Web 服务器已停止运行。你这边做什么都无法解决：请把技术支持摘要发给网站管理员。" },
    },
  },
});
