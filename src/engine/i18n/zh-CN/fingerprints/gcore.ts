import { defineFingerprintTranslation } from '../../translation';

export default defineFingerprintTranslation({
  generator: "gcore",
  pages: {
    "secure-token-denied": {
      says: { en: "fdf74a9b", text: "Gcore 边缘节点（X-ID / X-ID-FE）返回的空 403/410：Gcore 的 Secure Token 校验拒绝了该链接（403 表示令牌错误，410 表示已过期）。" },
    },
  },
});
