import { defineCauseTranslation } from '../../translation';

export default defineCauseTranslation({
  id: "php-script-terminated",
  title: { en: "cbc6c6b3", text: "PHP 脚本运行超过 request_terminate_timeout，被 php-fpm 终止" },
  why: { en: "3b64691f", text: "php-fpm 的 request_terminate_timeout 会终止脚本运行时间超过上限的工作进程。此时 nginx 仍在等待响应头，发现 FastCGI 连接被重置，于是返回 502，并在日志中记录“recv() failed (104: Connection reset by peer) while reading response header from upstream”；php-fpm 则记录“execution timed out … terminating”。502 不是立即返回的，而是在脚本运行满这一时长之后才出现。导致 PHP 崩溃的脚本（段错误、内存耗尽）表现相同，只是没有这段等待。" },
  because: {
    "nginx-502": { en: "6002303f", text: "nginx 返回 502：PHP 工作进程在处理请求的中途退出（被 request_terminate_timeout 终止或崩溃），是典型原因。" },
    "nginx-502-after-5s": { en: "57715a20", text: "502 在数秒之后才出现：脚本运行了一段时间后被中止。" },
    "load-balancers-502": { en: "f27320f5", text: "阿里云将 PHP 脚本运行超过 request_terminate_timeout 列为 SLB 502 的原因之一。" },
    "apache-or-litespeed-500-502-503-after-5s": { en: "13ba2063", text: "PHP 前面的 Web 服务器在脚本运行一段时间后出错。" },
    "cloudflare-520-502-after-5s": { en: "5bb0fe54", text: "Cloudflare 在长时间等待后收到了空响应或损坏的响应，与源站 PHP 工作进程在处理请求中途被终止时的表现一致。" },
    "empty-response-invalid-response-blame-upstream-app-after-5s": { en: "80a29f6d", text: "应用在处理一段时间后断开了连接。" },
    "not-nginx-behind-nginx-layout-wafs": { en: "23ad9cf6", text: "路径中的 WAF 自己也会写 nginx 样式的 5xx 页面：这个页面可能是它对 WAF 回源这一跳的答复，而不是源站 nginx 写的。" },
    "not-nginx-502-within-1s": { en: "eeb98904", text: "502 在一秒内就返回了：没有任何脚本运行到会被终止的时长。" },
    "not-blame-elsewhere": { en: "2d0032ef", text: "出故障的环节不是 PHP 后端。" },
    "not-refused-etc": { en: "9257ad6a", text: "请求根本没有到达正在运行的 PHP 脚本。" },
  },
  steps: {
    "nginx-error-log": {
      title: { en: "44bc3513", text: "在 nginx 错误日志中查找上游连接被重置的记录" },
      detail: { en: "e72226c5", text: "如果出错时刻有“recv() failed (104: Connection reset by peer) while reading response header from upstream”或“upstream prematurely closed connection”，说明问题出在 PHP 工作进程。" },
    },
    "fpm-terminated": {
      title: { en: "e2161caf", text: "在 php-fpm 日志中确认" },
      detail: { en: "9480cb9d", text: "工作进程被终止或崩溃时，php-fpm 会记录“execution timed out (N sec), terminating”和“exited on signal”。" },
    },
    "align-timeouts": {
      title: { en: "f8d5e358", text: "统一 PHP 与 nginx 的超时设置" },
      detail: { en: "eb0be856", text: "让 request_terminate_timeout（进程池配置）、max_execution_time（php.ini）和 nginx 的 fastcgi_read_timeout 保持一致，并足以完成正常的业务处理，然后重新加载 php-fpm 和 nginx。" },
    },
    "fix-slow-script": {
      title: { en: "3e2107b1", text: "优化脚本，或改为后台执行" },
      detail: { en: "5cb572b6", text: "通过 php-fpm 慢日志（request_slowlog_timeout）查看脚本的耗时位置；将耗时较长的导出、导入任务移到队列或 cron 定时任务中执行。" },
    },
    "retry-smaller": {
      title: { en: "50d5a9af", text: "重试，或减少请求的数据量" },
      detail: { en: "eb0ff675", text: "该页面在网站服务器上运行时间过长。缩小导出或搜索的范围也许可以成功；否则请把技术支持摘要发给网站管理员。" },
    },
  },
});
