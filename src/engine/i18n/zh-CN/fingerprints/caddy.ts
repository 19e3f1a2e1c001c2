import { defineFingerprintTranslation } from '../../translation';

export default defineFingerprintTranslation({
  generator: "caddy",
  pages: {
    "empty-handler-error": {
      says: { en: "a4b85788", text: "以“Server: Caddy”返回的空错误响应：Caddy 处理程序出错时的默认响应（未配置 handle_errors）。" },
    },
  },
});
