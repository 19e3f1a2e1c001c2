import { defineFingerprintTranslation } from '../../translation';

export default defineFingerprintTranslation({
  generator: "haproxy",
  pages: {
    "builtin-503-no-server": {
      says: { en: "4bfdaafc", text: "HAProxy 内置的 503 页面：“No server is available to handle this request.”" },
    },
    "builtin-502-invalid-response": {
      says: { en: "f7a6f6a3", text: "HAProxy 内置的 502 页面：“The server returned an invalid or incomplete response.”" },
    },
    "builtin-504-timeout": {
      says: { en: "f94b7653", text: "HAProxy 内置的 504 页面：“The server didn't respond in time.”（timeout server 已到）。" },
    },
    "builtin-500": {
      says: { en: "bcab9372", text: "HAProxy 内置的 500 页面：“An internal server error occurred.”（HAProxy 自身出错，例如规则或 Lua 出错）。" },
    },
    "builtin-429": {
      says: { en: "92d9151b", text: "HAProxy 内置的 429 页面（由“http-request deny deny_status 429”或限速规则触发）。" },
    },
    "builtin-403": {
      says: { en: "666eccdc", text: "HAProxy 内置的 403 页面：“Request forbidden by administrative rules.”（某条 http-request deny 规则）。" },
    },
    "builtin-408": {
      says: { en: "eb091a46", text: "HAProxy 内置的 408 页面：客户端在“timeout http-request”到期前没有发送完整的请求。" },
    },
    "builtin-400": {
      says: { en: "64b37a18", text: "HAProxy 内置的 400 页面：“Your browser sent an invalid request.”（请求无法解析）。" },
    },
  },
});
