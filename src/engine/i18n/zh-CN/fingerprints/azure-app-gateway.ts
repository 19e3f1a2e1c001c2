import { defineFingerprintTranslation } from '../../translation';

export default defineFingerprintTranslation({
  generator: "azure-app-gateway",
  pages: {
    "stock-page": {
      says: { en: "1197d608", text: "页面结尾是 Azure Application Gateway 的签名“<hr><center>Microsoft-Azure-Application-Gateway/v2</center>”。" },
    },
  },
});
