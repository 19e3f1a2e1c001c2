import { defineFingerprintTranslation } from '../../../knowledge/translation';

export default defineFingerprintTranslation({
  generator: "tencent-clb",
  pages: {
    "stgw-stock-page": {
      says: "腾讯云 CLB 自己的错误页（STGW 的结尾“<hr><center>stgw</center>”）。",
    },
  },
});
