import { defineFingerprintTranslation } from '../../translation';

export default defineFingerprintTranslation({
  generator: "iis",
  pages: {
    "custom-error-page": {
      says: { en: "601d7b65", text: "IIS 标准的自定义错误页（“Server Error”标题栏，fieldset 中为“<status> - …”）。" },
      refine: {
        "body-502-web-server-received-an-invalid-response-while-acting-as-a-gateway-or-proxy-server": { en: "1a5839ab", text: "“502 - Web server received an invalid response while acting as a gateway or proxy server.”：IIS ARR（或 Azure App Service 前端）没有从其后的应用获得有效响应。" },
      },
    },
    "detailed-error": {
      says: { en: "0edfb932", text: "IIS 的详细错误页（“IIS … Detailed Error - <status.substatus>”）。" },
      refine: {
        "body-the-operation-timed-out": { en: "95fb7d2e", text: "“The operation timed out”：ARR 等待后端应用超时，放弃了请求（代理超时）。" },
        "body-the-related-configuration-data-for-the-page-is-invalid": { en: "7ba2b6e5", text: "HTTP Error 500.19：IIS 无法读取该页面的配置（web.config）。" },
      },
    },
    "httpsys-error": {
      says: { en: "6f5f58c3", text: "HTTP.sys 自己的错误页（“<hr><p>HTTP Error …”），由 Windows 内核的 HTTP 监听程序在请求到达 IIS 或应用之前生成。" },
      refine: {
        "body-http-error-503-the-service-is-unavailable": { en: "03094397", text: "HTTP.sys 返回的“HTTP Error 503. The service is unavailable.”：该站点的 IIS 应用程序池已停止或反复崩溃（快速故障防护）。" },
        "body-the-size-of-the-request-headers-is-too-long": { en: "c2a769c4", text: "HTTP.sys 认为请求头过长而拒绝了请求（Cookie 或请求头超出 MaxRequestBytes / MaxFieldLength）。" },
      },
    },
    "aspnetcore-module-error": {
      says: { en: "07550e53", text: "ASP.NET Core 模块的错误页（“HTTP Error 5xx.yy - …”，“Common solutions to this issue:”）：IIS 无法启动或连接 ASP.NET Core 应用。" },
    },
  },
});
