import { defineCauseTranslation } from '../../translation';

export default defineCauseTranslation({
  id: "php-fpm-workers-exhausted",
  title: { en: "2151408e", text: "所有 PHP 工作进程都在忙（php-fpm 或 lsphp 进程池已满）" },
  summary: { en: "8b524087", text: "网站的 PHP 工作进程全部在忙，新的页面请求只能排队等待，直到服务器放弃。" },
  why: { en: "563ca8e6", text: "PHP 运行在数量固定的工作进程池中：php-fpm 最多启动 pm.max_children 个，LiteSpeed 最多启动 PHP_LSAPI_CHILDREN 个 lsphp 子进程。全部在忙时，新请求只能等待。如果忙碌的进程很快处理完，不会有任何异常；否则，nginx 在 fastcgi_read_timeout 后放弃等待并返回 504；工作进程被 request_terminate_timeout 终止时，nginx 返回 502；监听队列已满时，新连接会被立即拒绝，同样返回 502（“connect() to unix:/run/php/php-fpm.sock failed (11: Resource temporarily unavailable)”）。php-fpm 日志中会出现“server reached pm.max_children setting”；LiteSpeed 则返回 503 “The server is temporarily busy”。" },
  because: {
    "nginx-502-504": { en: "3adce0fc", text: "nginx 为一个 PHP 网站返回了 502/504：nginx 把 PHP 交给 php-fpm 处理，php-fpm 进程池占满时这两种错误都会出现。" },
    "nginx-504-after-54s-to-66s": { en: "10040d2c", text: "504 在约 60 秒后出现，正是 nginx 的 fastcgi_read_timeout 默认值：PHP 请求一直在等待空闲的工作进程。" },
    "alibaba-slb-502-504": { en: "24f3c356", text: "阿里云将 nginx 后端的 php-fpm 达到 max_children 上限列为 SLB 502/504 的原因之一。" },
    "load-balancers-502-504": { en: "61ff10a6", text: "云负载均衡为一个 PHP 网站返回了 502/504：后端的 PHP 工作进程全部在忙时，转发给它的请求就会失败。" },
    "apache-502-503-504": { en: "f382521d", text: "Apache 为一个 PHP 网站返回了网关错误：它后面的 PHP 进程池（通过 mod_proxy_fcgi 连接的 php-fpm）可能已满。" },
    "litespeed-503": { en: "212db9f9", text: "LiteSpeed 为一个 PHP 网站返回了 503：它拿不到空闲的 lsphp 工作进程。" },
    "behind-nginx-502-504-blame-origin-upstream-app": { en: "7f10498f", text: "请求路径上有 nginx，故障发生在它后面，也就是 PHP 工作进程所在之处。" },
    "cloudflare-520-524": { en: "efa83376", text: "Cloudflare 指出 520 错误在 PHP 应用中很常见；PHP 进程池饱和也会导致 524。" },
    "overloaded-blame-upstream-app": { en: "e8982cb5", text: "Web 服务器后面的应用容量已耗尽。" },
    "alibaba-slb-502-504-after-5s": { en: "17549595", text: "SLB 在数秒之后才返回 502/504：PHP 请求一直在等待空闲的 php-fpm 工作进程，直到超时（阿里云原因 7.1）。" },
    "not-nginx-behind-nginx-layout-wafs": { en: "1750761d", text: "这个 nginx 样式的页面来自路径中的 WAF，它会自己写这类页面来说明它回源这一跳的情况：这说明不了源站的 PHP 工作进程。" },
    "not-blame-elsewhere": { en: "e988a4fa", text: "页面把故障归于边缘节点、请求本身，或根本没有故障：请求并不是在等待 PHP 工作进程时失败的。" },
    "not-dns-tls": { en: "76bb34d6", text: "请求在 DNS 或 TLS 阶段就失败了，还没有交给任何 PHP 工作进程。" },
  },
  steps: {
    "check-fpm-log": {
      title: { en: "ac36c4d2", text: "在 php-fpm 日志中查找“max_children”警告" },
      detail: { en: "8ee562cf", text: "日志路径因发行版而异（/var/log/php*-fpm.log、/var/log/php-fpm/error.log）。出错时刻出现“server reached pm.max_children setting”即可确认。" },
    },
    "litespeed-error-log": {
      title: { en: "b56f9de5", text: "LiteSpeed：在服务器日志中查找 lsphp 应用达到上限的记录" },
      detail: { en: "ed215560", text: "服务器日志是 LiteSpeed 安装目录（默认 /usr/local/lsws）下的 logs/error.log。出错时刻关于 lsphp 外部应用的消息，可以说明它是否用完了子进程或连接数。" },
    },
    "fpm-status": {
      title: { en: "8151b08f", text: "查看 php-fpm 进程池状态" },
      detail: { en: "644ffa19", text: "在进程池配置中启用 pm.status_path = /fpm-status，并只允许本机访问；如果“active processes”等于“total processes”，且“listen queue”不断增长，即可确认。" },
    },
    "size-workers": {
      title: { en: "cb1271cf", text: "估算内存能容纳多少个 php-fpm 工作进程" },
      detail: { en: "ec4c732d", text: "先算出每个工作进程的平均常驻内存；pm.max_children ≈（可供 PHP 使用的内存）/（每个进程占用的内存）。" },
    },
    "raise-max-children": {
      title: { en: "e0029d54", text: "在 php-fpm 进程池配置中调大 pm.max_children" },
      detail: { en: "130c1ed5", text: "修改 /etc/php/*/fpm/pool.d/www.conf（或 /etc/php-fpm.d/www.conf），然后重新加载 php-fpm（服务名可能是 php8.x-fpm）。调大的幅度以内存允许为限；同时要优化慢脚本，否则进程池再大也一样会被占满。" },
    },
    "litespeed-raise-children": {
      title: { en: "a1a20aa0", text: "LiteSpeed：同步调大 lsphp 应用的上限" },
      detail: { en: "561fb6c0", text: "在 lsphp 外部应用中，Max Connections 和环境变量 PHP_LSAPI_CHILDREN 决定了能同时运行多少个 PHP 请求；两者应保持一致，且以内存允许为限。在共享主机上，达到上限的可能是账户的进程数限制：请联系主机商。" },
    },
    "slowlog": {
      title: { en: "175b5cb4", text: "找出占用 php-fpm 工作进程的慢脚本" },
      detail: { en: "446afe3c", text: "php-fpm 慢日志会记录每个执行时间超过阈值的请求的调用栈。" },
    },
    "retry-later": {
      title: { en: "e6ab7da4", text: "几分钟后重试" },
      detail: { en: "35cb48ad", text: "该网站当前太忙，无法处理你的请求。请几分钟后重试。" },
    },
  },
});
