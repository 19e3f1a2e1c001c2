import { defineFingerprintTranslation } from '../../translation';

export default defineFingerprintTranslation({
  generator: "mitmproxy",
  pages: {
    "error-response": {
      says: { en: "fd8a7ba2", text: "mitmproxy 自己的错误页（“Server: mitmproxy”，<h1>状态</h1><p>原因</p>）。" },
    },
    "error-response-exception": {
      says: { en: "d7f9f9b4", text: "mitmproxy 的错误页写出了它自己的异常名（HttpReadDisconnect、TcpDisconnect 等）：它没能从网站拿到响应。" },
    },
  },
});
