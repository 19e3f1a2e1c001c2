import { defineFingerprintTranslation } from '../../translation';

export default defineFingerprintTranslation({
  generator: "tencent-clb",
  pages: {
    "stgw-stock-page": {
      says: { en: "4d1790b5", text: "腾讯云 CLB 自己的错误页（STGW 的结尾“<hr><center>stgw</center>”）。" },
    },
    "stgw-header-only-5xx": {
      says: { en: "17b92743", text: "带“Server: stgw”的空 502/503/504：腾讯云 CLB 的错误响应，只有响应头没有页面（HEAD 请求）。" },
    },
  },
});
