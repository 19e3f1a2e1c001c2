import { defineFingerprintTranslation } from '../../translation';

export default defineFingerprintTranslation({
  generator: "f5",
  pages: {
    "request-rejected-200": {
      says: { en: "cd2271b2", text: "F5 ASM 的默认拦截页，按其默认状态 200 返回：“The requested URL was rejected. … Your support ID is: …”。" },
    },
    "request-rejected": {
      says: { en: "5b20b671", text: "F5 ASM / NGINX App Protect 的拦截页：“The requested URL was rejected. Please consult with your administrator. Your support ID is: …”。" },
      refine: {
        "body-javascript-history-back": { en: "b835b566", text: "带“[Go Back]”链接的是 NGINX App Protect 版本的页面。" },
      },
    },
    "bigip-respond": {
      says: { en: "b7a88559", text: "BIG-IP 自己作出了响应（Server: BigIP，即其 iRule 响应所带的响应头）。" },
    },
  },
});
