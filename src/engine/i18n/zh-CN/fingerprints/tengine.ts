import { defineFingerprintTranslation } from '../../../knowledge/translation';

export default defineFingerprintTranslation({
  generator: "tengine",
  pages: {
    "server-info-page": {
      says: "Tengine 带 server_info 区块的标准错误页（“Please report this message and include the following information to us.”）。",
      refine: [
        "Tengine 认为请求头过大而拒绝了请求（large_client_header_buffers）。",
      ],
    },
    "powered-by-banner": {
      says: "页面结尾是 Tengine 的横幅“<hr/>Powered by Tengine”。",
    },
    "center-tail": {
      says: "页面结尾是 Tengine 的签名“<hr><center>tengine</center>”。",
    },
  },
});
