import { defineFingerprintTranslation } from '../../translation';

export default defineFingerprintTranslation({
  generator: "tencent-clb",
  pages: {
    "stgw-stock-page": {
      says: { en: "4d1790b5", text: "腾讯云 CLB 自己的错误页（STGW 的结尾“<hr><center>stgw</center>”）。" },
    },
  },
});
