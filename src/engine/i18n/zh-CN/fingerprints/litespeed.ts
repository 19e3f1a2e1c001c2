import { defineFingerprintTranslation } from '../../translation';

export default defineFingerprintTranslation({
  generator: "litespeed",
  pages: {
    "stock-error-page": {
      says: { en: "563a0d14", text: "LiteSpeed 标准错误页的页脚：“Proudly powered by LiteSpeed Web Server … LiteSpeed Technologies Inc. is not a web hosting company”。" },
      refine: {
        "body-the-server-is-temporarily-busy-try-again-later": { en: "7f1584ad", text: "LiteSpeed 的 503“The server is temporarily busy, try again later!”：它拿不到 PHP（lsphp）工作进程，或外部应用已停止或达到进程数上限。" },
        "body-an-internal-server-error-has-occured": { en: "cdd9e5b2", text: "LiteSpeed 的 500“An internal server error has occured.”：它后面的应用（通常是 lsphp）出错，或某条 .htaccess 规则无效。" },
        "body-access-to-this-resource-on-the-server-is-denied": { en: "d9b039e7", text: "LiteSpeed 的 403“Access to this resource on the server is denied!”：服务器的访问规则（或其 ModSecurity/WAF 规则）拒绝了该请求。" },
      },
    },
  },
});
