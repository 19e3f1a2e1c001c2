import { defineCauseTranslation } from '../../../knowledge/translation';

export default defineCauseTranslation({
  id: "php-script-terminated",
  title: "PHP 脚本运行超过 request_terminate_timeout，被 php-fpm 终止",
  why: "php-fpm 的 request_terminate_timeout 会终止脚本运行时间超过上限的工作进程。此时 nginx 仍在等待响应头，发现 FastCGI 连接被重置，于是返回 502，并在日志中记录“recv() failed (104: Connection reset by peer) while reading response header from upstream”；php-fpm 则记录“execution timed out … terminating”。502 不是立即返回的，而是在脚本运行满这一时长之后才出现。导致 PHP 崩溃的脚本（段错误、内存耗尽）表现相同，只是没有这段等待。",
  because: [
    "nginx 返回 502：PHP 工作进程在处理请求的中途退出（被 request_terminate_timeout 终止或崩溃），是典型原因。",
    "502 在数秒之后才出现：脚本运行了一段时间后被中止。",
    "阿里云将 PHP 脚本运行超过 request_terminate_timeout 列为 SLB 502 的原因之一。",
    "PHP 前面的 Web 服务器在脚本运行一段时间后出错。",
    "Cloudflare 在长时间等待后收到了空响应或损坏的响应，与源站 PHP 工作进程在处理请求中途被终止时的表现一致。",
    "应用在处理一段时间后断开了连接。",
    "502 在一秒内就返回了：没有任何脚本运行到会被终止的时长。",
    "出故障的环节不是 PHP 后端。",
    "请求根本没有到达正在运行的 PHP 脚本。",
  ],
  steps: {
    "nginx-error-log": {
      title: "在 nginx 错误日志中查找上游连接被重置的记录",
      detail: "如果出错时刻有“recv() failed (104: Connection reset by peer) while reading response header from upstream”或“upstream prematurely closed connection”，说明问题出在 PHP 工作进程。",
    },
    "fpm-terminated": {
      title: "在 php-fpm 日志中确认",
      detail: "工作进程被终止或崩溃时，php-fpm 会记录“execution timed out (N sec), terminating”和“exited on signal”。",
    },
    "align-timeouts": {
      title: "统一 PHP 与 nginx 的超时设置",
      detail: "让 request_terminate_timeout（进程池配置）、max_execution_time（php.ini）和 nginx 的 fastcgi_read_timeout 保持一致，并足以完成正常的业务处理，然后重新加载 php-fpm 和 nginx。",
    },
    "fix-slow-script": {
      title: "优化脚本，或改为后台执行",
      detail: "通过 php-fpm 慢日志（request_slowlog_timeout）查看脚本的耗时位置；将耗时较长的导出、导入任务移到队列或 cron 定时任务中执行。",
    },
    "retry-smaller": {
      title: "重试，或减少请求的数据量",
      detail: "该页面在网站服务器上运行时间过长。缩小导出或搜索的范围也许可以成功；否则请把技术支持摘要发给网站管理员。",
    },
  },
});
