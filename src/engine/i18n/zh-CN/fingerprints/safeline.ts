import { defineFingerprintTranslation } from '../../translation';

export default defineFingerprintTranslation({
  generator: "safeline",
  pages: {
    "ce-page": {
      says: { en: "a653bc9d", text: "雷池（SafeLine）社区版自己的页面（div#slg-box，/.safeline/ 下的资源）：是 WAF 代替网站作出了响应。" },
    },
    "ce-bare-page": {
      says: { en: "d371403c", text: "带有雷池社区版图标（/.safeline/static/favicon）的简单页面：这是雷池自己返回的。" },
    },
    "json-block": {
      says: { en: "26fef44e", text: "雷池（SafeLine）的拦截响应：“blocked by Chaitin SafeLine Web Application Firewall”，并附有 event_id。" },
    },
    "json-block-200": {
      says: { en: "bc42b651", text: "雷池（SafeLine）的拦截响应（“blocked by Chaitin SafeLine Web Application Firewall”）以 200 状态返回。" },
    },
    "html-event-comment": {
      says: { en: "7ae9e15b", text: "页面带有雷池（SafeLine）的“<!-- event_id: … -->”注释，并提到了 SafeLine。" },
    },
  },
});
