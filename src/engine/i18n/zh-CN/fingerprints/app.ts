import { defineFingerprintTranslation } from '../../translation';

export default defineFingerprintTranslation({
  generator: "app",
  pages: {
    "django-500": {
      says: { en: "bb8543f5", text: "Django 内置的 500 页面（“Server Error (500)”，django/views/defaults.py）：Django 视图抛出了异常。" },
    },
    "django-debug-500": {
      says: { en: "430ce5d1", text: "Django 的 DEBUG 调用栈页面（technical_500.html）：视图抛出了异常，而且生产环境开着 DEBUG = True。" },
    },
    "rails-public-500": {
      says: { en: "8f03c91e", text: "Rails 标准的 public/500.html（“We're sorry, but something went wrong.”）：Rails 应用抛出了异常。" },
    },
    "laravel-minimal": {
      says: { en: "882d78d2", text: "Laravel 标准的错误视图（errors::minimal：“状态码 | 提示信息”样式）。" },
    },
    "laravel-illustrated-500": {
      says: { en: "170d168d", text: "Laravel 5.x 带插图的 500 视图（“Whoops, something went wrong on our servers.”）。" },
    },
    "whoops-debug": {
      says: { en: "348d7157", text: "Whoops（filp/whoops）调试页面：开启调试模式时抛出的 PHP 异常（Laravel ≤ 5 等框架）。" },
    },
    "php-fatal-error": {
      says: { en: "f441a623", text: "页面中直接输出了 PHP 致命错误（“Fatal error: … in … on line …”）。" },
    },
    "php-parse-error": {
      says: { en: "f6a76fd4", text: "页面中直接输出了 PHP 解析错误（“Parse error: … on line …”）。" },
    },
    "symfony-debug-exception": {
      says: { en: "b849b0d8", text: "Symfony Debug 组件的 ExceptionHandler 页面（“Whoops, looks like something went wrong.”），Symfony 和 Laravel 5 都会用到。" },
    },
    "wordpress-critical-error": {
      says: { en: "696f77b5", text: "WordPress 的致命错误处理程序（“There has been a critical error on this website.”）：某个插件或主题导致 PHP 崩溃。" },
    },
    "wordpress-database-error": {
      says: { en: "fae27a44", text: "WordPress 无法连接数据库（“Error establishing a database connection”，dead_db()）。" },
    },
    "wordpress-maintenance": {
      says: { en: "8f9259a6", text: "WordPress 更新期间的维护模式（.maintenance 文件；503 + Retry-After: 600）。" },
    },
    "express-finalhandler": {
      says: { en: "052e1321", text: "Express / Connect 的默认错误处理程序（finalhandler：“<pre>Internal Server Error</pre>”）。" },
    },
    "express-plain-500": {
      says: { en: "1f8b3123", text: "由 Express 应用返回的 500（X-Powered-By: Express）。" },
    },
    "nextjs-app-router-error": {
      says: { en: "6bd5aff3", text: "Next.js 的错误外壳页面（<html id=\"__next_error__\">）：服务端组件在渲染时抛出了异常。" },
    },
    "nextjs-application-error": {
      says: { en: "a36327b5", text: "Next.js 的“Application error: a server-side exception has occurred”：请按页面上的 digest 到服务器日志中查找详情。" },
    },
    "nextjs-pages-500": {
      says: { en: "7926ee3e", text: "Next.js 默认的 _error 页面（500 | Internal Server Error）。" },
    },
    "spring-whitelabel": {
      says: { en: "b9ebfc66", text: "Spring Boot 的“Whitelabel Error Page”：Spring 应用出错，且没有配置错误视图。" },
    },
    "spring-json-error": {
      says: { en: "e378d09f", text: "Spring Boot 默认的 JSON 错误响应体（{\"timestamp\",\"status\",\"error\",\"path\"}）。" },
    },
    "tomcat-error-report": {
      says: { en: "6c955d9b", text: "Apache Tomcat 的 ErrorReportValve 页面（“HTTP Status 500 – Internal Server Error”）。" },
      refine: {
        "body-b-type-b-exception-report": { en: "b0bdff62", text: "Tomcat 报告了 Web 应用中未捕获的异常。" },
      },
    },
    "jetty-error": {
      says: { en: "6709985f", text: "Eclipse Jetty 的标准错误页（“Powered by Jetty://”）。" },
    },
    "aspnet-ysod": {
      says: { en: "4479441b", text: "ASP.NET 的“Server Error in '/' Application.”页面（黄色错误页）：.NET 应用抛出了异常。" },
    },
    "werkzeug-500": {
      says: { en: "78e12d6f", text: "Flask / Werkzeug 的 InternalServerError 页面：Flask 视图抛出了异常。" },
    },
    "werkzeug-debugger": {
      says: { en: "9d362d77", text: "Werkzeug 交互式调试器：以调试模式运行的 Flask 应用抛出了异常。" },
    },
    "starlette-plain-500": {
      says: { en: "520134fd", text: "Starlette / FastAPI 默认的“Internal Server Error”（uvicorn 返回的纯文本）：接口处理函数抛出了异常。" },
    },
    "php-500-header-only": {
      says: { en: "c1c72aff", text: "由 PHP 自身返回的 500（X-Powered-By: PHP/…）：关闭 display_errors 时，PHP 遇到致命错误会返回一个空的 500。" },
    },
    "nextjs-header-only-500": {
      says: { en: "4a72fed9", text: "由 Next.js 服务器返回的 500（X-Powered-By: Next.js）。" },
    },
    "rails-runtime-500": {
      says: { en: "e195248b", text: "经过 Rails 处理的 500（带 X-Runtime 头）。" },
    },
    "laravel-session-5xx": {
      says: { en: "708e65c3", text: "由 Laravel 应用返回的 5xx（带 laravel_session Cookie）。" },
    },
    "json-error-object": {
      says: { en: "a2ff3dcd", text: "JSON 错误响应体（{\"error\": …}）：API 返回了它自己的错误。" },
    },
    "json-errors-array": {
      says: { en: "2c2cb07f", text: "JSON 错误响应体（{\"errors\": […]}，JSON:API 风格）：API 返回了它自己的错误。" },
    },
    "json-detail": {
      says: { en: "49d541b1", text: "JSON 错误响应体（{\"detail\": …}，FastAPI / Django REST framework 风格）。" },
    },
  },
});
