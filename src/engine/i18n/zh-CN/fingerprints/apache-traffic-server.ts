import { defineFingerprintTranslation } from '../../translation';

export default defineFingerprintTranslation({
  generator: "apache-traffic-server",
  pages: {
    "body-factory-page": {
      says: { en: "af1c03ea", text: "Apache Traffic Server 的 body factory 错误页（“<H1>…</H1><HR><FONT FACE=\"Helvetica,Arial\"><B>Description: …”）。" },
      refine: {
        "title-could-not-connect": { en: "91bb870c", text: "ATS“Could Not Connect”：连接源站（下一跳）失败。" },
        "title-unknown-host": { en: "609ca1f5", text: "ATS“Unknown Host”：源站域名在 DNS 中无法解析。" },
        "title-no-valid-host": { en: "68223f95", text: "ATS“No Valid Host”：源站的所有地址都被标记为不可用。" },
        "title-server-connection-closed": { en: "34f1a75f", text: "ATS“Server Connection Closed”：源站在应答之前关闭了连接。" },
        "title-inactivity-timeout": { en: "b860b686", text: "ATS“Inactivity Timeout”：源站没有及时发送任何数据。" },
        "title-activity-timeout": { en: "4be29181", text: "ATS“Activity Timeout”：从源站传输的时间超过了允许的上限。" },
        "title-web-server-error": { en: "e686d28a", text: "ATS“Web Server Error”：源站没有正确返回文档。" },
        "title-not-found-on-accelerator": { en: "fb18d519", text: "ATS“Not Found on Accelerator”：没有与此主机匹配的 remap 规则。" },
        "title-access-denied": { en: "57023c93", text: "ATS“Access Denied”：代理按访问规则拒绝了此请求。" },
      },
    },
    "header-only-error": {
      says: { en: "d70ce878", text: "Traffic Server 自己的无正文响应（Server: ATS）：它没能从源站拿到响应。" },
    },
  },
});
