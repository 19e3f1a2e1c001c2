import { defineFingerprintTranslation } from '../../translation';

export default defineFingerprintTranslation({
  generator: "f5",
  pages: {
    "request-rejected-200": {
      says: { en: "c4e622d3", text: "F5 BIG-IP ASM / Advanced WAF 的默认拦截页，按其默认状态 200 返回：“The requested URL was rejected. … Your support ID is: …”。" },
    },
    "request-rejected": {
      says: { en: "c4b0a9ec", text: "F5 的 WAF 拦截页（BIG-IP ASM / Advanced WAF 或 NGINX App Protect）：“The requested URL was rejected. Please consult with your administrator. Your support ID is: …”。" },
      refine: {
        "body-javascript-history-back": { en: "0076cc18", text: "带“[Go Back]”链接的是 NGINX App Protect 版本的页面：这是 F5 为 NGINX 提供的 WAF，而不是 BIG-IP。" },
      },
    },
    "bigip-respond": {
      says: { en: "883616b6", text: "F5 BIG-IP 的负载均衡模块（LTM）自己作出了响应（Server: BigIP，即其 iRule 响应所带的响应头），而不是其服务器池中的某台服务器。" },
    },
  },
});
