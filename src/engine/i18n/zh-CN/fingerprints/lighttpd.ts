import { defineFingerprintTranslation } from '../../translation';

export default defineFingerprintTranslation({
  generator: "lighttpd",
  pages: {
    "stock-errdoc-xhtml": {
      says: { en: "ff87f16e", text: "lighttpd 的默认 XHTML 错误页（1.4.74 之前），带有“Server: lighttpd”。" },
    },
    "stock-errdoc-html5": {
      says: { en: "0f494280", text: "lighttpd 的默认 HTML 错误页（1.4.74 及以后），带有“Server: lighttpd”。" },
    },
  },
});
