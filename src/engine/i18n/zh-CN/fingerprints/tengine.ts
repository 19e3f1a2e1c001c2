import { defineFingerprintTranslation } from '../../translation';

export default defineFingerprintTranslation({
  generator: "tengine",
  pages: {
    "server-info-page": {
      says: { en: "0df0ee11", text: "Tengine 带 server_info 区块的标准错误页（“Please report this message and include the following information to us.”）。" },
      refine: {
        "body-request-header-or-cookie-too-large": { en: "57875c50", text: "Tengine 认为请求头过大而拒绝了请求（large_client_header_buffers）。" },
        "body-td-server-td": { en: "9ecaefb1", text: "server_info 表格中“Server:”一行是写出此页面的 Tengine 机器自己的主机名（而不是其后端）：该机器的错误日志会说明是哪个上游出了错、原因是什么。" },
      },
    },
    "powered-by-banner": {
      says: { en: "92fca0fd", text: "页面结尾是 Tengine 的横幅“<hr/>Powered by Tengine”。" },
    },
    "center-tail": {
      says: { en: "52c2c3f0", text: "页面结尾是 Tengine 的签名“<hr><center>tengine</center>”。" },
    },
  },
});
