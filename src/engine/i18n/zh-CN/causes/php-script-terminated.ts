import { defineCauseTranslation } from '../../translation';

export default defineCauseTranslation({
  id: "php-script-terminated",
  title: { en: "cbc6c6b3", text: "PHP 脚本运行超过 request_terminate_timeout，被 php-fpm 终止" },
  summary: { en: "020c2b2c", text: "一个 PHP 脚本运行的时间超过了服务器允许的上限，被服务器中途终止，页面因此失败。" },
  why: { en: "bb375562", text: "php-fpm 的 request_terminate_timeout 会终止脚本运行时间超过上限的工作进程。此时 nginx 仍在等待响应头，发现 FastCGI 连接被重置，于是返回 502，并在日志中记录“recv() failed (104: Connection reset by peer) while reading response header from upstream”；php-fpm 则记录“execution timed out … terminating”。502 不是立即返回的，而是在脚本运行满这一时长之后才出现。PHP 崩溃（段错误、内存耗尽）的结局相同，但会立即发生：那是崩溃，而不是这个时间上限。" },
  because: {
    "nginx-502": { en: "84dc1ce1", text: "nginx 为一个 PHP 网站返回了 502：PHP 工作进程在处理请求的中途被 request_terminate_timeout 终止，是典型原因。" },
    "nginx-502-after-5s": { en: "57715a20", text: "502 在数秒之后才出现：脚本运行了一段时间后被中止。" },
    "alibaba-slb-502": { en: "f27320f5", text: "阿里云将 PHP 脚本运行超过 request_terminate_timeout 列为 SLB 502 的原因之一。" },
    "load-balancers-502-after-5s": { en: "dd621960", text: "云负载均衡在数秒之后为一个 PHP 网站返回了 502：后端的脚本运行了一段时间，然后连接被切断。" },
    "apache-500-502-503-after-5s": { en: "9103fc67", text: "脚本运行了一段时间后，位于 PHP 前面的 Apache 返回了错误。" },
    "cloudflare-520-502-after-5s": { en: "5bb0fe54", text: "Cloudflare 在长时间等待后收到了空响应或损坏的响应，与源站 PHP 工作进程在处理请求中途被终止时的表现一致。" },
    "empty-response-invalid-response-blame-upstream-app-after-5s": { en: "80a29f6d", text: "应用在处理一段时间后断开了连接。" },
    "not-nginx-behind-nginx-layout-wafs": { en: "0d700a9d", text: "这个 nginx 样式的页面来自路径中的 WAF，它会自己写这类页面来说明它回源这一跳的情况：这说明不了源站上的 PHP 脚本。" },
    "not-nginx-502-within-1s": { en: "a3d0220a", text: "502 在一秒内就返回了：没有任何脚本运行到会触发终止超时的时长。" },
    "not-blame-elsewhere": { en: "b2ee973f", text: "页面把故障归于边缘节点、请求本身，或根本没有故障：没有 PHP 脚本被中途终止。" },
    "not-refused-etc": { en: "3c4faa07", text: "请求在到达正在运行的 PHP 脚本之前就失败了（连接被拒绝、DNS、TLS 或没有后端），所以不可能有脚本被终止。" },
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
    "align-timeouts-nginx": {
      title: { en: "f8d5e358", text: "统一 PHP 与 nginx 的时间上限" },
      detail: { en: "68f6472e", text: "让 request_terminate_timeout（php-fpm 进程池）、max_execution_time（php.ini）和 nginx 的 fastcgi_read_timeout 保持一致，并足够让正常任务完成，然后重新加载 php-fpm 和 nginx。" },
    },
    "align-timeouts-php": {
      title: { en: "f0aa428a", text: "统一 PHP 的时间上限" },
      detail: { en: "6af24710", text: "让 PHP 进程管理器的终止时限（request_terminate_timeout）和 max_execution_time（php.ini）与 Web 服务器及代理的超时保持一致，并足够让正常任务完成。" },
    },
    "fix-slow-script": {
      title: { en: "3e2107b1", text: "优化脚本，或改为后台执行" },
      detail: { en: "d58ee687", text: "对脚本做性能分析，看它把时间花在哪里（慢日志或性能分析工具）；将耗时较长的导出、导入任务移到队列或定时任务中执行。" },
    },
    "retry-smaller": {
      title: { en: "66f760ba", text: "减少请求的数据量" },
      detail: { en: "2741030c", text: "该页面在网站服务器上运行时间过长。缩小导出范围、缩短日期区间或收窄搜索条件也许可以成功。" },
    },
  },
});
