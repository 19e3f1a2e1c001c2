import { defineFingerprintTranslation } from '../../translation';

export default defineFingerprintTranslation({
  generator: "http-proxy-middleware",
  pages: {
    "proxy-error-text": {
      says: { en: "b4a709b3", text: "http-proxy-middleware 的“Error occurred while trying to proxy: …”：开发服务器无法连接到它所转发的应用。" },
    },
  },
});
