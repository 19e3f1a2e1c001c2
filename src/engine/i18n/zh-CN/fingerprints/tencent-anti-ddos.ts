import { defineFingerprintTranslation } from '../../translation';

export default defineFingerprintTranslation({
  "generator": "tencent-anti-ddos",
  "pages": {}
});
