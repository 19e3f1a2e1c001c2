import { defineFingerprintTranslation } from '../../translation';

export default defineFingerprintTranslation({
  generator: "azure-app-service",
  pages: {
    "web-app-stopped": {
      says: { en: "86469a2f", text: "Azure App Service 的“Error 403 - This web app is stopped.”页面：该应用已停止（在门户中被停止，或触发了 Free/Shared 配额或计费上限）。" },
    },
    "linux-application-error": {
      says: { en: "f85483ab", text: "Azure App Service 的“:( Application Error”页面：前端没有从应用的容器获得应答（容器已退出、从未启动，或没有监听预期的端口）。" },
    },
    "web-site-not-found": {
      says: { en: "ef71dea6", text: "Azure App Service 的“404 Web Site not found.”页面：该主机名指向 App Service，但没有任何 Web 应用将其绑定为自定义域名（或 DNS 仍指向旧的应用）。" },
    },
    "web-app-not-found": {
      says: { en: "99b8f4d3", text: "Azure App Service 的“Error 404 - Web app not found.”页面：没有 Web 应用绑定该主机名（缺少 CNAME / A+TXT 记录或自定义域名绑定）。" },
    },
    "functions-host-not-running": {
      says: { en: "70d2e6f9", text: "Azure Functions 返回“Function host is not running.”：该应用的 Functions 运行时无法启动（应用设置、运行时或 worker 版本、存储访问等问题）。" },
    },
  },
});
