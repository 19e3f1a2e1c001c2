import { defineCauseTranslation } from '../../translation';

export default defineCauseTranslation({
  id: "php-fpm-workers-exhausted",
  title: { en: "f9baf6cb", text: "php-fpm 的工作进程全部繁忙（达到 pm.max_children 上限）" },
  why: { en: "2a9f791e", text: "php-fpm 同时最多处理 pm.max_children 个 PHP 请求。所有工作进程都在忙时，新请求会在监听队列中等待。如果忙碌的进程很快处理完，不会有任何异常；否则，nginx 在 fastcgi_read_timeout 后放弃等待并返回 504；工作进程被 request_terminate_timeout 终止时，nginx 返回 502；队列已满时，新连接会被立即拒绝，同样返回 502（“connect() to unix:/run/php/php-fpm.sock failed (11: Resource temporarily unavailable)”）。php-fpm 日志中会出现“server reached pm.max_children setting”。" },
  because: {
    "nginx-502-504": { en: "669a7aae", text: "nginx 为其上游返回了 502/504；nginx 后面的 PHP 网站通常运行 php-fpm，其进程池占满时这两种错误都会出现。" },
    "nginx-504-after-54s-to-66s": { en: "10040d2c", text: "504 在约 60 秒后出现，正是 nginx 的 fastcgi_read_timeout 默认值：PHP 请求一直在等待空闲的工作进程。" },
    "load-balancers-502-504": { en: "24f3c356", text: "阿里云将 nginx 后端的 php-fpm 达到 max_children 上限列为 SLB 502/504 的原因之一。" },
    "apache-or-litespeed-502-503-504": { en: "215d6d36", text: "PHP 进程池前面的 Web 服务器返回了网关错误。" },
    "behind-nginx-502-504-blame-origin-upstream-app": { en: "1e5ec637", text: "请求路径上有 nginx，故障发生在它后面。" },
    "cloudflare-520-524": { en: "efa83376", text: "Cloudflare 指出 520 错误在 PHP 应用中很常见；PHP 进程池饱和也会导致 524。" },
    "overloaded-blame-upstream-app": { en: "e8982cb5", text: "Web 服务器后面的应用容量已耗尽。" },
    "load-balancers-502-504-after-5s": { en: "0e7c5a7a", text: "负载均衡在数秒之后才返回 502/504：PHP 请求一直在等空闲的 php-fpm 进程，直到超时触发（阿里云原因 7.1）。" },
    "not-load-balancers-502-within-2s": { en: "8884d8b8", text: "负载均衡立刻就失败了，而后端 php-fpm 进程池占满时，请求会先排队等到超时才出错（阿里云原因 7.1）。" },
    "not-nginx-behind-nginx-layout-wafs": { en: "23ad9cf6", text: "路径中的 WAF 自己也会写 nginx 样式的 5xx 页面：这个页面可能是它对 WAF 回源这一跳的答复，而不是源站 nginx 写的。" },
    "not-blame-elsewhere": { en: "2d0032ef", text: "出故障的环节不是 PHP 后端。" },
    "not-dns-tls": { en: "a8f44c40", text: "DNS 或 TLS 失败发生在请求到达 PHP 之前。" },
  },
  steps: {
    "check-fpm-log": {
      title: { en: "ac36c4d2", text: "在 php-fpm 日志中查找“max_children”警告" },
      detail: { en: "c9c392ce", text: "日志路径因发行版而异（/var/log/php*-fpm.log、/var/log/php-fpm/error.log）。" },
    },
    "fpm-status": {
      title: { en: "d1428357", text: "查看进程池状态" },
      detail: { en: "644ffa19", text: "在进程池配置中启用 pm.status_path = /fpm-status，并只允许本机访问；如果“active processes”等于“total processes”，且“listen queue”不断增长，即可确认。" },
    },
    "size-workers": {
      title: { en: "3ecbbf8b", text: "估算内存能容纳多少个工作进程" },
      detail: { en: "ec4c732d", text: "先算出每个工作进程的平均常驻内存；pm.max_children ≈（可供 PHP 使用的内存）/（每个进程占用的内存）。" },
    },
    "raise-max-children": {
      title: { en: "5ff881d0", text: "在进程池配置中调大 pm.max_children" },
      detail: { en: "b5828233", text: "修改 /etc/php/*/fpm/pool.d/www.conf（或 /etc/php-fpm.d/www.conf），然后执行 systemctl reload php-fpm（服务名可能是 php8.x-fpm）。调大的幅度以内存允许为限；同时要优化慢脚本，否则进程池再大也一样会被占满。" },
    },
    "slowlog": {
      title: { en: "de916124", text: "找出占用工作进程的慢脚本" },
      detail: { en: "dc5b8d48", text: "慢日志会记录每个执行时间超过阈值的请求的调用栈。" },
    },
    "retry-later": {
      title: { en: "e6ab7da4", text: "几分钟后重试" },
      detail: { en: "746a368c", text: "该网站当前太忙，无法处理你的请求。请稍后重试；如果问题持续，请把技术支持摘要发给网站管理员。" },
    },
  },
});
