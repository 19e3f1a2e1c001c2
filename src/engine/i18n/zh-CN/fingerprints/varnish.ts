import { defineFingerprintTranslation } from '../../translation';

export default defineFingerprintTranslation({
  generator: "varnish",
  pages: {
    "builtin-synthetic": {
      says: { en: "870015cf", text: "Varnish 内置的错误页（“Guru Meditation:”，带“XID:”编号和“Varnish cache server”页脚）。" },
      refine: {
        "body-backend-fetch-failed": { en: "107b8d20", text: "“Backend fetch failed”：Varnish 无法从后端获得可用的响应（被拒绝、超时或无效）；varnishlog 的 FetchError 会说明具体原因。" },
        "body-error-503-service-unavailable": { en: "0315a85c", text: "Varnish 返回的“Error 503 Service Unavailable”：无法从后端获取内容（Varnish 3 的措辞）。" },
      },
    },
  },
});
