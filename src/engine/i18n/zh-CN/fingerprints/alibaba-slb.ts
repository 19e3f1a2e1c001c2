import { defineFingerprintTranslation } from '../../../knowledge/translation';

export default defineFingerprintTranslation({
  generator: "alibaba-slb",
  pages: {
    "alb-stock-page": {
      says: "阿里云 ALB 自己的错误页（结尾是“<hr><center>alb</center>”）。",
    },
  },
});
