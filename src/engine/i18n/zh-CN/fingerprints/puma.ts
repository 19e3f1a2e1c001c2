import { defineFingerprintTranslation } from '../../translation';

export default defineFingerprintTranslation({
  generator: "puma",
  pages: {
    "puma-caught-this-error": {
      says: { en: "c55e193f", text: "Puma 的底层错误文本（“Puma caught this error: … (异常类名)”及回溯）：Ruby 应用抛出了一个只能由 Puma 自己处理的异常。" },
      refine: {
        "body-are-you-trying-to-open-an-ssl-connection-to-a-non-ssl-puma": { en: "2deb4937", text: "“Are you trying to open an SSL connection to a non-SSL Puma?”：HTTPS 请求被发到了 Puma 的明文 HTTP 端口（或前面的代理用 TLS 连接了不支持 TLS 的后端）。" },
        "body-puma-threadpool-forceshutdown": { en: "57194fce", text: "Puma::ThreadPool::ForceShutdown：Puma 正在关闭（重启或部署），中断了这个请求。" },
        "body-puma-httpparsererror": { en: "9369dee5", text: "Puma::HttpParserError：Puma 无法解析这个请求。" },
      },
    },
    "unhandled-lowlevel-error": {
      says: { en: "4133a8e2", text: "Puma 在生产环境下的兜底文本“An unhandled lowlevel error occurred. The application logs may have details.”：Ruby 应用抛出了异常（常见于启动阶段，例如缺少 secret_key_base），由 Puma 代为回应。" },
    },
  },
});
