import { defineFingerprintTranslation } from '../../translation';

export default defineFingerprintTranslation({
  generator: "alibaba-slb",
  pages: {
    "alb-stock-page": {
      says: { en: "315095a3", text: "阿里云 ALB 自己的错误页（结尾是“<hr><center>alb</center>”）。" },
    },
  },
});
