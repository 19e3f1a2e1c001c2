import { defineFingerprintTranslation } from '../../../knowledge/translation';

export default defineFingerprintTranslation({
  generator: "iis",
  pages: {
    "custom-error-page": {
      says: "IIS 标准的自定义错误页（“Server Error”标题栏，fieldset 中为“<status> - …”）。",
      refine: [
        "“502 - Web server received an invalid response while acting as a gateway or proxy server.”：IIS ARR（或 Azure App Service 前端）没有从其后的应用获得有效响应。",
      ],
    },
    "detailed-error": {
      says: "IIS 的详细错误页（“IIS … Detailed Error - <status.substatus>”）。",
      refine: [
        "“The operation timed out”：ARR 等待后端应用超时，放弃了请求（代理超时）。",
        "HTTP Error 500.19：IIS 无法读取该页面的配置（web.config）。",
      ],
    },
    "httpsys-error": {
      says: "HTTP.sys 自己的错误页（“<hr><p>HTTP Error …”），由 Windows 内核的 HTTP 监听程序在请求到达 IIS 或应用之前生成。",
      refine: [
        "HTTP.sys 返回的“HTTP Error 503. The service is unavailable.”：该站点的 IIS 应用程序池已停止或反复崩溃（快速故障防护）。",
        "HTTP.sys 认为请求头过长而拒绝了请求（Cookie 或请求头超出 MaxRequestBytes / MaxFieldLength）。",
      ],
    },
    "aspnetcore-module-error": {
      says: "ASP.NET Core 模块的错误页（“HTTP Error 5xx.yy - …”，“Common solutions to this issue:”）：IIS 无法启动或连接 ASP.NET Core 应用。",
    },
  },
});
