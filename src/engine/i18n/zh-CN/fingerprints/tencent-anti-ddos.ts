import { defineFingerprintTranslation } from '../../../knowledge/translation';

export default defineFingerprintTranslation({
  generator: "tencent-anti-ddos",
  pages: {

  },
});
