import { defineCauseTranslation } from '../../../knowledge/translation';

export default defineCauseTranslation({
  id: "php-fpm-workers-exhausted",
  title: "php-fpm 的工作进程全部繁忙（达到 pm.max_children 上限）",
  why: "php-fpm 同时最多处理 pm.max_children 个 PHP 请求。所有工作进程都在忙时，新请求会在监听队列中等待。如果忙碌的进程很快处理完，不会有任何异常；否则，nginx 在 fastcgi_read_timeout 后放弃等待并返回 504；工作进程被 request_terminate_timeout 终止时，nginx 返回 502；队列已满时，新连接会被立即拒绝，同样返回 502（“connect() to unix:/run/php/php-fpm.sock failed (11: Resource temporarily unavailable)”）。php-fpm 日志中会出现“server reached pm.max_children setting”。",
  because: [
    "nginx 为其上游返回了 502/504；nginx 后面的 PHP 网站通常运行 php-fpm，其进程池占满时这两种错误都会出现。",
    "504 在约 60 秒后出现，正是 nginx 的 fastcgi_read_timeout 默认值：PHP 请求一直在等待空闲的工作进程。",
    "阿里云将 nginx 后端的 php-fpm 达到 max_children 上限列为 SLB 502/504 的原因之一。",
    "PHP 进程池前面的 Web 服务器返回了网关错误。",
    "请求路径上有 nginx，故障发生在它后面。",
    "Cloudflare 指出 520 错误在 PHP 应用中很常见；PHP 进程池饱和也会导致 524。",
    "Web 服务器后面的应用容量已耗尽。",
    "出故障的环节不是 PHP 后端。",
    "DNS 或 TLS 失败发生在请求到达 PHP 之前。",
  ],
  steps: {
    "check-fpm-log": {
      title: "在 php-fpm 日志中查找“max_children”警告",
      detail: "日志路径因发行版而异（/var/log/php*-fpm.log、/var/log/php-fpm/error.log）。",
    },
    "fpm-status": {
      title: "查看进程池状态",
      detail: "在进程池配置中启用 pm.status_path = /fpm-status，并只允许本机访问；如果“active processes”等于“total processes”，且“listen queue”不断增长，即可确认。",
    },
    "size-workers": {
      title: "估算内存能容纳多少个工作进程",
      detail: "先算出每个工作进程的平均常驻内存；pm.max_children ≈（可供 PHP 使用的内存）/（每个进程占用的内存）。",
    },
    "raise-max-children": {
      title: "在进程池配置中调大 pm.max_children",
      detail: "修改 /etc/php/*/fpm/pool.d/www.conf（或 /etc/php-fpm.d/www.conf），然后执行 systemctl reload php-fpm（服务名可能是 php8.x-fpm）。调大的幅度以内存允许为限；同时要优化慢脚本，否则进程池再大也一样会被占满。",
    },
    "slowlog": {
      title: "找出占用工作进程的慢脚本",
      detail: "慢日志会记录每个执行时间超过阈值的请求的调用栈。",
    },
    "retry-later": {
      title: "几分钟后重试",
      detail: "该网站当前太忙，无法处理你的请求。请稍后重试；如果问题持续，请把技术支持摘要发给网站管理员。",
    },
  },
});
