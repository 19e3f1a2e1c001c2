import { defineFingerprintTranslation } from '../../translation';

export default defineFingerprintTranslation({
  generator: "kestrel",
  pages: {
    "empty-server-error": {
      says: { en: "981c136c", text: "带“Server: Kestrel”的空错误响应：ASP.NET Core 的服务器为它自己产生的错误不写任何正文。" },
    },
    "request-rejected": {
      says: { en: "6ba36bde", text: "Kestrel 自己拒绝了这个请求（带“Connection: close”的空响应，应用还没有看到它）。" },
    },
  },
});
