import { defineFingerprintTranslation } from '../../translation';

export default defineFingerprintTranslation({
  generator: "fly-io",
  pages: {
    "empty-proxy-error": {
      says: { en: "6f2c107f", text: "Fly Proxy 返回的空错误响应（Fly-Request-Id、Server: Fly/…）：它没有从应用的 Machine 获得可用的响应；具体的 PC/PR 错误码见“fly logs”。" },
    },
  },
});
