import { defineFingerprintTranslation } from '../../translation';

export default defineFingerprintTranslation({
  generator: "fortiweb",
  pages: {
    "attack-block-page": {
      says: { en: "283362ba", text: "FortiWeb 的拦截页：“Web Page Blocked!”，并附有 Attack ID 和 Message ID。" },
    },
    "attack-block-page-200": {
      says: { en: "000eab26", text: "FortiWeb 的拦截页（“Web Page Blocked!”，附 Attack ID）以 200 状态返回，FortiWeb 允许这样配置。" },
    },
    "server-unavailable": {
      says: { en: "12df7b6a", text: "FortiWeb 的“Server Unavailable!”页面：FortiWeb 后面的服务器池中没有可用的服务器。" },
    },
  },
});
